import { requireOrgAccess } from '$lib/server/auth/guards';
import * as assessments from '$lib/server/assessments/records';
import { getDb } from '$lib/server/db';
import { resultOutcome } from '$lib/server/assessments/outcome';
import { renewalForOrganisation } from '$lib/server/renewal';
import { todayIso } from '$lib/server/today';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { role, organisation: org } = requireOrgAccess(locals, params.orgId, 'view');
	const db = getDb();
	return {
		canEdit: role !== 'viewer',
		// Shown from 6 months before the certificate expires (pso-method §10).
		renewal: renewalForOrganisation(db, params.orgId, org.name, todayIso()),
		assessments: assessments.listAssessments(db, params.orgId).map((a) => {
			const outcome = resultOutcome(db, a, org.name);
			const result = outcome.ok ? outcome.result : null;
			return {
				id: a.id,
				name: a.name,
				periodStart: a.periodStart,
				periodEnd: a.periodEnd,
				rulesetId: a.rulesetId,
				status: a.status,
				rung: result
					? {
							rung: result.rung,
							likelyRung: result.likelyRung,
							rungRange: result.rungRange,
							size: result.size,
							basistredeModelled: result.norms.basistredeModelled
						}
					: null,
				totalPct: result?.totalPct ?? null,
				version: a.version,
				origin: a.origin,
				source: a.source,
				changedAt: a.changedAt
			};
		})
	};
};
