import { m } from '$lib/paraglide/messages';
import { qualitativeCriterionLabel } from '$lib/pso/rung-texts';
import { getLocale } from '$lib/paraglide/runtime';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import * as evidence from '$lib/server/assessments/evidence';
import { refuseWhenFinal } from '$lib/server/assessments/final-refusal';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import { fail, redirect } from '@sveltejs/kit';
import { readEvidenceStep } from './evidence-forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { assessment, role } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const canEdit = role !== 'viewer' && assessment.status === 'draft';
	// The confirm step of deleting an item: only an item of this assessment, only for editors.
	const askedId = url.searchParams.get('deleteEvidence');
	const item = canEdit && askedId ? evidence.findEvidenceItem(db, assessment, askedId) : null;
	return {
		criteria: evidence.listCriteria(db, assessment),
		confirmDelete: item
			? {
					id: item.id,
					document: item.document,
					criterion: qualitativeCriterionLabel(item.criterion, getLocale())
				}
			: null
	};
};

export const actions = refuseWhenFinal({
	// Every button of the step's one form saves all of it: the criteria, the plan and any new
	// item typed inside a criterion, so no button throws away what was typed elsewhere.
	save: async ({ request, locals, params, cookies, url }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const addFor = form.get('add');
		const read = readEvidenceStep(form, typeof addFor === 'string' ? addFor : null);
		if (!read.ok) return failForm(400, form, read.errors);
		writeAs(user.id, () =>
			evidence.saveEvidenceStep(getDb(), assessment, read.update, nowSeconds())
		);
		const remove = form.get('remove');
		if (typeof remove === 'string' && remove !== '') {
			// Deleting asks first; what was typed is saved by now, so the question loses nothing.
			redirect(303, `${url.pathname}?deleteEvidence=${encodeURIComponent(remove)}`);
		}
		const added = read.update.newItems.map((i) => `'${i.document}'`).join(', ');
		const text = added
			? m.evidence_step_saved_with_items({ documents: added })
			: m.evidence_step_saved();
		const next = form.get('next')
			? `/orgs/${params.orgId}/assessments/${params.assessmentId}/result`
			: url.pathname;
		setFlash(cookies, url, { text, path: next });
		redirect(303, next);
	},
	deleteEvidence: async ({ request, locals, params, cookies, url }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const id = String(form.get('evidenceId') ?? '');
		const item = evidence.findEvidenceItem(getDb(), assessment, id);
		if (!item) return fail(404, { deleteError: m.evidence_not_found() });
		if (form.get('confirmed') !== 'yes')
			redirect(303, `${url.pathname}?deleteEvidence=${encodeURIComponent(id)}`);
		writeAs(user.id, () => evidence.deleteEvidence(getDb(), assessment, id));
		setFlash(cookies, url, {
			text: m.evidence_deleted({ document: item.document }),
			path: url.pathname
		});
		redirect(303, url.pathname);
	}
} satisfies Actions);
