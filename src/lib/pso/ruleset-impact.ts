// What would change if an assessment were scored under another ruleset, and why: the
// rule differences between two rulesets (weights, counting windows, thresholds, norms)
// and their effect on the result and on each target-group line. Pure: the caller
// passes the current result; nothing here stores or alters anything.
import type { AssessmentInput } from './assessment-schema';
import { contractCodes, positionCodes, type ContractCode, type PositionCode } from './input-codes';
import { MAX_SIZE, MIN_SIZE, normLookup } from './norms';
import type { WarningCode } from './result-codes';
import type { AssessmentResult } from './result-schema';
import type { CountingWindow, Ruleset } from './ruleset-schema';
import { scoreAssessment } from './score';

export type RuleValue =
	| { type: 'number'; value: number }
	| { type: 'none' }
	| { type: 'flag'; value: boolean }
	| { type: 'code'; value: string }
	| { type: 'window'; window: CountingWindow };

export type RuleSubject =
	| { kind: 'position'; code: PositionCode }
	| { kind: 'contract'; code: ContractCode }
	| { kind: 'general' };

export type RuleAspect =
	| 'available'
	| 'weight'
	| 'weight-on-contract'
	| 'window'
	| 'min-ww-months'
	| 'max-years-from-start'
	| 'pso30plus-rule'
	| 'cap'
	| 'min-total-fte'
	| 'min-months-active'
	| 'pso30plus-share'
	| 'basistrede'
	| 'norm-sizes';

export interface RuleChange {
	subject: RuleSubject;
	aspect: RuleAspect;
	/** For `weight-on-contract`: the contract the position's own weight applies to. */
	contract?: ContractCode;
	from: RuleValue;
	to: RuleValue;
}

const num = (value: number): RuleValue => ({ type: 'number', value });
const none: RuleValue = { type: 'none' };
const numOrNone = (v: { value: number } | null | undefined): RuleValue =>
	v === null || v === undefined ? none : num(v.value);

function sameValue(a: RuleValue, b: RuleValue): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** A window without its provenance, so only a change of the rule itself counts. */
function windowValue(window: CountingWindow): RuleValue {
	const { confirmed: _confirmed, source: _source, ...rule } = window;
	return { type: 'window', window: rule as CountingWindow };
}

/** Sizes 2..105 whose headline norms (contract §3.9) differ between the rulesets. */
export function countDifferingNormSizes(a: Ruleset, b: Ruleset): number {
	let count = 0;
	for (let size = MIN_SIZE; size <= MAX_SIZE; size++) {
		// The published rows: a modelled basistrede (§6.2) is not a norm the rulesets state.
		const x = normLookup(a, size).headline;
		const y = normLookup(b, size).headline;
		if (
			x.basistrede !== y.basistrede ||
			x.trede1 !== y.trede1 ||
			x.trede2 !== y.trede2 ||
			x.trede3 !== y.trede3
		) {
			count++;
		}
	}
	return count;
}

function positionChanges(a: Ruleset, b: Ruleset, code: PositionCode): RuleChange[] {
	const subject: RuleSubject = { kind: 'position', code };
	const pa = a.positions[code];
	const pb = b.positions[code];
	const availableA = pa?.available === true;
	const availableB = pb?.available === true;
	const changes: RuleChange[] = [];
	const add = (aspect: RuleAspect, from: RuleValue, to: RuleValue, contract?: ContractCode) => {
		if (!sameValue(from, to))
			changes.push({ subject, aspect, from, to, ...(contract ? { contract } : {}) });
	};
	add('available', { type: 'flag', value: availableA }, { type: 'flag', value: availableB });
	if (!(pa?.available === true && pb?.available === true)) return changes;
	add('weight', num(pa.weight.value), num(pb.weight.value));
	for (const contract of contractCodes) {
		const ownA = pa.weightByContract?.[contract];
		const ownB = pb.weightByContract?.[contract];
		if (ownA === undefined && ownB === undefined) continue;
		// The weight that applies on this contract: its own, else the position's.
		add(
			'weight-on-contract',
			num((ownA ?? pa.weight).value),
			num((ownB ?? pb.weight).value),
			contract
		);
	}
	add('window', windowValue(pa.window), windowValue(pb.window));
	add('min-ww-months', numOrNone(pa.minWwMonths), numOrNone(pb.minWwMonths));
	add(
		'pso30plus-rule',
		{ type: 'code', value: pa.pso30plus.rule },
		{ type: 'code', value: pb.pso30plus.rule }
	);
	return changes;
}

function contractChanges(a: Ruleset, b: Ruleset, code: ContractCode): RuleChange[] {
	const subject: RuleSubject = { kind: 'contract', code };
	const ca = a.contracts[code];
	const cb = b.contracts[code];
	const pairs: [RuleAspect, RuleValue, RuleValue][] = [
		['weight', num(ca.weight.value), num(cb.weight.value)],
		['max-years-from-start', numOrNone(ca.maxYearsFromStart), numOrNone(cb.maxYearsFromStart)],
		[
			'pso30plus-rule',
			{ type: 'code', value: ca.pso30plus.rule },
			{ type: 'code', value: cb.pso30plus.rule }
		]
	];
	return pairs
		.filter(([, from, to]) => !sameValue(from, to))
		.map(([aspect, from, to]) => ({ subject, aspect, from, to }));
}

