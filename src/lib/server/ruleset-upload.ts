import { fieldErrors } from '$lib/forms/field-errors';
import { issueText } from '$lib/i18n/validation-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { MAX_NAME_LENGTH } from '$lib/pso/assessment-defaults';
import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { z } from 'zod';
import {
	createCustomRuleset,
	deleteCustomRuleset,
	listCustomRulesets,
	listGlobalCustomRulesets
} from './custom-rulesets';
import { getDb } from './db';
import { setFlash } from './flash';
import { keptValues } from './form-errors';
import { nowSeconds } from './clock';

/** A shipped ruleset is about 25 kB; this leaves room without inviting abuse. */
const MAX_BYTES = 1_000_000;

const uploadSchema = z.object({
	name: z.string().trim().max(MAX_NAME_LENGTH, 'text_too_long').optional().default('')
});

/** The request parts the shared actions need, so both pages pass their event as it is. */
interface ActionEvent {
	request: Request;
	cookies: Cookies;
	url: URL;
}

/**
 * The upload action shared by the organisation's and the administrator's ruleset pages.
 * The caller has checked who may upload into `organisationId` (null = global). Errors come
 * back beside their field; a file the ruleset schema refuses lists every problem by path.
 * Success redirects to the page with a confirmation, so a reload uploads nothing twice.
 */
export async function uploadRuleset(
	{ request, cookies, url }: ActionEvent,
	organisationId: string | null,
	userId: string
) {
	const form = await request.formData();
	const values = keptValues(form);
	const parsed = uploadSchema.safeParse({ name: form.get('name') ?? undefined });
	const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
	const file = form.get('file');
	if (!(file instanceof File) || file.size === 0) errors.file = m.error_file_required();
	else if (file.size > MAX_BYTES) errors.file = m.file_too_large_max_1_mb();
	if (!parsed.success || !(file instanceof File) || errors.file) {
		return fail(400, { values, errors, issues: [] as { path: string; text: string }[] });
	}
	const outcome = createCustomRuleset(
		getDb(),
		organisationId,
		userId,
		parsed.data.name || null,
		await file.text(),
		nowSeconds()
	);
	if (!outcome.ok) {
		const lang = getLocale();
		return fail(400, {
			values,
			errors: { file: m.impact_ruleset_invalid({ count: outcome.issues.length }) },
			issues: outcome.issues.slice(0, 200).map((i) => ({
				path: i.path || m.impact_whole_file(),
				text: issueText(i, lang)
			}))
		});
	}
	setFlash(cookies, url, { text: m.impact_ruleset_uploaded(), path: url.pathname });
	redirect(303, url.pathname);
}

/** Exactly this scope: an organisation's own (not a global one), or a global one. */
function findCustomRuleset(organisationId: string | null, id: string) {
	const db = getDb();
	const inScope =
		organisationId === null
			? listGlobalCustomRulesets(db)
			: listCustomRulesets(db, organisationId).filter((r) => r.organisationId === organisationId);
	return inScope.find((r) => r.id === id) ?? null;
}

/** The custom ruleset `?delete=<id>` asks about, within exactly this scope (null = global). */
export function rulesetToDelete(url: URL, organisationId: string | null) {
	const id = url.searchParams.get('delete');
	const found = id ? findCustomRuleset(organisationId, id) : null;
	return found
		? {
				id: found.id,
				message: m.ruleset_delete_confirm_message({ name: found.name }),
				confirmLabel: m.ruleset_delete_confirm_button()
			}
		: null;
}

/**
 * Deletes within exactly this scope; an id from elsewhere is "not found". A post without
 * confirmed=yes only leads to the question.
 */
export async function deleteRuleset(
	{ request, cookies, url }: ActionEvent,
	organisationId: string | null
) {
	const form = await request.formData();
	const id = String(form.get('id') ?? '');
	const found = findCustomRuleset(organisationId, id);
	if (!found) error(404, { message: 'Not found' });
	if (form.get('confirmed') !== 'yes')
		redirect(303, `${url.pathname}?delete=${encodeURIComponent(id)}`);
	deleteCustomRuleset(getDb(), organisationId, id);
	setFlash(cookies, url, { text: m.ruleset_deleted({ name: found.name }), path: url.pathname });
	redirect(303, url.pathname);
}
