import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { requireAdmin } from './guards';

const locals = (user: App.Locals['user']): App.Locals => ({ user, session: null });

function statusOf(run: () => unknown): number | null {
	try {
		run();
		return null;
	} catch (e) {
		return isHttpError(e) ? e.status : -1;
	}
}

describe('requireAdmin', () => {
	it('lets an administrator through', () => {
		const admin = { id: 'u1', email: 'admin@example.nl', isAdmin: true };
		expect(requireAdmin(locals(admin))).toBe(admin);
	});

	it.each([
		['anonymous', null],
		['a signed-in non-administrator', { id: 'u2', email: 'x@example.nl', isAdmin: false }]
	])('answers 404 to %s', (_who, user) => {
		expect(statusOf(() => requireAdmin(locals(user)))).toBe(404);
	});
});
