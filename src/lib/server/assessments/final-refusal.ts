import { fail, isHttpError, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { keptValues } from '../form-errors';
import { submittedForm } from '../form-body';

/** What a refused change of a final assessment returns: the reason and what was typed. */
export interface FinalRefusal {
	values: Record<string, string>;
	errors: Record<string, string>;
	/** Shown by the assessment layout above the step's forms. */
	assessmentFinal: string;
}

type Refusing<A> = {
	[K in keyof A]: A[K] extends (event: infer E) => infer R
		? (event: E) => Promise<Awaited<R> | ActionFailure<FinalRefusal>>
		: never;
};

/**
 * Wraps a page's actions so that a change of an assessment finalised in the meantime (a stale
 * tab) comes back to the same page as a 409 with the reason beside the form and the input kept,
 * instead of an error page that loses it. The refusal itself is raised in one place,
 * `assessmentFinalError` in ./access.ts; this only decides how a page shows it.
 */
export function refuseWhenFinal<A extends Record<string, (event: never) => unknown>>(
	actions: A
): Refusing<A> {
	const wrapped: Record<string, (event: RequestEvent) => Promise<unknown>> = {};
	for (const [name, action] of Object.entries(actions)) {
		const run = action as (event: RequestEvent) => unknown;
		wrapped[name] = async (event) => {
			try {
				return await run(event);
			} catch (e) {
				if (!isHttpError(e, 409) || e.body.code !== 'assessment-final') throw e;
				const form =
					(await submittedForm(event.request)?.catch(() => undefined)) ??
					(await event.request.formData().catch(() => new FormData()));
				return fail(409, {
					values: keptValues(form),
					errors: {},
					assessmentFinal: e.body.message
				} satisfies FinalRefusal);
			}
		};
	}
	return wrapped as Refusing<A>;
}
