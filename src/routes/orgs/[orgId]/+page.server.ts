import { requireOrgAccess } from '$lib/server/auth/guards';
import { scoreStoredAssessment } from '$lib/server/assessment-scoring';
import * as assessments from '$lib/server/assessments';
import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import { renewalForOrganisation } from '$lib/server/renewal';
import { todayIso } from '$lib/server/today';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { user, role } = requireOrgAccess(locals, params.orgId, 'view');
	const db = getDb();
	const org = organisations.getOrganisationForUser(db, params.orgId, user.id);
	if (!org) error(404, { message: 'Not found' });
	return {
		canEdit: role !== 'viewer',
		// Shown from 6 months before the certificate expires (pso-method §10).
		renewal: renewalForOrganisation(db, params.orgId, org.name, todayIso()),
		assessments: assessments.listAssessments(db, params.orgId).map((a) => {
			// Drafts are scored from their current inputs; finals show what was finalised.
			const scored = a.finalResult ? null : scoreStoredAssessment(db, a, org.name);
			const result = a.finalResult ?? (scored?.ok ? scored.result : null);
			return {
				id: a.id,
				name: a.name,
				periodStart: a.periodStart,
				periodEnd: a.periodEnd,
				rulesetId: a.rulesetId,
				status: a.status,
				rung: result?.rung ?? null,
				totalPct: result?.totalPct ?? null,
				updatedAt: a.updatedAt
			};
		})
	};
};
