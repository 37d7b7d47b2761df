// Contract §6.3 (PSO 30+ conditions of handbook 1.7) and §6.4 (smaller settlements),
// table-driven.
import { describe, expect, it } from 'vitest';
import type { AssessmentInput, TargetGroupLine } from './assessment-schema';
import { contribution } from './contribution';
import { scoreAssessment, solveNextRung } from './score';
import { storedResultSchema } from './result-schema';
import {
	assessment,
	line,
	purchaseForFte,
	ruleset,
	type ShippedId
} from './test-support/assessment-builder';
import { fixture } from './test-support/fixtures';

/** 10 FTE, headcount 10, trede 3 by three qualifying persons plus `lines`. */
function thirtyPlus(lines: Partial<TargetGroupLine>[], extra: Partial<AssessmentInput> = {}) {
	return assessment({
		totalFte: 10,
		organisation: { monthsActive: 24, headcount: 10 },
		targetGroup: lines.map((overrides) => line(overrides)),
		...extra
	});
}

const flex = { contract: 'secondment-flex', durable: true } as const;

describe('PSO 30+ conditions (contract §6.3)', () => {
	it.each<[string, ShippedId, Partial<TargetGroupLine>, number]>([
		// [case, ruleset, the fourth line, qualifying persons (3 regular + this one)]
		['flex, started 6 months before the end', '1.7', { ...flex, start: '2025-06-30' }, 4],
		['flex, started one day later', '1.7', { ...flex, start: '2025-07-01' }, 3],
		['flex under 1.6: secondments never qualify', '1.6', { ...flex, start: '2020-01-01' }, 3],
		['flex under 2.1, started long ago', '2.1', { ...flex, start: '2020-01-01' }, 4],
		['regular at 2 hours a week', '1.7', { hoursPerWeek: 2 }, 4],
		['regular at 1.99 hours a week (1.7)', '1.7', { hoursPerWeek: 1.99 }, 3],
		['a 0-hour line is not a person (1.9)', '1.9', { hoursPerWeek: 0 }, 3],
		['a 0-hour line still counts under 1.6', '1.6', { hoursPerWeek: 0 }, 4]
	])('%s (ruleset %s)', (_name, id, fourth, persons) => {
		const input = thirtyPlus([{}, {}, {}, fourth]);
		const result = scoreAssessment(input, ruleset(id));
		expect(result.pso30plus.headcountPct).toBeCloseTo(persons * 10, 9);
	});

	it('the 6 months are month arithmetic clamped to the last day (31 Aug → 28 Feb)', () => {
		const period = { start: '2024-09-01', end: '2025-08-31' };
		const persons = (start: string) =>
			scoreAssessment(thirtyPlus([{ ...flex, start }], { period }), ruleset('1.7')).pso30plus
				.headcountPct;
		expect(persons('2025-02-28')).toBe(10);
		expect(persons('2025-03-01')).toBe(0);
	});

	it.each<[string, ShippedId, number | undefined, string[], boolean, number | null]>([
		// [case, ruleset, headcount, reasons, kernteamPossible, regularPct]
		['1.7: only the regular fifth misses', '1.7', 10, ['regular-share-below-fifth'], true, 0],
		['1.9: the same', '1.9', 10, ['regular-share-below-fifth'], true, 0],
		[
			'1.6: no such condition, regularPct still given',
			'1.6',
			10,
			['headcount-share-below-30', 'fte-share-below-30'],
			false,
			0
		],
		[
			'1.7 without headcount: no fifth reason, no share',
			'1.7',
			undefined,
			['headcount-missing'],
			false,
			null
		]
	])('%s', (_name, id, headcount, reasons, kernteam, regularPct) => {
		// Three durable full-time secondments in 10 FTE: 27 % direct (trede 3), 30 % shares.
		const input = thirtyPlus(
			[flex, flex, flex].map((f) => ({ ...f, start: '2020-01-01' })),
			{
				organisation: { monthsActive: 24, ...(headcount === undefined ? {} : { headcount }) }
			}
		);
		const { pso30plus, rung } = scoreAssessment(input, ruleset(id));
		expect(rung).toBe('trede-3');
		expect(pso30plus.reasons).toEqual(reasons);
		expect(pso30plus.kernteamPossible).toBe(kernteam);
		expect(pso30plus.regularPct).toBe(regularPct);
	});

	it('kernteamPossible is false when another condition misses too', () => {
		const input = thirtyPlus([{ ...flex, start: '2020-01-01' }]);
		const { pso30plus } = scoreAssessment(input, ruleset('1.7'));
		expect(pso30plus.reasons).toContain('regular-share-below-fifth');
		expect(pso30plus.kernteamPossible).toBe(false);
	});

	it('the 30+ plan reaches the regular fifth too: one regular hire', () => {
		const input = thirtyPlus([flex, flex, flex].map((f) => ({ ...f, start: '2020-01-01' })));
		expect(solveNextRung(input, ruleset('1.7'), 'pso-30plus')).toEqual({
			rung: 'pso-30plus',
			extraQualifyingPersons: 1,
			extraQualifyingFte: 1
		});
	});

	it('the 30+ entry is present with 0 hires when the organisation already qualifies', () => {
		const result = scoreAssessment(thirtyPlus([{}, {}, {}]), ruleset('1.7'));
		expect(result.pso30plus.eligible).toBe(true);
		expect(result.nextRungs).toEqual([
			{ rung: 'pso-30plus', extraQualifyingPersons: 0, extraQualifyingFte: 0 }
		]);
	});

	it('under 2.1 the conditions are unconfirmed at trede 3', () => {
		const input = thirtyPlus([{}, {}, {}]);
		expect(scoreAssessment(input, ruleset('2.1')).warnings).toContain('unconfirmed-rule');
		expect(scoreAssessment(input, ruleset('1.9')).warnings).not.toContain('unconfirmed-rule');
	});
});

