import { targetGroupLinesToCsv } from '$lib/csv/target-group/template';
import { getLocale } from '$lib/paraglide/runtime';
import { requireAssessment } from '$lib/server/assessments/access';
import { listLines } from '$lib/server/assessments/lines';
import { attachmentName } from '$lib/server/attachment-name';
import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import type { RequestHandler } from './$types';

/** The target-group lines in the import format, opening cleanly in (Dutch) Excel. */
export const GET: RequestHandler = ({ locals, params, url }) => {
	const { assessment, user } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const org = organisations.getOrganisationForUser(db, params.orgId, user.id)!;
	const lang = url.searchParams.get('lang') ?? getLocale();
	const csv = targetGroupLinesToCsv(listLines(db, assessment), lang === 'en' ? 'en' : 'nl');
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${attachmentName(org.name, assessment, 'csv')}"`
		}
	});
};
