import type { AssessmentSummary } from '$lib/server/assessments/history';
import { describe, expect, it } from 'vitest';
import { buildTimeline, calendarYear, certifiedRungByPeriod, periodKey } from './timeline-view';

const outcome = (totalPct: number, basistrede: number | null = null) => ({
	totalPct,
	rung: 'trede-1' as const,
	quantitativeRung: 'trede-1' as const,
	eligible: true,
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