describe('participatiewet-lks without lksUntil (contract §6.4, §6.6 item 5)', () => {
	const lks = { position: 'participatiewet-lks' } as const;

	it.each<[string, Partial<TargetGroupLine>, number, string | null]>([
		// [case, line, weighted FTE, countsUntil]
		['inflow 10 years ago: counts the whole period', { ...lks, start: '2015-01-01' }, 1, null],
		[
			'a later inflow still starts the window',
			{ ...lks, start: '2020-01-01', inflow: '2025-07-01' },
			184 / 365,
			null
		],
		[
			'a placement keeps its 3 years',
			{ ...lks, contract: 'placement', start: '2022-07-01' },
			(181 / 365) * 0.75,
			'2025-06-30'
		],
		[
			'with an end date: the later of it and 5 years',
			{ ...lks, start: '2015-01-01', lksUntil: '2025-06-30' },
			181 / 365,
			'2025-06-30'
		]
	])('%s', (_name, overrides, weighted, countsUntil) => {
		const result = scoreAssessment(assessment({ targetGroup: [line(overrides)] }), ruleset('2.1'));
		const [scored] = result.lines;
		expect(scored?.weightedFte).toBeCloseTo(weighted, 12);
		expect(scored?.countsUntil).toBe(countsUntil);
		expect(result.warnings.includes('lks-end-unknown')).toBe(overrides.lksUntil === undefined);
	});
});

