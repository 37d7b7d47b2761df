// What the tenders of the clients in one portfolio page are worth (issue 13 item 6). Only the
// organisations in the rows given are read (one query), so a page of 25 rows values at most
// those 25 clients. Each tender is valued as its own tender page values it: under its own
// buyer policy, with the certificate in force, else the latest assessment's estimate
// (tender-valuation.ts), its own custom policy included; no rule of SR §3 is repeated here.
import type { Range } from '$lib/sr/result-schema';
import type { Db } from './db';
import { psoBasis, valueUnder, type PsoBasis } from './tender-valuation';
import { listTendersOf, type Tender } from './tenders';

export interface ClientTenders {
	count: number;
	/** The summed credit; null when a tender's policy is no longer known (nothing to sum). */
	credit: Range | null;
	/** Some credit rests on an estimate, not on a certificate in force. */
	estimate: boolean;
	/**
	 * A tender's contract ends after the certificate expires, or, with no certificate in
	 * force, its credit rests on an estimated rung that no certificate covers yet.
	 */
	outlivesCertificate: boolean;
}

/**
 * The psoBasis of an organisation does not depend on the tender except for an estimate's
 * validity, which psoBasis sets to the contract's end; one basis per client is computed and
 * that validity set per tender, so the assessment is scored once per client, not per tender.
 */
function basisFor(basis: PsoBasis, tender: Tender): PsoBasis {
	return basis.kind === 'estimate'
		? { ...basis, certificate: { ...basis.certificate, validUntil: tender.end } }
		: basis;
}

function summarise(db: Db, tenders: readonly Tender[], orgBasis: PsoBasis): ClientTenders {
	let credit: Range | null = { min: 0, max: 0 };
	let estimate = false;
	let outlives = false;
	for (const tender of tenders) {
		const basis = basisFor(orgBasis, tender);
		const valuation = valueUnder(db, tender, basis, tender.policyId);
		if (!valuation) {
			credit = null;
			continue;
		}
		const { min, max } = valuation.result.credit;
		if (credit) credit = { min: credit.min + min, max: credit.max + max };
		if (basis.kind === 'estimate' && max > 0) {
			estimate = true;
			outlives = true;
		}
		if (basis.kind === 'certificate' && tender.end > basis.certificate.validUntil) outlives = true;
	}
	return { count: tenders.length, credit, estimate, outlivesCertificate: outlives };
}

/** Per organisation with at least one tender; clients without tenders are absent. */
export function portfolioTenders(
	db: Db,
	rows: readonly { organisationId: string; name: string }[],
	today: string
): Map<string, ClientTenders> {
	const byOrg = new Map<string, Tender[]>();
	for (const tender of listTendersOf(
		db,
		rows.map((r) => r.organisationId)
	)) {
		const list = byOrg.get(tender.organisationId);
		if (list) list.push(tender);
		else byOrg.set(tender.organisationId, [tender]);
	}
	const out = new Map<string, ClientTenders>();
	for (const row of rows) {
		const tenders = byOrg.get(row.organisationId);
		const first = tenders?.[0];
		if (!tenders || !first) continue;
		const basis = psoBasis(db, row.organisationId, row.name, today, first.end);
		out.set(row.organisationId, summarise(db, tenders, basis));
	}
	return out;
}
