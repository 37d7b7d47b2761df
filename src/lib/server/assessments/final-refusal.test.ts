import { error, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { guardFormBody } from '../form-body';
import { refuseWhenFinal } from './final-refusal';

function eventWith(fields: Record<string, string>): RequestEvent {
	const body = new URLSearchParams(fields);
	const request = new Request('http://localhost/x?/save', { method: 'POST', body });
	// As in the app (hooks.server.ts): the body is parsed once and stays at hand.
	guardFormBody(request, 1_000_000);
	return { request } as RequestEvent;
}

describe('refuseWhenFinal: a stale tab sees why, beside its form, with its input kept', () => {
	it('turns the "final meanwhile" refusal into a 409 failure carrying the reason and input', async () => {
		const actions = refuseWhenFinal({
			save: async (event: RequestEvent) => {
				await event.request.formData();
				error(409, { message: 'Inmiddels definitief gemaakt door ann', code: 'assessment-final' });
			}
		});
		const result = (await actions.save(eventWith({ note: 'getypt', password: 'x' }))) as {
			status: number;
			data: { values: Record<string, string>; assessmentFinal: string };
		};
		expect(result.status).toBe(409);
		expect(result.data.assessmentFinal).toBe('Inmiddels definitief gemaakt door ann');
		// What was typed comes back; a password never does.
		expect(result.data.values).toEqual({ note: 'getypt' });
	});

	it('keeps the input also when the refusal came before the form was read', async () => {
		const actions = refuseWhenFinal({
			save: () => error(409, { message: 'definitief', code: 'assessment-final' })
		});
		const result = (await actions.save(eventWith({ name: 'Scenario B' }))) as {
			data: { values: Record<string, string> };
		};
		expect(result.data.values).toEqual({ name: 'Scenario B' });
	});

	it.each([
		['another 409', () => error(409, { message: 'Only a final assessment gets a new version' })],
		['a 404', () => error(404, { message: 'Not found' })],
		[
			'a plain error',
			() => {
				throw new Error('boom');
			}
		]
	])('lets %s through untouched', async (_name, thrower) => {
		const actions = refuseWhenFinal({ save: thrower });
		await expect(actions.save(eventWith({}))).rejects.toBeDefined();
	});

	it('returns what the action returns when nothing is refused', async () => {
		const actions = refuseWhenFinal({ save: () => ({ saved: true }) });
		expect(await actions.save(eventWith({}))).toEqual({ saved: true });
	});
});
