// PSO 30+ (contract §3.14): which lines qualify, both shares, and the reasons.
import { describe, expect, it } from 'vitest';
import type { AssessmentInput, TargetGroupLine } from './assessment-schema';
import { scoreAssessment } from './score';
import { assessment, line, ruleset, type ShippedId } from './test-support/assessment-builder';

/** 10 FTE, headcount 10, trede 3 by 4 full-time Wajong; plus the line under test. */
function withLine(
	overrides: Partial<TargetGroupLine>,
	id: ShippedId = '2.1',
	extra: Partial<AssessmentInput> = {}
) {
	const base = Array.from({ length: 4 }, () => line());
	return scoreAssessment(
		assessment({
			totalFte: 10,
			organisation: { monthsActive: 24, headcount: 10 },
			targetGroup: [...base, line(overrides)],
			...extra
		}),
		ruleset(id)
	);
}

/** Persons counted for 30+ beyond the 4 base lines. */
function extraQualifying(overrides: Partial<TargetGroupLine>, id: ShippedId = '2.1'): number {
	const headcountPct = withLine(overrides, id).pso30plus.headcountPct ?? 0;
	return Math.round(headcountPct / 10) - 4;
}

describe('which lines qualify', () => {
	it.each<[string, Partial<TargetGroupLine>, ShippedId, number]>([
		['Wajong, regular', { position: 'wajong' }, '2.1', 1],
		['Wsw, supported employment', { position: 'wsw', contract: 'supported' }, '2.1', 1],
		['WIA, regular', { position: 'wia-wao' }, '2.1', 1],
		['BBL/BOL 1: excluded', { position: 'bbl-bol-1' }, '2.1', 0],
		['BBL/BOL 2: excluded', { position: 'bbl-bol-2' }, '2.1', 0],
		['BBL/BOL 3-4: not excluded by the contract', { position: 'bbl-bol-3-4' }, '2.1', 1],
		[
			'VSO/PrO on a placement: excluded',
			{ position: 'vso-pro', contract: 'placement', start: '2024-01-01' },
			'2.1',
			0
		],
		['VSO/PrO on a regular contract', { position: 'vso-pro' }, '2.1', 1],
		[
			'Participatiewet without further indication',
			{ position: 'participatiewet', start: '2023-01-01' },
			'2.1',
			0
		],
		[
			'Participatiewet with further indication',
			{ position: 'participatiewet', start: '2023-01-01', furtherIndication: true },
			'2.1',
			1
		],
		[
			'Participatiewet-LKS with further indication',
			{ position: 'participatiewet-lks', start: '2023-01-01', furtherIndication: true },
			'2.1',
			1
		],
		[
			'statushouder without further indication',
			{ position: 'statushouder', start: '2023-01-01' },
			'2.1',
			0
		],
		[
			'statushouder with further indication',
			{ position: 'statushouder', start: '2023-01-01', furtherIndication: true },
			'2.1',
			1
		],
		[
			'ukraine-tpd with further indication',
			{ position: 'ukraine-tpd', start: '2023-01-01', furtherIndication: true },
			'2.1',
			1
		],
		['WW without further indication', { position: 'ww', wwMonths: 12 }, '2.1', 0],
		[
			'WW with further indication',
			{ position: 'ww', wwMonths: 12, furtherIndication: true },
			'2.1',
			1
		],
		[
			'WW with further indication but < 6 months: does not count at all',
			{ position: 'ww', wwMonths: 3, furtherIndication: true },
			'2.1',
			0
		],
		['zero-hours contract: never', { contract: 'zero-hours' }, '2.1', 0],
		['placement contract: never', { contract: 'placement', start: '2024-01-01' }, '2.1', 0],
		['trial placement: never', { contract: 'trial' }, '2.1', 0],
		['durable secondment from 1.7', { contract: 'secondment-flex', durable: true }, '1.7', 1],
		['durable secondment under 2.1', { contract: 'secondment-flex', durable: true }, '2.1', 1],
		['non-durable secondment', { contract: 'secondment-flex' }, '2.1', 0],
		[
			'durable secondment under 1.6: never',
			{ contract: 'secondment-flex', durable: true },
			'1.6',
			0
		],
		['left before period end', { end: '2025-11-30' }, '2.1', 0],
		[
			'counting window ended before period end',
			{ position: 'participatiewet', start: '2020-06-01', furtherIndication: true },
			'2.1',
			0
		],
		[
			'position unknown to the ruleset',
			{ position: 'ukraine-tpd', furtherIndication: true },
			'1.6',
			0
		]
	])('%s: %i', (_name, overrides, id, expected) => {
		expect(extraQualifying(overrides, id)).toBe(expected);
	});
});

