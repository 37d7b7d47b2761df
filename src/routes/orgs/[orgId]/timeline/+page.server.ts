import { listAssessmentSummaries } from '$lib/server/assessment-history';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import { error } from '@sveltejs/kit';
import { buildTimeline } from './timeline-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { user } = requireOrgAccess(locals, params.orgId, 'view');
	const db = getDb();
	const org = organisations.getOrganisationForUser(db, params.orgId, user.id);
	if (!org) error(404, { message: 'Not found' });
	// No certificates yet: `certifiedRungByPeriod` is the hook for them (see timeline-view.ts).
	return { timeline: buildTimeline(listAssessmentSummaries(db, params.orgId, org.name)) };
};
