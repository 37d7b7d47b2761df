// Per-line counting (contract §3.1, §3.2, §3.16, §4): FTE pro rata, weights, windows.
import { describe, expect, it } from 'vitest';
import type { AssessmentInput, TargetGroupLine } from './assessment-schema';
import type { ContractCode, PositionCode } from './input-codes';
import { scoreAssessment } from './score';
import { assessment, line, ruleset, type ShippedId } from './test-support/assessment-builder';

function scoreLine(
	overrides: Partial<TargetGroupLine>,
	rulesetId: ShippedId = '2.1',
	extra: Partial<AssessmentInput> = {}
) {
	const result = scoreAssessment(
		assessment({ targetGroup: [line(overrides)], ...extra }),
		ruleset(rulesetId)
	);
	const first = result.lines[0];
	if (first === undefined) throw new Error('no line');
	return { line: first, warnings: result.warnings, result };
}

describe('FTE pro rata (contract §3.1)', () => {
	it.each<[string, Partial<TargetGroupLine>, Partial<AssessmentInput>, number]>([
		['full-time, full year', {}, {}, 1],
		['20 of 40 hours', { hoursPerWeek: 20 }, {}, 0.5],
		['0 hours', { hoursPerWeek: 0 }, {}, 0],
		[
			'36 hours on a 36-hour CAO norm',
			{ hoursPerWeek: 36 },
			{ organisation: { fulltimeHours: 36 } },
			1
		],
		[
			'32 hours on a 36-hour CAO norm',
			{ hoursPerWeek: 32 },
			{ organisation: { fulltimeHours: 36 } },
			32 / 36
		],
		['from 1 July', { start: '2025-07-01' }, {}, 184 / 365],
		['until 31 March', { end: '2025-03-31' }, {}, 90 / 365],
		[
			'half-time from 1 July to 30 September',
			{ hoursPerWeek: 20, start: '2025-07-01', end: '2025-09-30' },
			{},
			(0.5 * 92) / 365
		],
		['left before the period', { end: '2024-12-31' }, {}, 0],
		['starts after the period', { start: '2026-01-01' }, {}, 0],
		[
			'last day of a leap-year period',
			{ start: '2024-12-31' },
			{ period: { start: '2024-01-01', end: '2024-12-31' } },
			1 / 366
		],
		['a half-year period', {}, { period: { start: '2025-01-01', end: '2025-06-30' } }, 1]
	])('%s', (_name, overrides, extra, fte) => {
		expect(scoreLine(overrides, '2.1', extra).line.fte).toBeCloseTo(fte, 12);
	});

	it('warns when the period is shorter than a year', () => {
		const short = { period: { start: '2025-01-01', end: '2025-06-30' } };
		expect(scoreLine({}, '2.1', short).warnings).toContain('period-shorter-than-year');
		expect(scoreLine({}).warnings).not.toContain('period-shorter-than-year');
	});
});

describe('position weights (contract §4)', () => {
	const weights: [ShippedId, PositionCode, Partial<TargetGroupLine>, number][] = [
		['2.1', 'wsw', {}, 1],
		['2.1', 'participatiewet', { start: '2023-01-01' }, 1],
		['2.1', 'participatiewet-lks', { start: '2023-01-01' }, 1],
		['2.1', 'statushouder', { start: '2023-01-01' }, 1],
		['2.1', 'ukraine-tpd', { start: '2023-01-01' }, 1],
		['2.1', 'wia-wao', {}, 1],
		['2.1', 'wajong', {}, 1],
		['2.1', 'doelgroepregister', {}, 1],
		['2.1', 'young-disabled-wml', {}, 1],
		['2.1', 'wiw-id', {}, 1],
		['2.1', 'status-lost-2y', {}, 1],
		['2.1', 'ww', { wwMonths: 6 }, 0.75],
		['2.1', 'vso-pro', {}, 1],
		['2.1', 'bbl-bol-1', {}, 0.5],
		['2.1', 'bbl-bol-2', {}, 0.25],
		['2.1', 'bbl-bol-3-4', {}, 0.25],
		['1.6', 'bbl-bol-1', {}, 0.5],
		['1.6', 'bbl-bol-2', {}, 0.25],
		['1.6', 'ww', { wwMonths: 12 }, 0.75],
		['1.6', 'statushouder', { start: '2024-01-01' }, 1],
		['1.6', 'vso-pro', {}, 1]
	];

	it.each(weights)('under %s %s weighs %d', (id, position, extra, weight) => {
		const { line: scored } = scoreLine({ position, ...extra }, id);
		expect(scored.positionWeight).toBe(weight);
		expect(scored.fte).toBe(1);
		expect(scored.weightedFte).toBe(weight);
	});

	it.each<[ShippedId, number]>([
		['1.6', 0.5],
		['1.7', 1],
		['1.9', 1],
		['2.1', 1]
	])('under %s a VSO/PrO pupil on a placement weighs %d for position', (id, weight) => {
		const { line: scored } = scoreLine(
			{ position: 'vso-pro', contract: 'placement', start: '2024-09-01' },
			id
		);
		expect(scored.positionWeight).toBe(weight);
		expect(scored.weightedFte).toBeCloseTo(weight * 0.75, 12);
	});
});