describe('shares and eligibility', () => {
	it('uses unweighted FTE for the FTE share', () => {
		// 4 Wajong + 1 WW (further indication) at 0.75 weight: weighted 4.75, unweighted 5.
		const result = withLine({ position: 'ww', wwMonths: 12, furtherIndication: true });
		expect(result.direct.weightedFte).toBeCloseTo(4.75, 12);
		expect(result.pso30plus.ftePct).toBeCloseTo(50, 12);
	});

	it('counts part-year FTE but a person on period end as one', () => {
		const result = withLine({ start: '2025-07-01', hoursPerWeek: 20 });
		expect(result.pso30plus.headcountPct).toBe(50);
		expect(result.pso30plus.ftePct).toBeCloseTo(40 + (100 * 0.5 * 184) / 365 / 10, 12);
	});

	it.each<[string, number, number | null, boolean, string[]]>([
		['both shares at exactly 30 %', 3, 10, true, []],
		['headcount share below 30 %', 3, 11, false, ['headcount-share-below-30']],
		['no headcount', 3, null, false, ['headcount-missing']]
	])('%s', (_name, people, headcount, eligible, reasons) => {
		// 3 full-time Wajong in 10 FTE = 30 %: trede 3 at size 10 (15.5 %).
		const result = scoreAssessment(
			assessment({
				totalFte: 10,
				organisation: headcount === null ? { monthsActive: 24 } : { monthsActive: 24, headcount },
				targetGroup: Array.from({ length: people }, () => line())
			}),
			ruleset()
		);
		expect(result.rung).toBe('trede-3');
		expect(result.pso30plus.eligible).toBe(eligible);
		expect(result.pso30plus.reasons).toEqual(reasons);
		if (headcount === null) expect(result.pso30plus.headcountPct).toBeNull();
	});

	it('needs the final rung, not just the quantitative one', () => {
		const result = withLine({}, '2.1', { qualitative: { suitableWork: 'met' } });
		expect(result.quantitativeRung).toBe('trede-3');
		expect(result.pso30plus.reasons).toEqual(['rung-below-trede-3']);
	});

	it('FTE share below 30 % while headcount share passes', () => {
		const result = scoreAssessment(
			assessment({
				totalFte: 10,
				organisation: { monthsActive: 24, headcount: 10 },
				// 3 of 10 persons (30 %), 2.1 of 10 FTE (21 %, still trede 3 at size 10).
				targetGroup: [line(), line(), line({ hoursPerWeek: 4 })]
			}),
			ruleset()
		);
		expect(result.rung).toBe('trede-3');
		expect(result.pso30plus.reasons).toEqual(['fte-share-below-30']);
	});

	it('purchases never count for 30+', () => {
		const plain = withLine({ contract: 'trial' });
		const withPurchase = withLine({ contract: 'trial' }, '2.1', {
			purchases: [
				{
					supplier: 'X',
					kind: 'pso-certified',
					amount: 1e6,
					supplierTurnover: 1e6,
					supplierFte: 10,
					supplierDirectPct: 100
				}
			]
		});
		expect(withPurchase.pso30plus).toEqual(plain.pso30plus);
	});

	it('warns when more persons qualify than the headcount', () => {
		const result = scoreAssessment(
			assessment({
				totalFte: 10,
				organisation: { headcount: 3 },
				targetGroup: Array.from({ length: 4 }, () => line())
			}),
			ruleset()
		);
		expect(result.warnings).toContain('headcount-below-qualifying-persons');
	});

	it('flags unconfirmed 30+ rules only when 30+ is decided by the shares', () => {
		const statushouder = {
			position: 'statushouder' as const,
			start: '2023-01-01',
			furtherIndication: true
		};
		expect(withLine(statushouder).warnings).toContain('unconfirmed-rule');
		const lowRung = withLine(statushouder, '2.1', { qualitative: {} });
		expect(lowRung.warnings).not.toContain('unconfirmed-rule');
	});
});
