import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

/** adapter-node's BODY_SIZE_LIMIT in bytes, read the way the adapter reads it ("20M", "512K"). */
export function bodySizeLimitBytes(value = process.env.BODY_SIZE_LIMIT || '512K'): number {
	const multiplier =
		{ K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.at(-1)?.toUpperCase() ?? ''] ?? 1;
	return Number(multiplier === 1 ? value : value.slice(0, -1)) * multiplier;
}

/** The limit as people read it: "20", "0,5". */
export function limitInMegabytes(bytes: number): string {
	return new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(bytes / 1024 ** 2);
}

const submitted = new WeakMap<Request, Promise<FormData>>();

/**
 * Makes every form action's `request.formData()` fail as a 4xx with a message instead of a
 * 500: a body over BODY_SIZE_LIMIT (adapter-node errors the stream with status 413) becomes
 * 413 "bestand te groot: maximaal N MB"; anything that does not parse as form data becomes 400.
 * The actions keep calling `request.formData()` as usual; the parse happens once, so the
 * submitted values stay at hand for the "try again" page (see `submittedForm`).
 */
export function guardFormBody(request: Request, limitBytes: number): void {
	const parse = request.formData.bind(request);
	request.formData = () => {
		let parsed = submitted.get(request);
		if (!parsed) {
			parsed = parse().catch((err: unknown) => {
				if ((err as { status?: unknown } | null)?.status === 413) {
					error(413, {
						message: m.error_body_too_large_text({ limit: limitInMegabytes(limitBytes) }),
						code: 'too-large'
					});
				}
				error(400, { message: m.error_body_malformed_text(), code: 'bad-body' });
			});
			submitted.set(request, parsed);
		}
		return parsed;
	};
}

/** What the visitor submitted with this request, if a form action read it. */
export function submittedForm(request: Request): Promise<FormData> | undefined {
	return submitted.get(request);
}
