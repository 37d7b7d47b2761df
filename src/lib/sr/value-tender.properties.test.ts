// Invariants of valueTender over generated policies and tenders (fast-check): every range is
// ordered, the credit never exceeds the obligation, nothing remains below 0 (SR §3.5, §4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedPolicyIds, getPolicy } from './policy-registry';
import { inlinePolicySchema, type SrPolicy } from './policy-schema';
import { srResultSchema, type Range, type SrResult } from './result-schema';
import { parseTender, type SrTender } from './tender-schema';
import { valueTender } from './value-tender';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const pct = fc.double({ min: 0, max: 100, noNaN: true });
const num = (arb: fc.Arbitrary<number>) =>
	maybe(arb).map((value) =>
		value === null ? { value: null, provenance: 'unknown' } : { value, provenance: 'user' }
	);
const euro = fc.double({ min: 0, max: 1e9, noNaN: true });
const rungs = ['aspirant', 'basistrede', 'trede-1', 'trede-2', 'trede-3', 'pso30plus'] as const;

const effect = fc.oneof(
	fc.constant({ kind: 'fulfils_obligation' }),
	num(pct).map((p) => ({ kind: 'reduces_obligation_pct', pct: p })),
	num(pct).map((p) => ({ kind: 'alternative_route', sharePct: p })),
	fc.constant({ kind: 'none' }),
	fc.constant({ kind: 'unknown' })
);

const policyArbitrary: fc.Arbitrary<SrPolicy> = fc
	.record({
		thresholds: fc.uniqueArray(
			fc.record({
				scope: fc.constantFrom('works', 'services', 'supplies', 'all'),
				minContractValueExVat: num(euro),
				minLabourSharePct: fc.option(pct, { nil: undefined })
			}),
			{ selector: (t) => t.scope, maxLength: 4 }
		),
		standardPct: num(pct),
		reducedPct: fc.option(fc.record({ pct: num(pct), belowLabourSharePct: pct }), {
			nil: undefined
		}),
		psoRules: fc.uniqueArray(
			fc.record({
				rung: fc.constantFrom(...rungs),
				effect,
				validForWholeContract: fc.boolean()
			}),
			{ selector: (r) => r.rung, maxLength: 6 }
		),
		buildingBlocks: fc.uniqueArray(
			fc.record({
				code: fc.constantFrom('a', 'b', 'c', 'd'),
				label: fc.constant('Blok'),
				valueEur: num(fc.double({ min: 1, max: 1e6, noNaN: true })),
				unit: fc.constantFrom('fte_year', 'month', 'day', undefined)
			}),
			{ selector: (b) => b.code, maxLength: 4 }
		)
	})
	.map((fields) => inlinePolicySchema.parse({ id: 'generated', ...fields }));

const date = fc
	.integer({ min: 0, max: 3650 })
	.map((days) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));

const tenderArbitrary: fc.Arbitrary<SrTender> = fc
	.record({
		contractValue: fc.double({ min: 0.01, max: 1e12, noNaN: true }),
		scope: fc.constantFrom('works', 'services', 'supplies'),
		labourSharePct: maybe(pct),
		dates: fc.tuple(date, date).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
		pctOverride: fc.option(pct, { nil: null, freq: 3 }),
		certificate: maybe(
			fc.record({
				rung: fc.constantFrom('aspirant', 'basistrede', 'trede-1', 'trede-2', 'trede-3'),
				pso30plus: fc.boolean(),
				validUntil: date
			})
		),
		estimate: fc.boolean()
	})
	.map(({ dates, certificate, ...rest }) => {
		const parsed = parseTender({
			format: 'sr-tender/1',
			policy: 'generated',
			start: dates[0],
			end: dates[1],
			certificate:
				certificate === null
					? null
					: { ...certificate, pso30plus: certificate.rung === 'trede-3' && certificate.pso30plus },
			...rest
		});
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
		return parsed.value;
	});

const shipped = fc.constantFrom(...shippedPolicyIds()).map((id) => getPolicy(id)!);
const anyPolicy = fc.oneof(policyArbitrary, shipped);

function ranges(result: SrResult): Range[] {
	const years = result.fill.flatMap((entry) => (entry.fteYears === null ? [] : [entry.fteYears]));
	return [result.obligation, result.credit, result.remaining, ...years];
}

describe('valueTender invariants', () => {
	it('min <= max in every range, and the result is a valid sr-result/1', () => {
		fc.assert(
			fc.property(tenderArbitrary, anyPolicy, (tender, policy) => {
				const result = valueTender(tender, policy);
				for (const r of ranges(result)) expect(r.min).toBeLessThanOrEqual(r.max);
				expect(srResultSchema.safeParse(result).success).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('the credit is never above the obligation, the remaining amount never below 0', () => {
		fc.assert(
			fc.property(tenderArbitrary, anyPolicy, (tender, policy) => {
				const { obligation, credit, remaining } = valueTender(tender, policy);
				expect(credit.min).toBeLessThanOrEqual(obligation.min);
				expect(credit.max).toBeLessThanOrEqual(obligation.max);
				expect(remaining.min).toBeGreaterThanOrEqual(0);
				expect(remaining.max).toBeLessThanOrEqual(obligation.max);
			}),
			{ numRuns: 500 }
		);
	});

	it('a known obligation and share give min == max and credit + remaining = obligation (±1 euro)', () => {
		fc.assert(
			fc.property(tenderArbitrary, policyArbitrary, (tender, policy) => {
				const result = valueTender(tender, policy);
				if (result.obligation.min !== result.obligation.max) return;
				if (result.credit.min !== result.credit.max) return;
				const sum = result.credit.min + result.remaining.min;
				expect(Math.abs(sum - result.obligation.min)).toBeLessThanOrEqual(1);
				expect(result.remaining.min).toBe(result.remaining.max);
			}),
			{ numRuns: 300 }
		);
	});

	it('not applicable means no obligation and no warnings', () => {
		fc.assert(
			fc.property(tenderArbitrary, policyArbitrary, (tender, policy) => {
				const result = valueTender(tender, policy);
				if (result.applicable !== false) return;
				expect([result.obligation, result.credit, result.remaining]).toEqual([
					{ min: 0, max: 0 },
					{ min: 0, max: 0 },
					{ min: 0, max: 0 }
				]);
				expect(result.warnings).toEqual([]);
				expect(result.conditional).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});
});
