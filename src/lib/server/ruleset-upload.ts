import { fieldErrors } from '$lib/forms/field-errors';
import { issueText } from '$lib/i18n/validation-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { MAX_NAME_LENGTH } from '$lib/pso/assessment-defaults';
import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { createCustomRuleset, deleteCustomRuleset } from './custom-rulesets';
import { getDb } from './db';
import { keptValues } from './form-errors';
import { nowSeconds } from './clock';

/** A shipped ruleset is about 25 kB; this leaves room without inviting abuse. */
const MAX_BYTES = 1_000_000;

const uploadSchema = z.object({
	name: z.string().trim().max(MAX_NAME_LENGTH, 'text_too_long').optional().default('')
});

/**
 * The upload action shared by the organisation's and the administrator's ruleset pages.
 * The caller has checked who may upload into `organisationId` (null = global). Errors come
 * back beside their field; a file the ruleset schema refuses lists every problem by path.
 */
export async function uploadRuleset(
	request: Request,
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
	return { uploaded: outcome.id };
}

/** Deletes within exactly this scope; an id from elsewhere is "not found". */
export async function deleteRuleset(request: Request, organisationId: string | null) {
	const id = String((await request.formData()).get('id') ?? '');
	if (!deleteCustomRuleset(getDb(), organisationId, id)) error(404, { message: 'Not found' });
	return { deleted: id };
}
