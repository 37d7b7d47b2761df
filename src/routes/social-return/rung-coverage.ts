// The buyer's-advisor view (issue 13, item 5): one obligation, and what each rung would
// cover of it under one policy. Every number comes from `valueTender`, once per rung, so the
// rules live in one place (docs/social-return.md §3); this file only chooses the
// certificates and names the source behind each number.
import { addMonths, dayNumber, isoFromDayNumber } from '$lib/pso/iso-date';
import type { BuyerPolicy, PsoRule } from '$lib/sr/policy-schema';
import type { SrResult } from '$lib/sr/result-schema';
import type { Certificate, TenderScope, TenderTerms } from '$lib/sr/tender-schema';
import { ruleFor, valueTender } from '$lib/sr/value-tender';

export const coverageRungs = [
	'aspirant',
	'basistrede',
	'trede-1',
	'trede-2',
	'trede-3',
	'pso30plus'
] as const;
export type CoverageRung = (typeof coverageRungs)[number];

/** A certificate lasts at most two years (SR §1, R52, R53). */
const CERTIFICATE_MONTHS = 24;

export interface ObligationQuestion {
	contractValue: number;
	scope: TenderScope;
	labourSharePct: number | null;
	pctOverride: number | null;
	/** The contract's duration; it starts on `start`. */
	months: number;
	start: string;
}

export interface SourceRef {
	id: string;
	title: string;
	url: string;
}

/** Where a number comes from: a policy source, the tender documents (typed in), or nowhere. */
export type NumberSource =
	{ kind: 'source'; source: SourceRef } | { kind: 'tender-documents' } | { kind: 'unknown' };

export interface RungRow {
	rung: CoverageRung;
	result: SrResult;
	/** The policy's rule for this rung (SR §3.4), null when the policy has none. */
	rule: PsoRule | null;
	ruleSource: NumberSource;
}

export interface RungCoverage {
	/** The obligation itself: the tender without a certificate. */
	obligation: SrResult;
	pctSource: NumberSource;
	thresholdSource: NumberSource;
	rows: RungRow[];
	end: string;
	/** The assumed certificate's last valid day: issued at the start, valid two years. */
	certificateValidUntil: string;
}

function lastDay(start: string, months: number): string {
	return isoFromDayNumber(dayNumber(addMonths(start, months)) - 1);
}

/** A rule's `sourceId` is typed loosely by the shared schema builder; it is a string or absent. */
function sourceOf(policy: BuyerPolicy, sourceId: unknown, known: boolean): NumberSource {
	const source = known ? policy.sources.find((s) => s.id === sourceId) : undefined;
	return source
		? { kind: 'source', source: { id: source.id, title: source.title, url: source.url } }
		: { kind: 'unknown' };
}

/** SR §3.2, to name the source of the percentage `valueTender` chose. */
function pctSource(question: ObligationQuestion, policy: BuyerPolicy): NumberSource {
	if (question.pctOverride !== null) return { kind: 'tender-documents' };
	const reduced = policy.reducedPct;
	const share = question.labourSharePct;
	const pct =
		reduced !== undefined && share !== null && share < reduced.belowLabourSharePct
			? reduced.pct
			: policy.standardPct;
	return sourceOf(policy, pct.sourceId, pct.value !== null);
}

/** SR §3.1: the tender's scope, else the policy's `all` threshold. */
function thresholdSource(question: ObligationQuestion, policy: BuyerPolicy): NumberSource {
	const threshold =
		policy.thresholds.find((t) => t.scope === question.scope) ??
		policy.thresholds.find((t) => t.scope === 'all');
	const value = threshold?.minContractValueExVat;
	return sourceOf(policy, value?.sourceId, value !== undefined && value.value !== null);
}

function certificateFor(rung: CoverageRung, validUntil: string): Certificate {
	return rung === 'pso30plus'
		? { rung: 'trede-3', pso30plus: true, validUntil }
		: { rung, validUntil };
}

/**
 * The obligation and, per rung, what a certificate of that rung would cover and leave. The
 * certificate is assumed issued at the contract's start and valid two years, so a longer
 * contract shows where the buyer requires a renewal (SR §3.6).
 */
export function rungCoverage(question: ObligationQuestion, policy: BuyerPolicy): RungCoverage {
	const end = lastDay(question.start, question.months);
	const validUntil = lastDay(question.start, Math.min(question.months, CERTIFICATE_MONTHS));
	const terms: TenderTerms = {
		contractValue: question.contractValue,
		scope: question.scope,
		labourSharePct: question.labourSharePct,
		pctOverride: question.pctOverride,
		start: question.start,
		end,
		certificate: null,
		estimate: false
	};
	const rows = coverageRungs.map((rung): RungRow => {
		const certificate = certificateFor(rung, validUntil);
		const rule = ruleFor(policy, certificate);
		return {
			rung,
			result: valueTender({ ...terms, certificate }, policy),
			rule,
			ruleSource: sourceOf(policy, rule?.sourceId, rule !== null && rule.provenance !== 'unknown')
		};
	});
	return {
		obligation: valueTender(terms, policy),
		pctSource: pctSource(question, policy),
		thresholdSource: thresholdSource(question, policy),
		rows,
		end,
		certificateValidUntil: validUntil
	};
}
