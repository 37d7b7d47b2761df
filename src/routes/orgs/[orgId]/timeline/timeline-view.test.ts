import type { AssessmentSummary } from '$lib/server/assessments/history';
import { describe, expect, it } from 'vitest';
import {
	buildTimeline,
	calendarYear,
	certifiedRungByPeriod,
	periodKey,
	periodNorm
} from './timeline-view';

const outcome = (totalPct: number, basistrede: number | null = null) => ({
	totalPct,
	rung: 'trede-1' as const,
	quantitativeRung: 'trede-1' as const,
	eligible: true,
	totalFte: 49.6,
	size: 50,
	norms: { tabledSize: 50, estimated: false, basistrede, trede1: 3, trede2: 3.7, trede3: 6.8 }
});

function summary(
	id: string,
	year: number,
	status: 'final' | 'draft',
	totalPct: number | null
): AssessmentSummary {
	return {
		id,
		name: id,
		periodStart: `${year}-01-01`,
		periodEnd: `${year}-12-31`,
		rulesetId: '2.1',
		status,
		createdAt: 0,
		version: 1,
		origin: 'new',
		source: null,
		changedAt: 0,
		outcome: totalPct === null ? null : outcome(totalPct)
	};
}

describe('buildTimeline', () => {
	it('groups by period, oldest first; finals first; the headline is the final, else a scorable draft', () => {
		const t = buildTimeline([
			summary('d-2025-new', 2025, 'draft', null),
			summary('d-2025-old', 2025, 'draft', 4.2),
			summary('d-2024', 2024, 'draft', 3.1),
			summary('f-2024', 2024, 'final', 3.5),
			summary('d-2023', 2023, 'draft', null)
		]);
		expect(t.periods.map((p) => p.key)).toEqual([
			'2023-01-01/2023-12-31',
			'2024-01-01/2024-12-31',
			'2025-01-01/2025-12-31'
		]);
		expect(t.periods.map((p) => p.assessments.map((a) => a.id))).toEqual([
			['d-2023'],
			['f-2024', 'd-2024'],
			['d-2025-new', 'd-2025-old']
		]);
		expect(t.periods.map((p) => p.headline?.id ?? null)).toEqual([null, 'f-2024', 'd-2025-old']);
		expect(t.hasCertificates).toBe(false);
		expect(t.hasBasistrede).toBe(false);
	});

	it('takes certified rungs through the hook, keyed by period', () => {
		const t = buildTimeline([summary('f', 2024, 'final', 3.5)], {
			certifiedRungByPeriod: new Map([[periodKey('2024-01-01', '2024-12-31'), 'trede-2']])
		});
		expect(t.periods[0]!.certifiedRung).toBe('trede-2');
		expect(t.hasCertificates).toBe(true);
	});

	it('shows the basistrede band when any headline has a norm for it', () => {
		const s = { ...summary('f', 2024, 'final', 3.5), outcome: outcome(3.5, 2.5) };
		expect(buildTimeline([s]).hasBasistrede).toBe(true);
	});
});

describe('norm bands for a size outside the norm table (contract §6.1)', () => {
	// Size 9: the headline uses the size-5 norms, the milder ones are those of size 10.
	const size9 = {
		...outcome(11.1, 12.6),
		size: 9,
		norms: {
			tabledSize: 5,
			estimated: true,
			basistrede: 12.6,
			trede1: 12.6,
			trede2: 15,
			trede3: 20,
			lenient: { trede1: 6.7, trede2: 8.9, trede3: 13.3, size: 10 }
		}
	};
	// A tabled size: the milder norms are the headline's own.
	const size50 = {
		...outcome(3.5),
		norms: {
			...outcome(3.5).norms,
			lenient: { trede1: 3, trede2: 3.7, trede3: 6.8, size: 50 }
		}
	};
	// Stored before rules version 2: no milder norms at all.
	const version1 = { ...size9, norms: { ...size9.norms, lenient: undefined } };

	it.each([
		['untabled size, trede 1', size9, 'trede1', { milder: 6.7, stricter: 12.6 }],
		['untabled size, trede 3', size9, 'trede3', { milder: 13.3, stricter: 20 }],
		['untabled size, basistrede has no milder norm', size9, 'basistrede', { value: 12.6 }],
		['tabled size', size50, 'trede2', { value: 3.7 }],
		['result from before version 2', version1, 'trede1', { value: 12.6 }],
		['no basistrede norm', size50, 'basistrede', null],
		['not scorable', null, 'trede1', null]
	] as const)('%s', (_label, o, key, expected) => {
		expect(periodNorm(o, key)).toEqual(expected);
	});

	it.each([
		['an untabled size in any period', [size50, size9], true],
		['only tabled sizes', [size50], false],
		['an untabled size stored before version 2', [version1], false]
	] as const)('hint shown: %s → %s', (_label, outcomes, expected) => {
		const summaries = outcomes.map((o, i) => ({
			...summary(`f-${i}`, 2023 + i, 'final', 1),
			outcome: o
		}));
		expect(buildTimeline(summaries).hasNormBand).toBe(expected);
	});
});

describe('calendarYear', () => {
	it.each([
		['2025-01-01', '2025-12-31', '2025'],
		['2024-07-01', '2025-06-30', null],
		['2025-01-01', '2025-06-30', null]
	])('%s – %s → %s', (start, end, expected) => {
		expect(calendarYear({ start, end })).toBe(expected);
	});
});

describe('certified rung per period', () => {
	const cert = (
		rung: 'trede-1' | 'trede-2' | 'trede-3',
		issuedOn: string,
		expiresOn: string,
		pso30plus = false
	) => ({ rung, issuedOn, expiresOn, pso30plus });
	const periods = [2023, 2024, 2025].map((y) => ({
		periodStart: `${y}-01-01`,
		periodEnd: `${y}-12-31`
	}));

	it.each([
		['none', [], {}],
		[
			'held at the end of the period',
			[cert('trede-2', '2024-03-01', '2026-02-28')],
			{ '2024': 'trede-2', '2025': 'trede-2' }
		],
		['expired before the end', [cert('trede-1', '2022-01-01', '2023-12-30')], {}],
		[
			'the latest one wins',
			[cert('trede-1', '2022-06-01', '2024-05-31'), cert('trede-3', '2023-06-01', '2025-05-31')],
			{ '2023': 'trede-3', '2024': 'trede-3' }
		],
		[
			'PSO 30+ shows as such',
			[cert('trede-3', '2025-01-01', '2026-12-31', true)],
			{ '2025': 'pso-30plus' }
		]
	] as const)('%s', (_label, certificates, expected) => {
		const map = certifiedRungByPeriod(certificates, periods);
		expect(Object.fromEntries([...map].map(([k, v]) => [k.slice(0, 4), v]))).toEqual(expected);
	});
});