function generalChanges(a: Ruleset, b: Ruleset): RuleChange[] {
	const subject: RuleSubject = { kind: 'general' };
	const differing = countDifferingNormSizes(a, b);
	const pairs: [RuleAspect, RuleValue, RuleValue][] = [
		['cap', num(a.indirect.maxShareOfTotal.value), num(b.indirect.maxShareOfTotal.value)],
		['min-total-fte', num(a.eligibility.minTotalFte.value), num(b.eligibility.minTotalFte.value)],
		[
			'min-months-active',
			num(a.eligibility.minMonthsActive.value),
			num(b.eligibility.minMonthsActive.value)
		],
		['pso30plus-share', num(a.pso30plus.minSharePct.value), num(b.pso30plus.minSharePct.value)],
		[
			'basistrede',
			{ type: 'flag', value: a.norms.basistrede.exists },
			{ type: 'flag', value: b.norms.basistrede.exists }
		],
		// "from 0 to N": N of the 104 sizes have other norms under the other ruleset.
		['norm-sizes', num(0), num(differing)]
	];
	return pairs
		.filter(([, from, to]) => !sameValue(from, to))
		.map(([aspect, from, to]) => ({ subject, aspect, from, to }));
}

/** Every rule that differs between `a` and `b`: positions, contracts, then the rest. */
export function rulesetChanges(a: Ruleset, b: Ruleset): RuleChange[] {
	return [
		...positionCodes.flatMap((code) => positionChanges(a, b, code)),
		...contractCodes.flatMap((code) => contractChanges(a, b, code)),
		...generalChanges(a, b)
	];
}

type ResultLine = AssessmentResult['lines'][number];

/**
 * Whether a result's totals are finite numbers. Inputs stored before the input limits (an
 * amount of 1e308 from a tiny supplier) can overflow to Infinity or NaN; such a result is
 * not shown as a comparison of nonsense numbers.
 */
export function hasFiniteTotals(result: AssessmentResult): boolean {
	return [
		result.totalFte,
		result.direct.weightedFte,
		result.direct.pct,
		result.indirect.fte,
		result.indirect.countedPct,
		result.totalPct
	].every(Number.isFinite);
}

export interface LineImpact {
	id: string;
	position: PositionCode;
	contract: ContractCode;
	before: ResultLine;
	after: ResultLine;
	/** weight: a weight differs; window: the counted FTE or the counting window differs. */
	changes: ('weight' | 'window')[];
	/** The rule changes that apply to this line's position and contract: the "why". */
	rules: RuleChange[];
}

export interface RulesetImpact {
	before: AssessmentResult;
	after: AssessmentResult;
	rules: RuleChange[];
	lines: LineImpact[];
	unchangedLines: number;
	warnings: { added: WarningCode[]; removed: WarningCode[] };
	normsChanged: boolean;
}

function appliesTo(rule: RuleChange, position: PositionCode, contract: ContractCode): boolean {
	const { subject } = rule;
	if (subject.kind === 'position') {
		return subject.code === position && (rule.contract === undefined || rule.contract === contract);
	}
	return subject.kind === 'contract' && subject.code === contract;
}

function lineChanges(before: ResultLine, after: ResultLine): LineImpact['changes'] {
	const changes: LineImpact['changes'] = [];
	if (
		before.positionWeight !== after.positionWeight ||
		before.contractWeight !== after.contractWeight
	) {
		changes.push('weight');
	}
	if (
		before.fte !== after.fte ||
		before.countsUntil !== after.countsUntil ||
		before.countsOnPeriodEnd !== after.countsOnPeriodEnd
	) {
		changes.push('window');
	}
	return changes;
}

/**
 * Scores `input` under `other` and sets the outcome beside `current` (the assessment's
 * own ruleset and result; for a final assessment, the stored result).
 */
export function rulesetImpact(
	input: AssessmentInput,
	current: { ruleset: Ruleset; result: AssessmentResult },
	other: Ruleset
): RulesetImpact {
	const before = current.result;
	const after = scoreAssessment(input, other);
	const rules = rulesetChanges(current.ruleset, other);
	const linesById = new Map((input.targetGroup ?? []).map((line) => [line.id, line]));
	const afterById = new Map(after.lines.map((line) => [line.id, line]));
	const lines: LineImpact[] = [];
	let unchangedLines = 0;
	for (const old of before.lines) {
		const now = afterById.get(old.id);
		const line = linesById.get(old.id);
		if (now === undefined || line === undefined) continue;
		const changes = lineChanges(old, now);
		if (changes.length === 0) {
			unchangedLines++;
			continue;
		}
		lines.push({
			id: old.id,
			position: line.position,
			contract: line.contract,
			before: old,
			after: now,
			changes,
			rules: rules.filter((rule) => appliesTo(rule, line.position, line.contract))
		});
	}
	const n = (r: AssessmentResult) => r.norms;
	return {
		before,
		after,
		rules,
		lines,
		unchangedLines,
		warnings: {
			added: after.warnings.filter((w) => !before.warnings.includes(w)),
			removed: before.warnings.filter((w) => !after.warnings.includes(w))
		},
		normsChanged:
			n(before).size !== n(after).size ||
			n(before).basistrede !== n(after).basistrede ||
			n(before).trede1 !== n(after).trede1 ||
			n(before).trede2 !== n(after).trede2 ||
			n(before).trede3 !== n(after).trede3
	};
}
