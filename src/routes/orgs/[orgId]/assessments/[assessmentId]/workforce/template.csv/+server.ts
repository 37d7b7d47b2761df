import { targetGroupTemplateCsv } from '$lib/csv/target-group/template';
import { requireAssessment } from '$lib/server/assessments/access';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params, url }) => {
	requireAssessment(locals, params, 'view');
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'nl';
	return new Response(targetGroupTemplateCsv(lang), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="pso-doelgroep-template-${lang}.csv"`
		}
	});
};
