import { attachmentName } from '$lib/server/attachment-name';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { exportOrganisationData } from '$lib/server/organisation-data';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, params }) => {
	requireOrgAccess(locals, params.orgId, 'own');
	const data = exportOrganisationData(getDb(), params.orgId, new Date().toISOString());
	const name = attachmentName(
		data.organisation.name,
		{ id: params.orgId, periodEnd: data.exportedAt },
		'json'
	);
	return new Response(`${JSON.stringify(data, null, 2)}\n`, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="export-${name}"`
		}
	});
};
