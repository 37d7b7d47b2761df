// What a PSO rung is worth in one tender under one buyer policy (SR §3). Pure: the policy
// and the tender come in, the `sr-result/1` goes out; no clock, no I/O. Amounts stay exact
// until the output is built (SR §3.8). Shares are kept in percent (0..100) so that
// `5 × 2,000,000 / 100` stays an exact 100,000 rather than `0.05 × 2,000,000`.
import { addMonths, dayNumber } from '../pso/iso-date';
import type { BlockUnit, PsoRule, SrPolicy, Threshold } from './policy-schema';
import type { FillEntry, Range, SrResult, WarningCode } from './result-schema';
import type { Certificate, TenderScope, TenderTerms } from './tender-schema';

/** SR §3.2: an unknown percentage spans 0 to 5 %, the usual standard. */
const UNKNOWN_PCT_CEILING = 5;

class Warnings {
	readonly #codes = new Set<WarningCode>();
	add(code: WarningCode): void {
		this.#codes.add(code);
	}
	list(): WarningCode[] {
		return [...this.#codes];
	}
}

/** Half up at `decimals`, computed from the exact value (SR §3.8). Inputs are never negative. */
export function roundHalfUp(value: number, decimals: number): number {
	const factor = 10 ** decimals;
	// 15 significant digits drop binary noise such as 92999.99999999999 before rounding.
	const scaled = Number((value * factor).toPrecision(15));
	return Math.round(scaled) / factor;
}

function euros(range: Range): Range {
	return { min: roundHalfUp(range.min, 0), max: roundHalfUp(range.max, 0) };
}

const exactly = (value: number): Range => ({ min: value, max: value });

/** SR §3.1: the tender's own scope, else the policy's `all` entry. */
function thresholdFor(policy: SrPolicy, scope: TenderScope): Threshold | undefined {
	return (
		policy.thresholds.find((t) => t.scope === scope) ??
		policy.thresholds.find((t) => t.scope === 'all')
	);
}

/** SR §3.1 "runs at least N months": the contract still runs on the day before start + N months. */
function lastsAtLeast(tender: TenderTerms, months: number): boolean {
	return dayNumber(tender.end) >= dayNumber(addMonths(tender.start, months)) - 1;
}

/** SR §3.1: false when a known condition fails (this wins), null when one is unknown. */
function applicability(tender: TenderTerms, policy: SrPolicy, warnings: Warnings): boolean | null {
	const threshold = thresholdFor(policy, tender.scope);
	const failed: boolean[] = [];
	const unknown: WarningCode[] = [];
	const minValue = threshold?.minContractValueExVat.value ?? null;
	if (minValue === null) unknown.push('threshold-unknown');
	else failed.push(tender.contractValue < minValue);
	if (threshold?.minLabourSharePct !== undefined) {
		const share = tender.labourSharePct ?? null;
		if (share === null) unknown.push('labour-share-unknown');
		else failed.push(share < threshold.minLabourSharePct);
	}
	if (threshold?.minDurationMonths !== undefined) {
		const months = threshold.minDurationMonths.value;
		if (months === null) unknown.push('duration-unknown');
		else failed.push(!lastsAtLeast(tender, months));
	}
	if (failed.includes(true)) return false;
	unknown.forEach((code) => warnings.add(code));
	return unknown.length > 0 ? null : true;
}

/** SR §3.2: the override, else the reduced % when its condition holds, else the standard %. */
function chosenPct(tender: TenderTerms, policy: SrPolicy, warnings: Warnings): number | null {
	const override = tender.pctOverride ?? null;
	if (override !== null) return override;
	const reduced = policy.reducedPct;
	if (reduced !== undefined) {
		const share = tender.labourSharePct ?? null;
		if (share === null) warnings.add('labour-share-unknown');
		else if (share < reduced.belowLabourSharePct) return reduced.pct.value;
	}
	return policy.standardPct.value;
}

/** SR §3.4: PSO 30+ uses its own rule when the policy has one, else the trede 3 rule. */
export function ruleFor(policy: SrPolicy, certificate: Certificate): PsoRule | null {
	const find = (rung: string) => policy.psoRules.find((rule) => rule.rung === rung) ?? null;
	if (certificate.pso30plus === true) return find('pso30plus') ?? find('trede-3');
	return find(certificate.rung);
}

/** SR §3.5: the credit as a share of the obligation, in percent, as a range. */
function creditShare(rule: PsoRule | null, warnings: Warnings): Range {
	const askBuyer = (): Range => {
		warnings.add('ask-buyer');
		return { min: 0, max: 100 };
	};
	if (rule === null) return askBuyer();
	const effect = rule.effect;
	switch (effect.kind) {
		case 'fulfils_obligation':
			return exactly(100);
		case 'reduces_obligation_pct':
			return effect.pct.value === null ? askBuyer() : exactly(effect.pct.value);
		case 'alternative_route':
			// SR §8: computed as a reduction, and said to be an alternative route, not a discount.
			warnings.add('alternative-route');
			return effect.sharePct.value === null ? askBuyer() : exactly(effect.sharePct.value);
		case 'none':
			return exactly(0);
		case 'unknown':
			return askBuyer();
	}
}

/** SR §3.7: euros per full-time year, where a block's unit can be read as one. */
function valuePerYear(value: number | null, unit: BlockUnit | undefined): number | null {
	if (value === null) return null;
	switch (unit ?? 'fte_year') {
		case 'fte_year':
		case 'learning_year':
			return value;
		case 'month':
			return value * 12;
		// SR §8: a day or an invoice amount is no full-time year; listed without a number.
		case 'day':
		case 'invoice':
			return null;
	}
}

/** SR §3.7: full-time years per block, from the exact remaining amount. */
function fill(policy: SrPolicy, remaining: Range): FillEntry[] {
	return policy.buildingBlocks.map((block) => {
		const perYear = valuePerYear(block.valueEur.value, block.unit);
		return {
			block: block.code,
			valuePerYear: perYear,
			fteYears:
				perYear === null
					? null
					: {
							min: roundHalfUp(remaining.min / perYear, 2),
							max: roundHalfUp(remaining.max / perYear, 2)
						}
		};
	});
}

function resultBase(policy: SrPolicy): Pick<SrResult, 'format' | 'policy' | 'policyVersion'> {
	return { format: 'sr-result/1', policy: policy.id, policyVersion: policy.version ?? null };
}

/** SR §3.1: below the threshold there is no obligation; later steps are skipped. */
function notApplicable(policy: SrPolicy): SrResult {
	const zero = exactly(0);
	return {
		...resultBase(policy),
		applicable: false,
		pct: 0,
		obligation: zero,
		credit: zero,
		conditional: false,
		recertifyBy: null,
		remaining: zero,
		fill: fill(policy, zero),
		warnings: [],
		sources: (policy.sources ?? []).map((source) => source.id)
	};
}

/** The value of `tender`'s certificate under `policy` (SR §3, steps 1-7). */
export function valueTender(tender: TenderTerms, policy: SrPolicy): SrResult {
	const warnings = new Warnings();
	const applicable = applicability(tender, policy, warnings);
	if (applicable === false) return notApplicable(policy);

	const pct = chosenPct(tender, policy, warnings);
	// SR §3.3; an unknown % spans [0, 5 %] of the contract value (SR §3.2).
	const obligation: Range =
		pct === null
			? { min: 0, max: (UNKNOWN_PCT_CEILING * tender.contractValue) / 100 }
			: exactly((pct * tender.contractValue) / 100);
	if (pct === null) warnings.add('pct-unknown');

	// SR §3.4: no certificate earns nothing, and `estimate` is then ignored.
	const certificate = tender.certificate ?? null;
	const rule = certificate === null ? null : ruleFor(policy, certificate);
	const share = certificate === null ? exactly(0) : creditShare(rule, warnings);

	// SR §3.5: not interval subtraction, so "fulfils" with an unknown % still leaves 0.
	const credit = {
		min: (share.min * obligation.min) / 100,
		max: (share.max * obligation.max) / 100
	};
	const remaining = {
		min: ((100 - share.max) * obligation.min) / 100,
		max: ((100 - share.min) * obligation.max) / 100
	};

	// SR §3.6: a credit that rests on a future renewal, or on an estimate, is conditional.
	let recertifyBy: string | null = null;
	if (certificate !== null && rule?.validForWholeContract === true) {
		if (certificate.validUntil < tender.end) {
			recertifyBy = certificate.validUntil;
			warnings.add('recertification-needed');
		}
	}
	const estimate = certificate !== null && tender.estimate === true;
	if (estimate) warnings.add('estimate-not-certificate');

	return {
		...resultBase(policy),
		applicable,
		pct,
		obligation: euros(obligation),
		credit: euros(credit),
		conditional: recertifyBy !== null || estimate,
		recertifyBy,
		remaining: euros(remaining),
		fill: fill(policy, remaining),
		warnings: warnings.list(),
		sources: (policy.sources ?? []).map((source) => source.id)
	};
}
