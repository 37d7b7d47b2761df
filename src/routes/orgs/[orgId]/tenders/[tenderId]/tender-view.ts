// What the tender page, its plan van aanpak and the plan's JSON share: the tender (scoped to
// the organisation; 404 otherwise), the PSO basis and the valuation under its buyer's policy.
import { requireOrgAccess } from '$lib/server/auth/guards';
import { getDb, type Db } from '$lib/server/db';
import { psoBasis, valueUnder, type PolicyValuation } from '$lib/server/tender-valuation';
import * as tenders from '$lib/server/tenders';
import { todayIso } from '$lib/server/today';
import { error } from '@sveltejs/kit';

export function loadTender(
	locals: App.Locals,
	params: { orgId: string; tenderId: string },
	access: 'view' | 'edit' = 'view'
) {
	const { role, organisation } = requireOrgAccess(locals, params.orgId, access);
	const db = getDb();
	const tender = tenders.getTender(db, params.orgId, params.tenderId);
	if (!tender) error(404, { message: 'Not found' });
	const today = todayIso();
	const basis = psoBasis(db, params.orgId, organisation.name, today, tender.end);
	return { role, organisation, tender, basis, today };
}

/**
 * The tender's own policy first, then the others asked for, each once; ids the organisation
 * may not use (another organisation's custom policy, or none at all) dropped.
 */
export function valuationsFor(
	db: Db,
	tender: tenders.Tender,
	basis: ReturnType<typeof loadTender>['basis'],
	compare: readonly string[]
): PolicyValuation[] {
	const ids = [...new Set([tender.policyId, ...compare])];
	return ids
		.map((id) => valueUnder(db, tender, basis, id))
		.filter((v): v is PolicyValuation => v !== null);
}

/** `?compare=a,b` from the link, or `?compare=a&compare=b` from the checkboxes (no JS). */
export function compareIds(url: URL): string[] {
	return url.searchParams
		.getAll('compare')
		.flatMap((value) => value.split(','))
		.map((id) => id.trim())
		.filter((id) => id !== '')
		.slice(0, 10);
}
