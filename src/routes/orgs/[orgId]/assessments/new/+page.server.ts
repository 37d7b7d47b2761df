import { m } from '$lib/paraglide/messages';
import { listRulesets, newestRulesetId } from '$lib/pso/ruleset-registry';
import { requireOrgAccess } from '$lib/server/auth/guards';
import * as assessments from '$lib/server/assessments/records';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import { todayIso } from '$lib/server/today';
import { redirect } from '@sveltejs/kit';
import { newAssessmentSchema } from './new-assessment-schema';
import type { Actions, PageServerLoad } from './$types';

/** The last full calendar year: the usual peiljaar (pso-method §1, unconfirmed). */
function lastFullYear(today = todayIso()): { start: string; end: string } {
	const year = Number(today.slice(0, 4)) - 1;
	return { start: `${year}-01-01`, end: `${year}-12-31` };
}

export const load: PageServerLoad = ({ locals, params }) => {
	requireOrgAccess(locals, params.orgId, 'edit');
	const period = lastFullYear();
	return {
		defaults: {
			name: m.default_assessment_name({ year: period.start.slice(0, 4) }),
			periodStart: period.start,
			periodEnd: period.end,
			rulesetId: newestRulesetId
		},
		rulesets: listRulesets(),
		previous: assessments.listAssessments(getDb(), params.orgId).map((a) => ({
			id: a.id,
			name: a.name,
			periodStart: a.periodStart,
			periodEnd: a.periodEnd,
			status: a.status,
			version: a.version,
			origin: a.origin,
			source: a.source,
			changedAt: a.changedAt
		}))
	};
};

export const actions = {
	default: async ({ request, locals, params }) => {
		const { user, organisation: org } = requireOrgAccess(locals, params.orgId, 'edit');
		const form = await request.formData();
		const parsed = newAssessmentSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));
		const db = getDb();
		const fields = { ...parsed.data, fulltimeHours: org.fulltimeHours };
		const now = nowSeconds();
		const id = asActor(db, user.id, () =>
			parsed.data.basedOn
				? assessments.copyAssessment(db, params.orgId, parsed.data.basedOn, user.id, fields, now)
				: assessments.createAssessment(db, params.orgId, user.id, fields, now)
		);
		if (!id) return failForm(400, form, { basedOn: m.error_invalid_value() });
		redirect(303, `/orgs/${params.orgId}/assessments/${id}/organisation`);
	}
} satisfies Actions;
