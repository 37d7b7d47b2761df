import { requireOrgAccess } from '$lib/server/auth/guards';
import { listAuditEntries, type AuditEntity } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

const perPage = 50;
const entities: AuditEntity[] = [
	'organisation',
	'access',
	'invitation',
	'assessment',
	'line',
	'purchase',
	'criterion',
	'evidence',
	'certificate'
];

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { role } = requireOrgAccess(locals, params.orgId, 'view');
	// The trail shows who did what: for owners and the advisors they granted access.
	if (role !== 'owner' && role !== 'advisor') error(403, { message: 'Forbidden' });
	const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
	const entityParam = url.searchParams.get('entity');
	const entity = entities.find((e) => e === entityParam) ?? null;
	const { entries, total } = listAuditEntries(getDb(), params.orgId, { page, perPage, entity });
	return { entries, total, page, pages: Math.max(1, Math.ceil(total / perPage)), entity, entities };
};
