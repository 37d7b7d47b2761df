// The form side of custom Social Return policies, shared by the organisation's page and the
// administrator's page: paste or upload sr-policy/1 JSON, see every problem by path.
import { issueText } from '$lib/i18n/validation-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { getPolicy } from '$lib/sr/policy-registry';
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { nowSeconds } from './clock';
import { getDb } from './db';
import { setFlash } from './flash';
import { createCustomSrPolicy } from './sr-policies';

/** A shipped policy is about 10 kB; this leaves room without inviting abuse. */
const MAX_BYTES = 1_000_000;
/** Pasted text longer than this is not sent back into the field after a refusal. */
const MAX_KEPT_CHARS = 200_000;

interface ActionEvent {
	request: Request;
	cookies: Cookies;
	url: URL;
}

/**
 * A shipped policy as the starting point of a custom one (`?copy=<id>`): the same data,
 * marked custom with its own id, so it validates as soon as it is saved unchanged.
 */
export function copyOfShipped(url: URL): string | null {
	const id = url.searchParams.get('copy');
	const shipped = id ? getPolicy(id) : null;
	if (!shipped) return null;
	const copy = { ...shipped, kind: 'custom', id: `${shipped.id}-eigen`.slice(0, 64) };
	return JSON.stringify(copy, null, '\t');
}

/** Saves into `organisationId` (null = global); the caller has checked who may. */
export async function uploadSrPolicy(
	{ request, cookies, url }: ActionEvent,
	organisationId: string | null,
	userId: string
) {
	const form = await request.formData();
	const file = form.get('file');
	const pasted = String(form.get('json') ?? '');
	const fromFile = file instanceof File && file.size > 0;
	const failWith = (text: string, error: string, issues: { path: string; text: string }[] = []) =>
		fail(400, {
			values: { json: text.length <= MAX_KEPT_CHARS ? text : '' },
			errors: { json: error },
			issues
		});
	if (fromFile && file.size > MAX_BYTES) return failWith(pasted, m.file_too_large_max_1_mb());
	const text = fromFile ? await file.text() : pasted;
	if (text.trim() === '') return failWith('', m.sr_policy_json_required());
	if (text.length > MAX_BYTES) return failWith('', m.file_too_large_max_1_mb());
	const outcome = createCustomSrPolicy(getDb(), organisationId, userId, text, nowSeconds());
	if (!outcome.ok) {
		const lang = getLocale();
		return failWith(
			text,
			m.sr_policy_invalid({ count: outcome.issues.length }),
			outcome.issues.slice(0, 200).map((i) => ({
				path: i.path || m.impact_whole_file(),
				text: issueText(i, lang)
			}))
		);
	}
	setFlash(cookies, url, { text: m.sr_policy_saved(), path: url.pathname });
	redirect(303, url.pathname);
}
