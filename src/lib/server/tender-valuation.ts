// What a stored tender is worth to its organisation (issue 13 item 3): the tender's terms plus
// the organisation's PSO basis (its certificate in force, else its latest assessment's likely
// rung, marked as an estimate) go to the pure valueTender (SR §3) under one or more buyer
// policies, shipped or the organisation's own (sr-policies.ts). No rule of SR §3 is repeated here.
import { getPolicy } from '$lib/sr/policy-registry';
import type { BuyerPolicy } from '$lib/sr/policy-schema';
import type { Range, SrResult } from '$lib/sr/result-schema';
import { roundHalfUp, valueTender } from '$lib/sr/value-tender';
import type { Certificate as SrCertificate, SrTender } from '$lib/sr/tender-schema';
import { renewalOutcome } from './assessments/outcome';
import { currentCertificate } from './certificates';
import type { Db } from './db';
import { latestAssessment } from './renewal';
import { getCustomSrPolicy, isCustomSrPolicyId } from './sr-policies';
import type { Tender } from './tenders';

/** Where the rung of the valuation comes from. */
export type PsoBasis =
	| { kind: 'certificate'; certificate: SrCertificate; issuedOn: string; certifyingBody: string }
	| { kind: 'estimate'; certificate: SrCertificate; assessmentName: string }
	| { kind: 'none' };

const certifiable = new Set(['basistrede', 'trede-1', 'trede-2', 'trede-3']);

/**
 * The certificate in force today; else the latest assessment's likely rung as an estimate
 * (SR §3.6). An estimate has no expiry date: it is given the contract's end, since the
 * warning `estimate-not-certificate` already makes the whole credit conditional.
 */
export function psoBasis(
	db: Db,
	organisationId: string,
	organisationName: string,
	today: string,
	contractEnd: string
): PsoBasis {
	const current = currentCertificate(db, organisationId, today);
	if (current) {
		return {
			kind: 'certificate',
			certificate: {
				rung: current.rung,
				pso30plus: current.pso30plus,
				validUntil: current.expiresOn
			},
			issuedOn: current.issuedOn,
			certifyingBody: current.certifyingBody
		};
	}
	const assessment = latestAssessment(db, organisationId);
	if (!assessment) return { kind: 'none' };
	const summary = renewalOutcome(db, assessment, organisationName);
	const likely = summary.likelyRung;
	const rung =
		likely !== null && certifiable.has(likely)
			? (likely as SrCertificate['rung'])
			: summary.aspirant
				? 'aspirant'
				: null;
	if (rung === null) return { kind: 'none' };
	return {
		kind: 'estimate',
		certificate: {
			rung,
			pso30plus: rung === 'trede-3' && summary.pso30plus,
			validUntil: contractEnd
		},
		assessmentName: assessment.name
	};
}

/** A policy an organisation may value a tender under, by the id a tender stores. */
export interface AvailablePolicy {
	/** The shipped id, or the stored `custom:<uuid>` (never the id the custom file declares). */
	id: string;
	policy: BuyerPolicy;
	custom: boolean;
}

/**
 * A shipped policy, or a custom one of this organisation or a global one (the scoped getter
 * of sr-policies.ts). Another organisation's custom policy, and a stored one that no longer
 * validates, are null: the same as an id that does not exist.
 */
export function availablePolicy(
	db: Db,
	organisationId: string,
	policyId: string
): AvailablePolicy | null {
	if (isCustomSrPolicyId(policyId)) {
		const policy = getCustomSrPolicy(db, organisationId, policyId)?.policy ?? null;
		return policy ? { id: policyId, policy, custom: true } : null;
	}
	const policy = getPolicy(policyId);
	return policy ? { id: policyId, policy, custom: false } : null;
}

/** The tender as an `sr-tender/1` file (SR §2) under `policyId`. */
export function tenderFile(tender: Tender, basis: PsoBasis, policyId: string): SrTender {
	return {
		format: 'sr-tender/1',
		name: tender.name,
		policy: policyId,
		contractValue: tender.contractValue,
		scope: tender.scope,
		labourSharePct: tender.labourSharePct,
		start: tender.start,
		end: tender.end,
		pctOverride: tender.pctOverride,
		certificate: basis.kind === 'none' ? null : basis.certificate,
		estimate: basis.kind === 'estimate'
	};
}

/** The remaining obligation as purchases from social firms, per way the policy counts them. */
export interface PurchaseRoute {
	supplierKind: BuyerPolicy['socialPurchase'][number]['supplierKind'];
	/** Invoice value excl. VAT that fills the remaining amount; null when the policy's rate is unknown. */
	invoiceEur: Range | null;
	sourceId: string | null;
}

function purchaseRoutes(policy: BuyerPolicy, remaining: Range): PurchaseRoute[] {
	return policy.socialPurchase.map((entry) => {
		const share =
			entry.valuation === 'invoice_ex_vat'
				? 100
				: entry.valuation === 'pct_of_invoice'
					? (entry.pct?.value ?? null)
					: null;
		const invoiceEur =
			share === null || share <= 0
				? null
				: {
						min: roundHalfUp((remaining.min * 100) / share, 0),
						max: roundHalfUp((remaining.max * 100) / share, 0)
					};
		return {
			supplierKind: entry.supplierKind,
			invoiceEur,
			sourceId: entry.sourceId ?? entry.pct?.sourceId ?? null
		};
	});
}

/** What a page needs of one policy: its identity, the result, and the sources' titles. */
export interface PolicyValuation {
	policy: {
		id: string;
		title: string;
		version: string | null;
		lastCheckedOn: string;
		status: BuyerPolicy['status'];
		/** The organisation's own (or a global custom) policy, not a shipped one. */
		custom: boolean;
	};
	result: SrResult;
	blocks: { code: string; label: string; unit: string | null; sourceId: string | null }[];
	purchases: PurchaseRoute[];
	sources: { id: string; title: string; url: string }[];
	/** The source of the PSO rule for this rung, or null when the policy has none. */
	ruleSourceId: string | null;
}

/** Null when the tender's organisation may not use `policyId` (or it does not exist). */
export function valueUnder(
	db: Db,
	tender: Tender,
	basis: PsoBasis,
	policyId: string
): PolicyValuation | null {
	const available = availablePolicy(db, tender.organisationId, policyId);
	if (!available) return null;
	const { policy } = available;
	const file = tenderFile(tender, basis, policyId);
	const result = valueTender(file, policy);
	const cert = file.certificate ?? null;
	const ruleRung = cert === null ? null : cert.pso30plus === true ? 'pso30plus' : cert.rung;
	const rule =
		policy.psoRules.find((r) => r.rung === ruleRung) ??
		(ruleRung === 'pso30plus' ? policy.psoRules.find((r) => r.rung === 'trede-3') : undefined);
	return {
		policy: {
			id: available.id,
			title: policy.title,
			version: policy.version ?? null,
			lastCheckedOn: policy.lastCheckedOn,
			status: policy.status,
			custom: available.custom
		},
		result,
		blocks: policy.buildingBlocks.map((b) => ({
			code: b.code,
			label: b.label,
			unit: b.unit ?? null,
			sourceId: b.valueEur.sourceId ?? null
		})),
		purchases: purchaseRoutes(policy, result.remaining),
		sources: policy.sources.map(({ id, title, url }) => ({ id, title, url })),
		ruleSourceId: typeof rule?.sourceId === 'string' ? rule.sourceId : null
	};
}
