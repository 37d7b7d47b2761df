import { requireAssessment } from '$lib/server/assessments/access';
import { assessmentDocument } from '$lib/server/assessments/document';
import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import { attachmentName } from '$lib/server/attachment-name';
import type { RequestHandler } from './$types';

/** The `pso-assessment/1` file: the CLI's input and the import format. A final one is as finalised. */
export const GET: RequestHandler = ({ locals, params }) => {
	const { assessment, user } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const org = organisations.getOrganisationForUser(db, params.orgId, user.id)!;
	const doc = assessmentDocument(db, assessment, org.name);
	return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${attachmentName(org.name, assessment, 'json')}"`
		}
	});
};
