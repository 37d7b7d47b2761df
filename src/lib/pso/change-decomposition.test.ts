import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentInput } from './assessment-schema';
import {
	changeDrivers,
	decomposeChange,
	roundDecomposition,
	type ChangeDecomposition,
	type ChangeDriver
} from './change-decomposition';
import { scoreAssessment } from './score';
import { assessmentArbitrary } from './test-support/arbitraries';
import {
	assessment,
	line,
	purchaseForFte,
	ruleset,
	shippedIds,
	type ShippedId
} from './test-support/assessment-builder';

/** A decomposition the test expects to exist (finite inputs). */
function decompose(...sides: Parameters<typeof decomposeChange>) {
	const d = decomposeChange(...sides);
	if (d === null) throw new Error('expected a decomposition of finite inputs');
	return d;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
const partOf = (d: ChangeDecomposition, driver: ChangeDriver) =>
	d.parts.find((p) => p.driver === driver)!.delta;

const base = assessment({
	totalFte: 50,
	targetGroup: [line({ id: 'a' }), line({ id: 'b', hoursPerWeek: 20 })],
	purchases: [purchaseForFte(0.3)]
});

interface Case {
	name: string;
	a: AssessmentInput;
	b: AssessmentInput;
	rulesetA?: ShippedId;
	rulesetB?: ShippedId;
	/** The only driver expected to move. */
	moves: ChangeDriver | null;
}

// A VSO pupil on a placement, 40 h, full year, 20 FTE (pso-method T10): 0.375 weighted FTE
// (1.875 %) under 1.6, 0.75 (3.75 %) from 1.7.
const t10 = assessment({
	totalFte: 20,
	targetGroup: [
		line({ id: 'vso', position: 'vso-pro', contract: 'placement', start: '2024-01-01' })
	]
});

const cases: Case[] = [
	{ name: 'nothing changed', a: base, b: base, moves: null },
	{
		name: 'only weighted FTE (hours of one line)',
		a: base,
		b: { ...base, targetGroup: [line({ id: 'a' }), line({ id: 'b', hoursPerWeek: 40 })] },
		moves: 'weightedFte'
	},
	{
		name: 'only weighted FTE (a line added, totalFte unchanged)',
		a: base,
		b: { ...base, targetGroup: [...base.targetGroup!, line({ id: 'c' })] },
		moves: 'weightedFte'
	},
	{ name: 'only total FTE', a: base, b: { ...base, totalFte: 65 }, moves: 'totalFte' },
	{
		name: 'only purchases',
		a: base,
		b: { ...base, purchases: [purchaseForFte(0.3), purchaseForFte(0.5)] },
		moves: 'indirect'
	},
	{
		name: 'only the ruleset (T10, 1.6 → 1.7)',
		a: t10,
		b: t10,
		rulesetA: '1.6',
		rulesetB: '1.7',
		moves: 'ruleset'
	},
	{
		name: 'only the ruleset (T10, 2.1 → 1.6)',
		a: t10,
		b: t10,
		rulesetA: '2.1',
		rulesetB: '1.6',
		moves: 'ruleset'
	}
];

describe('decomposeChange: each driver isolated', () => {
	it.each(cases)('$name', ({ a, b, rulesetA = '2.1', rulesetB = '2.1', moves }) => {
		const d = decompose(
			{ input: a, ruleset: ruleset(rulesetA) },
			{ input: b, ruleset: ruleset(rulesetB) }
		);
		for (const driver of changeDrivers) {
			if (driver === moves) expect(partOf(d, driver), driver).not.toBe(0);
			// Exactly zero, not merely small: the untouched drivers do not move at all.
			else expect(partOf(d, driver), driver).toBe(0);
		}
		expect(sum(d.parts.map((p) => p.delta))).toBeCloseTo(d.change, 12);
	});

	it('T10: the ruleset part is the version switch of the VSO placement weight', () => {
		const d = decompose(
			{ input: t10, ruleset: ruleset('1.6') },
			{ input: t10, ruleset: ruleset('1.7') }
		);
		expect(d.from.totalPct).toBeCloseTo(1.875, 12);
		expect(d.to.totalPct).toBeCloseTo(3.75, 12);
		expect(partOf(d, 'ruleset')).toBeCloseTo(1.875, 12);
	});
});

describe('decomposeChange: numbers', () => {
	it('the end points are the engine totals, bit for bit, and the chain is contiguous', () => {
		const b = { ...base, totalFte: 70, purchases: [], targetGroup: [line({ id: 'x' })] };
		const d = decompose(
			{ input: base, ruleset: ruleset('1.7') },
			{ input: b, ruleset: ruleset('2.1') }
		);
		expect(d.from.totalPct).toBe(scoreAssessment(base, ruleset('1.7')).totalPct);
		expect(d.to.totalPct).toBe(scoreAssessment(b, ruleset('2.1')).totalPct);
		d.parts.forEach((part, i) => {
			if (i > 0) expect(part.before).toEqual(d.parts[i - 1]!.after);
			expect(part.delta).toBe(part.after.totalPct - part.before.totalPct);
		});
		expect(d.parts.map((p) => p.driver)).toEqual([...changeDrivers]);
	});

	it('growth: more weighted FTE and more total FTE split as documented', () => {
		// 2 → 4 weighted FTE (two hires) and 50 → 52 total FTE, no purchases.
		const a = assessment({ totalFte: 50, targetGroup: [line({ id: 'p' }), line({ id: 'q' })] });
		const b = assessment({
			totalFte: 52,
			targetGroup: [line({ id: 'p' }), line({ id: 'q' }), line({ id: 'r' }), line({ id: 's' })]
		});
		const d = decompose({ input: a, ruleset: ruleset() }, { input: b, ruleset: ruleset() });
		expect(partOf(d, 'weightedFte')).toBeCloseTo(4, 12); // 2 / 50 × 100, at the old size
		expect(partOf(d, 'totalFte')).toBeCloseTo(400 / 52 - 8, 12); // dilution at the new numerator
		expect(d.change).toBeCloseTo(400 / 52 - 4, 12);
	});

	it('a binding cap: purchases are valued against the final direct %', () => {
		const a = assessment({ totalFte: 50, targetGroup: [line({ id: 'p', hoursPerWeek: 4 })] });
		const b = { ...a, purchases: [purchaseForFte(5)] };
		const d = decompose({ input: a, ruleset: ruleset() }, { input: b, ruleset: ruleset() });
		expect(d.to.countedIndirectPct).toBeCloseTo(4 * d.to.directPct, 12);
		expect(partOf(d, 'indirect')).toBeCloseTo(4 * d.to.directPct, 12);
	});

	it('norm shift: sizes, rulesets and the rung B would have under A’s norms', () => {
		const a = assessment({ totalFte: 50, targetGroup: [line({ id: 'p' }), line({ id: 'q' })] });
		const b = { ...a, totalFte: 20 };
		// A stricter handbook: trede 2 and 3 three points higher at every size.
		const stricter = structuredClone(ruleset('2.1'));
		for (const row of stricter.norms.table) {
			row.trede2 += 3;
			row.trede3 += 3;
		}
		const d = decompose({ input: a, ruleset: ruleset('1.9') }, { input: b, ruleset: stricter });
		expect(d.normShift.rows.map((r) => r.size)).toEqual([50, 20]);
		expect(d.normShift.rows[0]!.underA.norms.trede2).toBe(3.7);
		expect(d.normShift.rows[1]!.underB.norms.trede2).toBeCloseTo(10.3, 12);
		expect(d.normShift.rows.every((r) => r.differs)).toBe(true);
		expect(d.normShift.differingSizes).toBe(104);
		// 10 % at size 20: trede 2 by the old norms (7.3), trede 1 by the new (10.3).
		expect(d.normShift.rungs).toEqual({
			from: 'trede-2',
			toUnderNormsOfA: 'trede-2',
			to: 'trede-1'
		});
		// Norms move the rung, never the %.
		expect(d.parts.find((p) => p.driver === 'ruleset')!.delta).toBe(0);
	});

	it('1.9 and 2.1 share their norm numbers', () => {
		const d = decompose(
			{ input: base, ruleset: ruleset('1.9') },
			{ input: base, ruleset: ruleset('2.1') }
		);
		expect(d.normShift.differingSizes).toBe(0);
		expect(d.normShift.rows).toHaveLength(1);
	});
});

describe('decomposeChange: properties', () => {
	const rulesets = fc.constantFrom(...shippedIds).map((id) => ruleset(id));

	it('the parts add up to the whole change, and the display rounding adds up exactly', () => {
		fc.assert(
			fc.property(assessmentArbitrary, assessmentArbitrary, rulesets, rulesets, (a, b, ra, rb) => {
				const d = decompose({ input: a, ruleset: ra }, { input: b, ruleset: rb });
				expect(d.from.totalPct).toBe(scoreAssessment(a, ra).totalPct);
				expect(d.to.totalPct).toBe(scoreAssessment(b, rb).totalPct);
				const parts = sum(d.parts.map((p) => p.delta));
				expect(Math.abs(parts - d.change)).toBeLessThanOrEqual(
					1e-9 * Math.max(1, Math.abs(d.change))
				);
				const shown = roundDecomposition(d);
				expect(shown.fromUnits + sum(shown.partUnits)).toBe(shown.toUnits);
				expect(sum(shown.partUnits)).toBe(shown.changeUnits);
				shown.partUnits.forEach((units, i) => {
					// Never more than one unit (0.01 pp) away from the part's own rounding...
					expect(Math.abs(units - d.parts[i]!.delta * 100)).toBeLessThan(1.5 + 1e-9);
					// ...and an unmoved driver shows exactly 0.
					if (d.parts[i]!.delta === 0) expect(units).toBe(0);
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('swapping A and B negates every part when the ruleset is the same', () => {
		fc.assert(
			fc.property(assessmentArbitrary, assessmentArbitrary, rulesets, (a, b, r) => {
				const forward = decompose({ input: a, ruleset: r }, { input: b, ruleset: r });
				const backward = decompose({ input: b, ruleset: r }, { input: a, ruleset: r });
				expect(backward.change).toBeCloseTo(-forward.change, 9);
				expect(partOf(forward, 'ruleset')).toBe(0);
				expect(partOf(backward, 'ruleset')).toBe(0);
			}),
			{ numRuns: 100 }
		);
	});
});

describe('roundDecomposition', () => {
	const state = (totalPct: number) => ({
		weightedFte: 0,
		totalFte: 1,
		indirectFte: 0,
		capFactor: 4,
		directPct: totalPct,
		countedIndirectPct: 0,
		totalPct
	});
	const parts = (deltas: number[]) =>
		deltas.map((delta, i) => ({
			driver: changeDrivers[i]!,
			before: state(0),
			after: state(0),
			delta
		}));

	it.each([
		{ from: 1, deltas: [1 / 3, 1 / 3, 1 / 3, 0], shownParts: [0.34, 0.33, 0.33, 0] },
		{ from: 3.334, deltas: [0.001, 0.001, 0, 0], shownParts: [0.01, 0, 0, 0] },
		{ from: 2.005, deltas: [-0.0049, -0.0051, 0, 0.0001], shownParts: [0, -0.01, 0, 0] },
		{ from: 0, deltas: [0, 0, 0, 0], shownParts: [0, 0, 0, 0] }
	])('from $from by $deltas shows $shownParts', ({ from, deltas, shownParts }) => {
		const to = from + sum(deltas);
		const shown = roundDecomposition({ from: state(from), to: state(to), parts: parts(deltas) });
		expect(shown.parts).toEqual(shownParts);
		expect(shown.fromUnits + sum(shown.partUnits)).toBe(shown.toUnits);
	});
});

// Issue 8: an overflowing purchase (stored before the input limits) once made the display
// rounding loop forever on NaN, freezing the server for everyone. Whatever the stored
// numbers, the decomposition answers at once: null when a total is not a finite number.
describe('decomposeChange: inputs beyond what the engine can compute', () => {
	const huge = (overrides: Partial<ReturnType<typeof purchaseForFte>>) =>
		assessment({ ...base, purchases: [{ ...purchaseForFte(0.3), ...overrides }] });
	it.each([
		{ name: '1e308 euros from a small supplier', b: huge({ amount: 1e308, supplierTurnover: 1 }) },
		{ name: 'Number.MAX_VALUE euros', b: huge({ amount: Number.MAX_VALUE, supplierFte: 1e9 }) },
		{
			name: 'two purchases of 1e308 euros (their sum overflows)',
			b: assessment({
				...base,
				purchases: [1, 2].map(() => ({ ...purchaseForFte(0.3), amount: 1e308, supplierFte: 1e6 }))
			})
		},
		{ name: 'an Infinity amount', b: huge({ amount: Infinity }) },
		{ name: 'a NaN amount', b: huge({ amount: NaN }) },
		{ name: 'a NaN supplier share', b: huge({ supplierDirectPct: NaN }) },
		{ name: 'an Infinity totalFte', b: assessment({ ...base, totalFte: Infinity }) }
	])('$name: answers within 1 s, never a NaN part', ({ b }) => {
		for (const [x, y] of [
			[base, b],
			[b, base],
			[b, b]
		] as const) {
			const started = performance.now();
			const d = decomposeChange(
				{ input: x, ruleset: ruleset('1.9') },
				{ input: y, ruleset: ruleset() }
			);
			if (d !== null) {
				const shown = roundDecomposition(d);
				for (const value of [d.change, ...d.parts.map((p) => p.delta), ...shown.parts]) {
					expect(Number.isFinite(value)).toBe(true);
				}
			}
			expect(performance.now() - started).toBeLessThan(1000);
		}
	});

	it('a huge but finite amount that the engine can still compute is decomposed', () => {
		const d = decompose(
			{ input: base, ruleset: ruleset() },
			{ input: huge({ amount: 1e308 }), ruleset: ruleset() }
		);
		// Indirect counts at most `cap` × direct: the purchase part is bounded, not astronomic.
		expect(partOf(d, 'indirect')).toBeGreaterThan(0);
		expect(d.to.totalPct).toBeLessThanOrEqual(5 * d.to.directPct + 1e-9);
	});
});

describe('roundDecomposition: bounded', () => {
	const state = (totalPct: number) => ({
		weightedFte: 0,
		totalFte: 1,
		indirectFte: 0,
		capFactor: 4,
		directPct: totalPct,
		countedIndirectPct: 0,
		totalPct
	});
	const withParts = (from: number, to: number, deltas: number[]) => ({
		from: state(from),
		to: state(to),
		parts: deltas.map((delta, i) => ({
			driver: changeDrivers[i]!,
			before: state(0),
			after: state(0),
			delta
		}))
	});

	it.each([
		{ name: 'NaN total', d: withParts(1, NaN, [0, 0, 0, NaN]) },
		{ name: 'Infinity part', d: withParts(1, 2, [0, Infinity, 0, 0]) },
		{ name: '-Infinity from', d: withParts(-Infinity, 2, [0, 0, 0, 1]) }
	])('refuses $name at once instead of looping', ({ d }) => {
		expect(() => roundDecomposition(d)).toThrow(RangeError);
	});

	it('parts too large to add up exactly end after a bounded number of steps', () => {
		const started = performance.now();
		// 1e300 × 100 units: the rounding difference is astronomic, the loop must still end.
		const shown = roundDecomposition(withParts(0, 3e300, [1e300, 1e300, 1e300, 1]));
		expect(shown.partUnits).toHaveLength(4);
		expect(performance.now() - started).toBeLessThan(100);
	});
});
