import { criteriaMetWithoutEvidence } from '$lib/pso/evidence-gaps';
import { listCriteria } from '$lib/server/assessments/evidence';
import { requireAssessment } from '$lib/server/assessments/access';
import { getDb } from '$lib/server/db';
import { todayIso } from '$lib/server/today';
import { loadResultData } from '../result/result-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { assessment } = requireAssessment(locals, params, 'view');
	const criteria = listCriteria(getDb(), assessment);
	return {
		...loadResultData(locals, params),
		criteria,
		metWithoutEvidence: criteriaMetWithoutEvidence(criteria),
		printedAt: todayIso()
	};
};
