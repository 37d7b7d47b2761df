import { listAssessmentSummaries } from '$lib/server/assessments/history';
import { requireOrgAccess } from '$lib/server/auth/guards';
import * as certificates from '$lib/server/certificates';
import { getDb } from '$lib/server/db';
import { buildTimeline, certifiedRungByPeriod } from './timeline-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { organisation: org } = requireOrgAccess(locals, params.orgId, 'view');
	const db = getDb();
	const summaries = listAssessmentSummaries(db, params.orgId, org.name);
	return {
		timeline: buildTimeline(summaries, {
			certifiedRungByPeriod: certifiedRungByPeriod(
				certificates.listCertificates(db, params.orgId),
				summaries
			)
		})
	};
};
