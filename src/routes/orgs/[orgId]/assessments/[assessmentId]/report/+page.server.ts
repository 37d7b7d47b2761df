import { criteriaMetWithoutEvidence } from '$lib/pso/evidence-gaps';
import { listCriteria } from '$lib/server/assessments/evidence';
import { requireAssessment } from '$lib/server/assessments/access';
import { getDb } from '$lib/server/db';
import { todayIso } from '$lib/server/today';
import { loadResultData } from '../result/result-data';
import { loadReportInputs } from './report-inputs';
import type { PageServerLoad } from './$types';

const amsterdamTime = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Amsterdam',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

export const load: PageServerLoad = ({ locals, params }) => {
	const { assessment, organisation } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const criteria = listCriteria(db, assessment);
	const { finalised, ...inputs } = loadReportInputs(db, assessment, organisation.name);
	const at = finalised ? new Date(finalised.at * 1000) : null;
	return {
		...loadResultData(locals, params),
		...inputs,
		// Dated as in the Netherlands, where the auditor reads it (as `todayIso`).
		finalised:
			finalised && at
				? { by: finalised.by, date: todayIso(at), time: amsterdamTime.format(at) }
				: null,
		criteria,
		metWithoutEvidence: criteriaMetWithoutEvidence(criteria),
		printedAt: todayIso()
	};
};
