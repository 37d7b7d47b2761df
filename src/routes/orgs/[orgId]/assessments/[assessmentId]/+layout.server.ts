import { requireAssessment } from '$lib/server/assessments/access';
import { assessmentProgress } from '$lib/server/assessments/progress';
import { getDb } from '$lib/server/db';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, params }) => {
	const { assessment, role } = requireAssessment(locals, params, 'view');
	return {
		assessment,
		canEdit: role !== 'viewer' && assessment.status === 'draft',
		progress: assessmentProgress(getDb(), assessment)
	};
};
