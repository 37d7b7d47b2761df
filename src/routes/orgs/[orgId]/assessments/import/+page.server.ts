import { fieldErrors } from '$lib/forms/field-errors';
import { requiredTextField } from '$lib/forms/form-readers';
import { issueText } from '$lib/i18n/validation-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { MAX_LINES_PER_ASSESSMENT, MAX_NAME_LENGTH } from '$lib/pso/assessment-defaults';
import { formatNumber } from '$lib/pso/format-number';
import { readAssessmentFile } from '$lib/server/assessments/file';
import {
	discardStagedAssessmentFile,
	getStagedAssessmentFile,
	stageAssessmentFile
} from '$lib/server/assessments/file-staging';
import { importAssessmentDocument, namesAnotherOrganisation } from '$lib/server/assessments/import';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { nowSeconds } from '$lib/server/clock';
import { setFlash } from '$lib/server/flash';
import { failForm } from '$lib/server/form-errors';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// Two steps (issue 11 item 4): the upload is checked and kept on the server; the second step
// names the new assessment and, when the file names another organisation, asks first.
const nameField = requiredTextField(MAX_NAME_LENGTH, 'name_required');

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { user, organisation: org } = requireOrgAccess(locals, params.orgId, 'edit');
	const token = url.searchParams.get('file');
	if (!token) return { staged: null, expired: false };
	const scope = { organisationId: params.orgId, userId: user.id };
	const staged = getStagedAssessmentFile(getDb(), scope, token, nowSeconds());
	if (!staged) return { staged: null, expired: true };
	const doc = staged.document;
	return {
		expired: false,
		staged: {
			token,
			fileName: staged.fileName,
			suggestedName:
				doc.scenario?.trim() || m.imported_assessment_name({ file: staged.fileName.slice(0, 120) }),
			periodStart: doc.period.start,
			periodEnd: doc.period.end,
			lineCount: doc.targetGroup?.length ?? 0,
			fileOrganisation: doc.organisation?.name?.trim() || null,
			otherOrganisation: namesAnotherOrganisation(doc, org.name)
		}
	};
};

export const actions = {
	upload: async ({ request, locals, params, url }) => {
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
		const scope = { organisationId: params.orgId, userId: user.id };
		const token = stageAssessmentFile(getDb(), scope, file.name, parsed.value, nowSeconds());
		redirect(303, `${url.pathname}?file=${encodeURIComponent(token)}`);
	},
	import: async ({ request, locals, params, cookies, url }) => {
		const { user, organisation: org } = requireOrgAccess(locals, params.orgId, 'edit');
		const form = await request.formData();
		const token = String(form.get('file') ?? '');
		const db = getDb();
		const scope = { organisationId: params.orgId, userId: user.id };
		const staged = token ? getStagedAssessmentFile(db, scope, token, nowSeconds()) : null;
		// Expired or already imported: start again from the upload.
		if (!staged) return fail(400, { fileError: m.import_file_expired(), issues: [] });
		const parsed = nameField.safeParse(form.get('name') ?? '');
		if (!parsed.success) return failForm(400, form, { name: fieldErrors(parsed.error)._form! });
		const name = parsed.data;
		const other = namesAnotherOrganisation(staged.document, org.name);
		// No path skips the question: without `confirmed`, the page asks instead of importing.
		if (other !== null && form.get('confirmed') !== 'yes') {
			return { confirmOther: { fileOrganisation: other, name } };
		}
		const id = asActor(db, user.id, () =>
			importAssessmentDocument(
				db,
				params.orgId,
				user.id,
				{ ...staged.document, scenario: name },
				name,
				nowSeconds()
			)
		);
		discardStagedAssessmentFile(db, scope, token);
		const path = `/orgs/${params.orgId}/assessments/${id}`;
		setFlash(cookies, url, { text: m.assessment_imported({ name }), path });
		redirect(303, path);
	}
} satisfies Actions;
