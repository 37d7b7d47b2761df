import { requireAssessment } from '$lib/server/assessments/access';
import { listLines } from '$lib/server/assessments/lines';
import { criteriaMissingEvidence } from '$lib/server/assessments/progress';
import { getDb } from '$lib/server/db';
import { linesNeedingAttention } from '$lib/pso/line-attention';
import { loadResultData } from './result-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { assessment } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const data = loadResultData(locals, params);
	// The engine's `evidenceMissing` rule (evidence-gaps.ts), also when the inputs do not score yet.
	const metWithoutEvidence = criteriaMissingEvidence(db, assessment);
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