describe('contract weights multiply with position weights (contract §3.2)', () => {
	it.each<[ContractCode, number]>([
		['regular', 1],
		['supported', 1],
		['secondment-flex', 0.9],
		['zero-hours', 0.9],
		['placement', 0.75],
		['trial', 0.5]
	])('%s weighs %d', (contract, weight) => {
		const { line: scored } = scoreLine({
			contract,
			position: 'ww',
			wwMonths: 6,
			start: '2024-01-01'
		});
		expect(scored.contractWeight).toBe(weight);
		expect(scored.weightedFte).toBeCloseTo(0.75 * weight, 12);
	});
});

describe('counting windows (contract §3, §4)', () => {
	const windows: [string, ShippedId, Partial<TargetGroupLine>, number, boolean, string | null][] = [
		// [name, ruleset, line, counted days in 2025, countsOnPeriodEnd, countsUntil]
		[
			'Participatiewet inflow 2020-03-01 + 5 years counts through 2025-02-28',
			'2.1',
			{ position: 'participatiewet', start: '2020-03-01' },
			59,
			false,
			'2025-02-28'
		],
		[
			'from 29 February the 5 years end on 28 February',
			'2.1',
			{ position: 'participatiewet', start: '2020-02-29' },
			59,
			false,
			'2025-02-28'
		],
		[
			'a window ending on the last day of the period covers it',
			'2.1',
			{ position: 'participatiewet', start: '2021-01-01' },
			365,
			true,
			'2025-12-31'
		],
		[
			'under 1.6 the window is 3 years',
			'1.6',
			{ position: 'participatiewet', start: '2022-03-01' },
			59,
			false,
			'2025-02-28'
		],
		[
			'under 1.7 the window is 5 years',
			'1.7',
			{ position: 'participatiewet', start: '2022-03-01' },
			365,
			true,
			'2027-02-28'
		],
		[
			'statushouder: 3 years under 1.6',
			'1.6',
			{ position: 'statushouder', start: '2022-07-01' },
			181,
			false,
			'2025-06-30'
		],
		[
			'statushouder: 5 years from 1.7',
			'1.9',
			{ position: 'statushouder', start: '2022-07-01' },
			365,
			true,
			'2027-06-30'
		],
		[
			'ukraine-tpd: 5 years from inflow',
			'2.1',
			{ position: 'ukraine-tpd', start: '2022-03-15' },
			365,
			true,
			'2027-03-14'
		],
		[
			'the window runs from inflow, not start',
			'2.1',
			{ position: 'participatiewet', start: '2022-01-01', inflow: '2020-07-01' },
			181,
			false,
			'2025-06-30'
		],
		[
			'days before start never count, whatever inflow says',
			'2.1',
			{ position: 'participatiewet', start: '2025-07-01', inflow: '2024-01-01' },
			184,
			true,
			'2028-12-31'
		],
		[
			'a window that ended before start counts nothing',
			'2.1',
			{ position: 'participatiewet', start: '2023-05-01', inflow: '2018-01-01' },
			0,
			false,
			'2022-12-31'
		],
		[
			'LKS beyond 5 years: the later end wins',
			'2.1',
			{ position: 'participatiewet-lks', start: '2019-01-01', lksUntil: '2025-06-30' },
			181,
			false,
			'2025-06-30'
		],
		[
			'LKS ending within 5 years: 5 years win',
			'2.1',
			{ position: 'participatiewet-lks', start: '2021-01-01', lksUntil: '2022-01-01' },
			365,
			true,
			'2025-12-31'
		],
		[
			// Version 2 (§6.4): without lksUntil the subsidy is taken as still running.
			'LKS without an end date: counts through the period',
			'2.1',
			{ position: 'participatiewet-lks', start: '2019-01-01' },
			365,
			true,
			null
		],
		[
			'Wsw until the indication ends, inclusive',
			'2.1',
			{ position: 'wsw', indicationUntil: '2025-09-30' },
			273,
			false,
			'2025-09-30'
		],
		['Wsw without an indication end', '2.1', { position: 'wsw' }, 365, true, null],
		['VSO/PrO still at school: no window', '2.1', { position: 'vso-pro' }, 365, true, null],
		[
			'VSO/PrO: 5 years after leaving school',
			'2.1',
			{ position: 'vso-pro', schoolLeft: '2020-07-01' },
			181,
			false,
			'2025-06-30'
		],
		[
			'placement: at most 3 years from start',
			'2.1',
			{ contract: 'placement', start: '2022-07-01' },
			181,
			false,
			'2025-06-30'
		],
		[
			'placement and position windows: the earlier end',
			'2.1',
			{ position: 'participatiewet', contract: 'placement', start: '2023-03-01' },
			365,
			true,
			'2026-02-28'
		],
		['no window: countsUntil null', '2.1', { position: 'wajong' }, 365, true, null],
		[
			'left mid-year: employment ends, window does not',
			'2.1',
			{ position: 'wajong', end: '2025-06-30' },
			181,
			false,
			null
		],
		[
			'left mid-year inside a window',
			'2.1',
			{ position: 'participatiewet', start: '2023-01-01', end: '2025-06-30' },
			181,
			false,
			'2027-12-31'
		]
	];

	it.each(windows)('%s', (_name, id, overrides, days, countsOnPeriodEnd, countsUntil) => {
		const { line: scored } = scoreLine(overrides, id);
		expect(scored.fte * scored.positionWeight * scored.contractWeight).toBeCloseTo(
			scored.weightedFte,
			12
		);
		expect(scored.fte).toBeCloseTo(days / 365, 12);
		expect(scored.countsOnPeriodEnd).toBe(countsOnPeriodEnd);
		expect(scored.countsUntil).toBe(countsUntil);
	});

	it('warns when inflow lies after start and counts from inflow', () => {
		const { line: scored, warnings } = scoreLine({
			position: 'participatiewet',
			start: '2025-01-01',
			inflow: '2025-04-01'
		});
		expect(scored.fte).toBeCloseTo(275 / 365, 12);
		expect(scored.countsUntil).toBe('2030-03-31');
		expect(warnings).toContain('inflow-after-start');
	});
});

