import { m } from '$lib/paraglide/messages';
import { qualitativeCriteria } from '$lib/pso/assessment-schema';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import * as evidence from '$lib/server/assessments/evidence';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import { fail, redirect } from '@sveltejs/kit';
import { criterionFormSchema, evidenceItemSchema, planFormSchema } from './evidence-forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { assessment } = requireAssessment(locals, params, 'view');
	return { criteria: evidence.listCriteria(getDb(), assessment) };
};

export const actions = {
	save: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const errors: Record<string, string> = {};
		const criteria = qualitativeCriteria.map((criterion) => {
			const parsed = criterionFormSchema.safeParse({
				status: form.get(`${criterion}.status`) ?? undefined,
				note: form.get(`${criterion}.note`) ?? undefined
			});
			if (!parsed.success) {
				for (const [field, text] of Object.entries(fieldErrors(parsed.error))) {
					errors[`${criterion}.${field}`] = text;
				}
				return null;
			}
			return { criterion, ...parsed.data };
		});
		const plan = planFormSchema.safeParse(Object.fromEntries(form));
		if (!plan.success) Object.assign(errors, fieldErrors(plan.error));
		if (Object.keys(errors).length > 0 || !plan.success) return failForm(400, form, errors);
		const p = plan.data;
		writeAs(user.id, () =>
			evidence.saveCriteriaAndPlan(
				getDb(),
				assessment,
				{
					criteria: criteria.filter((c) => c !== null),
					plan: {
						adopted: p.planAdopted,
						smart: p.planSmart,
						started: p.planStarted,
						targetRung: p.planTargetRung,
						note: p.planNote
					}
				},
				nowSeconds()
			)
		);
		if (form.get('next'))
			redirect(303, `/orgs/${params.orgId}/assessments/${params.assessmentId}/result`);
		return { saved: true };
	},
	addEvidence: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const parsed = evidenceItemSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) {
			return fail(400, {
				evidenceValues: Object.fromEntries(form) as Record<string, string>,
				evidenceErrors: fieldErrors(parsed.error)
			});
		}
		writeAs(user.id, () => evidence.addEvidence(getDb(), assessment, [parsed.data], nowSeconds()));
		return { evidenceAdded: parsed.data.document };
	},
	deleteEvidence: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const id = String((await request.formData()).get('evidenceId') ?? '');
		if (!writeAs(user.id, () => evidence.deleteEvidence(getDb(), assessment, id))) {
			return fail(404, { deleteError: m.evidence_not_found() });
		}
		return { evidenceDeleted: true };
	}
} satisfies Actions;
