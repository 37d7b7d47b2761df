import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { setFlash, takeFlash } from './flash';

/** An in-memory cookie jar with the two methods the flash uses, like Kit's between two requests. */
function jar(): Cookies {
	const values = new Map<string, string>();
	return {
		get: (name: string) => values.get(name),
		set: (name: string, value: string) => void values.set(name, value),
		delete: (name: string) => void values.delete(name)
	} as unknown as Cookies;
}

const url = new URL('https://pso.example.nl/orgs/o1/assessments/a1/workforce');

describe('flash confirmation', () => {
	it('shows once on the next load, then is gone (a reload shows nothing)', () => {
		const cookies = jar();
		setFlash(cookies, url, { text: '4 regels geïmporteerd', path: url.pathname });
		expect(takeFlash(cookies, url)).toEqual({ text: '4 regels geïmporteerd', path: url.pathname });
		expect(takeFlash(cookies, url)).toBeNull();
	});

	it.each([
		['not JSON', '{oops'],
		['a wrong shape', JSON.stringify({ text: 5, path: '/' })],
		['an undo without fields', JSON.stringify({ text: 'x', path: '/', undo: { action: '?/undo' } })]
	])('ignores a cookie with %s instead of failing the page', (_, raw) => {
		const cookies = jar();
		cookies.set('pso_flash', raw, { path: '/' });
		expect(takeFlash(cookies, url)).toBeNull();
	});

	it('cuts an over-long text rather than refusing the message', () => {
		const cookies = jar();
		setFlash(cookies, url, { text: 'x'.repeat(1000), path: '/' });
		expect(takeFlash(cookies, url)?.text).toHaveLength(300);
	});
});
