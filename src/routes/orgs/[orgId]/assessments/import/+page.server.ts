import { issueText } from '$lib/i18n/validation-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { MAX_LINES_PER_ASSESSMENT } from '$lib/pso/assessment-defaults';
import { formatNumber } from '$lib/pso/format-number';
import { readAssessmentFile } from '$lib/server/assessments/file';
import { importAssessmentDocument } from '$lib/server/assessments/import';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { nowSeconds } from '$lib/server/clock';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	requireOrgAccess(locals, params.orgId, 'edit');
};

export const actions = {
	default: async ({ request, locals, params }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'edit');
		const file = (await request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { fileError: m.error_file_required(), issues: [] });
		const lang = getLocale();
		const parsed = await readAssessmentFile(await file.text());
		if (!parsed.ok && 'tooManyLines' in parsed) {
			const fileError = m.lines_limit_exceeded({
				max: formatNumber(MAX_LINES_PER_ASSESSMENT, lang, 0, 0),
				count: formatNumber(parsed.tooManyLines, lang, 0, 0)
			});
			return fail(400, { fileError, issues: [] });
		}
		if (!parsed.ok) {
			return fail(400, {
				fileError: m.import_json_invalid(),
				issues: parsed.issues
					.slice(0, 200)
					.map((i) => ({ path: i.path || '(bestand)', message: issueText(i, lang) }))
			});
		}
		const id = asActor(getDb(), user.id, () =>
			importAssessmentDocument(
				getDb(),
				params.orgId,
				user.id,
				parsed.value,
				m.imported_assessment_name({ file: file.name.slice(0, 120) }),
				nowSeconds()
			)
		);
		redirect(303, `/orgs/${params.orgId}/assessments/${id}`);
	}
} satisfies Actions;
