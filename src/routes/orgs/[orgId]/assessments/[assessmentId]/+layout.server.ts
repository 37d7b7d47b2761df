import { requireAssessment } from '$lib/server/assessments/access';
import { assessmentProgress } from '$lib/server/assessments/progress';
import { getDb } from '$lib/server/db';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, params }) => {
	const { assessment, role } = requireAssessment(locals, params, 'view');
	// A final assessment's frozen result holds a row per line: 50,000 lines would be megabytes
	// in every page's data. No page shows it from here (the pages read the outcome cache).
	const { finalResult: _frozen, ...shown } = assessment;
	return {
		assessment: shown,
		canEdit: role !== 'viewer' && assessment.status === 'draft',
		progress: assessmentProgress(getDb(), assessment)
	};
};