describe('lines that do not count at all (contract §3.1, §3 end)', () => {
	it.each<[string, ShippedId, Partial<TargetGroupLine>, number, string[]]>([
		['ww without wwMonths', '2.1', { position: 'ww' }, 0.75, ['ww-months-missing']],
		['ww with 5.99 months', '2.1', { position: 'ww', wwMonths: 5.99 }, 0.75, []],
		['ukraine-tpd under 1.6', '1.6', { position: 'ukraine-tpd' }, 0, ['position-not-in-ruleset']],
		['ukraine-tpd under 1.9', '1.9', { position: 'ukraine-tpd' }, 0, ['position-not-in-ruleset']],
		['bbl-bol-3-4 under 1.7', '1.7', { position: 'bbl-bol-3-4' }, 0, ['position-not-in-ruleset']]
	])('%s', (_name, id, overrides, positionWeight, warnings) => {
		const { line: scored, warnings: found } = scoreLine(overrides, id);
		expect(scored).toMatchObject({
			fte: 0,
			weightedFte: 0,
			positionWeight,
			countsOnPeriodEnd: false,
			countsUntil: null
		});
		for (const warning of warnings) expect(found).toContain(warning);
	});

	// Version 2 (§6.4): wwMonths >= 6 compares exactly; 6 - 1e-10 no longer counts.
	it.each([6, 12])('ww with %d months counts', (wwMonths) => {
		expect(scoreLine({ position: 'ww', wwMonths }).line.weightedFte).toBe(0.75);
	});
});

describe('unconfirmed weights (contract §4)', () => {
	it.each<[ShippedId, PositionCode, boolean]>([
		['1.6', 'bbl-bol-1', false],
		['1.7', 'bbl-bol-2', false],
		['1.9', 'bbl-bol-1', true],
		['1.9', 'bbl-bol-2', true],
		['2.1', 'bbl-bol-1', true],
		['2.1', 'bbl-bol-3-4', true],
		['2.1', 'wajong', false]
	])('under %s %s warns: %s', (id, position, warns) => {
		expect(scoreLine({ position }, id).warnings.includes('unconfirmed-weight')).toBe(warns);
	});

	// Version 2 (§6.6 item 10): whatever the line's FTE.
	it('warns for a line with no FTE in the period too', () => {
		expect(scoreLine({ position: 'bbl-bol-1', end: '2024-06-30' }).warnings).toContain(
			'unconfirmed-weight'
		);
	});
});
