import { requireAssessment } from '$lib/server/assessments/access';
import { listCriteria } from '$lib/server/assessments/evidence';
import { listLines } from '$lib/server/assessments/lines';
import { getDb } from '$lib/server/db';
import { criteriaMetWithoutEvidence } from '$lib/pso/evidence-gaps';
import { linesNeedingAttention } from '$lib/pso/line-attention';
import { loadResultData } from './result-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { assessment } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const data = loadResultData(locals, params);
	const metWithoutEvidence = criteriaMetWithoutEvidence(listCriteria(db, assessment));
	if (!data.scored) return { ...data, metWithoutEvidence };
	// The stopping lines carry the engine's window ends; ended and late lines need only dates.
	const countsUntil = new Map(data.stopping.map((l) => [l.id, l.countsUntil]));
	const attention = linesNeedingAttention(
		listLines(db, assessment),
		{ end: assessment.periodEnd },
		countsUntil
	).sort(
		(a, b) => a.attention[0]!.date.localeCompare(b.attention[0]!.date) || a.id.localeCompare(b.id)
	);
	return { ...data, metWithoutEvidence, attention };
};
