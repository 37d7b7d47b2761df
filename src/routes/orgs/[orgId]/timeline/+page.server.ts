import { listAssessmentSummaries } from '$lib/server/assessment-history';
import { requireOrgAccess } from '$lib/server/auth/guards';
import * as certificates from '$lib/server/certificates';
import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import { error } from '@sveltejs/kit';
import { buildTimeline, certifiedRungByPeriod } from './timeline-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { user } = requireOrgAccess(locals, params.orgId, 'view');
	const db = getDb();
	const org = organisations.getOrganisationForUser(db, params.orgId, user.id);
	if (!org) error(404, { message: 'Not found' });
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