describe('tolerances (contract §6.4)', () => {
	it('ww months compare exactly', () => {
		const weighted = (wwMonths: number) =>
			scoreAssessment(assessment({ targetGroup: [line({ position: 'ww', wwMonths })] }), ruleset())
				.direct.weightedFte;
		expect(weighted(6)).toBe(0.75);
		expect(weighted(6 - 1e-10)).toBe(0);
	});

	it('indirect is capped only beyond 4 × direct + 1e-9', () => {
		// Indirect % = 100 × 1 / (50 + 1); direct set so that 4 × direct is 5e-10 below it.
		const indirectPct = 100 / 51;
		const within = contribution(((indirectPct - 5e-10) / 4) * 0.5, 50, 1, 4);
		expect(within.capped).toBe(false);
		const beyond = contribution(((indirectPct - 1e-8) / 4) * 0.5, 50, 1, 4);
		expect(beyond.capped).toBe(true);
	});
});

describe('extraPurchaseBlockedBy (contract §6.4, §6.6 item 2)', () => {
	const noYield = { ...purchaseForFte(1), supplierDirectPct: 0 };
	it.each<[string, AssessmentInput, string | null]>([
		['a number: null', assessment({ targetGroup: [line()] }), null],
		[
			'norm above 5 × direct: cap',
			assessment({ targetGroup: [line({ hoursPerWeek: 10 })] }),
			'cap'
		],
		[
			'no FTE per euro: no-yield',
			assessment({ targetGroup: [line()], purchases: [noYield] }),
			'no-yield'
		],
		[
			'both: cap',
			assessment({ targetGroup: [line({ hoursPerWeek: 10 })], purchases: [noYield] }),
			'cap'
		]
	])('%s', (_name, input, blockedBy) => {
		const entry = solveNextRung(input, ruleset(), 'trede-1');
		expect(entry?.extraPurchaseBlockedBy).toBe(blockedBy);
		expect(entry?.extraPurchaseAmount === null).toBe(blockedBy !== null);
	});
});

describe('evidence-missing (contract §6.4, §6.6 item 7)', () => {
	const item = { items: [{ document: 'werkplekaanpassing.pdf' }] };
	it.each<[string, AssessmentInput['evidence'], AssessmentInput['qualitative'], string[]]>([
		['no evidence object: nothing', undefined, undefined, []],
		[
			'every met criterion has an item',
			{ suitableWork: item, integration: item, development: item, guidance: item },
			undefined,
			[]
		],
		[
			'guidance absent from the object',
			{ suitableWork: item, integration: item, development: item },
			undefined,
			['guidance']
		],
		[
			'an empty item list',
			{ suitableWork: item, integration: { items: [] }, development: item, guidance: item },
			undefined,
			['integration']
		],
		[
			'a partial criterion needs none',
			{ suitableWork: item, integration: item, development: item },
			{ suitableWork: 'met', integration: 'met', development: 'met', guidance: 'partial' },
			[]
		]
	])('%s', (_name, evidence, qualitative, missing) => {
		const input = assessment({
			targetGroup: [line()],
			...(evidence === undefined ? {} : { evidence }),
			...(qualitative === undefined ? {} : { qualitative })
		});
		const result = scoreAssessment(input, ruleset());
		expect(result.evidenceMissing).toEqual(missing);
		expect(result.warnings.includes('evidence-missing')).toBe(missing.length > 0);
	});
});

describe('stored results of version 1 stay readable (contract §6.5)', () => {
	it('a result without the version-2 fields parses as a stored result', () => {
		const result = scoreAssessment(fixture('contract-example'), ruleset());
		const { rungRange: _r, likelyRung: _l, evidenceMissing: _e, ...v1 } = result;
		const stored = {
			...v1,
			norms: { ...v1.norms, basistredeModelled: undefined, lenient: undefined },
			pso30plus: { ...v1.pso30plus, regularPct: undefined, kernteamPossible: undefined },
			nextRungs: v1.nextRungs.map((entry) =>
				entry.rung === 'pso-30plus' ? entry : { ...entry, extraPurchaseBlockedBy: undefined }
			)
		};
		const json = JSON.parse(JSON.stringify(stored)) as unknown;
		expect(storedResultSchema.safeParse(json).success).toBe(true);
		expect(storedResultSchema.safeParse(result).success).toBe(true);
	});
});
