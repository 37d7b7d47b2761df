// Renewal readiness (pso-method §10) by date: the 6-month window, expiry, lines and evidence
// that lapse before the audit, and the plan to keep the certified rung.
import { describe, expect, it } from 'vitest';
import type { AssessmentInput } from './assessment-schema';
import type { CertificateFacts } from './certified-rung';
import { renewalReadiness, type RenewalReadiness } from './renewal-readiness';
import { summariseAssessment, type CriterionEvidence } from './renewal-summary';
import { assessment, line } from './test-support/assessment-builder';
import {
	assessed,
	atTrede2,
	certificate,
	evidenced,
	solverFor
} from './test-support/renewal-fixtures';

function due(result: RenewalReadiness) {
	if (result.state !== 'due' && result.state !== 'expired') {
		throw new Error(`expected the panel to show, got ${result.state}`);
	}
	return result;
}

describe('when the panel shows', () => {
	const input = atTrede2();
	it.each<[string, string, RenewalReadiness['state'], number | null]>([
		['a year before expiry', '2025-06-30', 'not-due', 365],
		['the day before the 6-month window', '2025-12-29', 'not-due', 183],
		['exactly 6 months before expiry', '2025-12-30', 'due', 182],
		['a month before expiry', '2026-05-31', 'due', 30],
		['on the expiry date (still valid)', '2026-06-30', 'due', 0],
		['the day after expiry', '2026-07-01', 'expired', -1],
		['long after expiry', '2027-01-01', 'expired', -185]
	])('%s (%s): %s, %s days left', (_name, today, state, daysLeft) => {
		const result = renewalReadiness({
			today,
			certificate: certificate(),
			assessment: assessed(input)
		});
		expect(result.state).toBe(state);
		if (result.state !== 'no-certificate') expect(result.daysLeft).toBe(daysLeft);
	});

	it('shows nothing without a certificate', () => {
		expect(
			renewalReadiness({ today: '2026-01-01', certificate: null, assessment: assessed(input) })
		).toEqual({ state: 'no-certificate' });
	});

	it('shows the window without an assessment, flagged as not assessed', () => {
		const result = due(
			renewalReadiness({ today: '2026-03-01', certificate: certificate(), assessment: null })
		);
		expect(result.assessment).toBeNull();
		expect(result.estimate).toBeNull();
		expect(result.flags).toEqual(['no-assessment-12-months']);
	});
});

describe('estimate against the certified rung', () => {
	const people = (n: number) => Array.from({ length: n }, () => line());
	it.each<[string, CertificateFacts, AssessmentInput, boolean]>([
		['trede 2 kept', certificate(), atTrede2(), false],
		['trede 3 above trede 2', certificate(), assessment({ targetGroup: people(4) }), false],
		[
			'trede 1 below trede 2',
			certificate(),
			assessment({ targetGroup: people(2), totalFte: 60 }),
			true
		],
		['no rung below trede 1', certificate({ rung: 'trede-1' }), assessment(), true],
		[
			'qualitative gap: numbers reach trede 2, rung does not',
			certificate(),
			assessment({ targetGroup: people(2), qualitative: { suitableWork: 'unmet' } }),
			true
		],
		[
			'trede 3 without PSO 30+ below a PSO 30+ certificate',
			certificate({ rung: 'trede-3', pso30plus: true }),
			assessment({ targetGroup: people(4), organisation: { monthsActive: 36, headcount: 50 } }),
			true
		],
		[
			'trede 3 with PSO 30+ keeps it',
			certificate({ rung: 'trede-3', pso30plus: true }),
			assessment({
				totalFte: 10,
				targetGroup: people(4),
				organisation: { monthsActive: 36, headcount: 10 }
			}),
			false
		],
		[
			'aspirant status kept by an adopted action plan',
			certificate({ rung: 'aspirant' }),
			assessment({
				actionPlan: { adopted: true, smart: true, started: true, targetRung: 'trede-1' }
			}),
			false
		],
		['aspirant status lost without a plan', certificate({ rung: 'aspirant' }), assessment(), true]
	])('%s', (_name, cert, input, below) => {
		const result = due(
			renewalReadiness({
				today: '2026-03-01',
				certificate: cert,
				assessment: assessed(input),
				solver: solverFor(input)
			})
		);
		expect(result.estimate?.below).toBe(below);
		expect(result.flags.includes('estimate-below-certified')).toBe(below);
		expect(result.keepPlan !== null).toBe(below);
	});

	it('plans the extra FTE or purchasing to get back to the certified trede', () => {
		const input = assessment({ targetGroup: [line()] });
		const result = due(
			renewalReadiness({
				today: '2026-03-01',
				certificate: certificate(),
				assessment: assessed(input),
				solver: solverFor(input)
			})
		);
		expect(result.keepPlan?.numbersReach).toBe(false);
		expect(result.keepPlan?.trede?.rung).toBe('trede-2');
		expect(result.keepPlan?.trede?.extraWeightedFte).toBeGreaterThan(0);
		expect(result.keepPlan?.trede?.extraPurchaseAmount).toBeGreaterThan(0);
	});

	it('names the qualitative side when the numbers already reach the rung', () => {
		const input = assessment({ targetGroup: [line(), line()], qualitative: {} });
		const plan = due(
			renewalReadiness({
				today: '2026-03-01',
				certificate: certificate(),
				assessment: assessed(input),
				solver: solverFor(input)
			})
		).keepPlan;
		expect(plan).toEqual({ rung: 'trede-2', trede: null, numbersReach: true, pso30plus: null });
	});

	it('plans the PSO 30+ hires for a PSO 30+ certificate', () => {
		const input = assessment({
			targetGroup: Array.from({ length: 4 }, () => line()),
			organisation: { monthsActive: 36, headcount: 50 }
		});
		const plan = due(
			renewalReadiness({
				today: '2026-03-01',
				certificate: certificate({ rung: 'trede-3', pso30plus: true }),
				assessment: assessed(input),
				solver: solverFor(input)
			})
		).keepPlan;
		expect(plan?.trede).toBeNull();
		expect(plan?.pso30plus?.extraQualifyingPersons).toBeGreaterThan(0);
	});

	it('has no estimate for an assessment that cannot be scored', () => {
		const result = due(
			renewalReadiness({
				today: '2026-03-01',
				certificate: certificate(),
				assessment: {
					...assessed(atTrede2()),
					summary: summariseAssessment('2025-12-31', null, [], evidenced())
				}
			})
		);
		expect(result.estimate).toBeNull();
		expect(result.flags).toEqual([]);
	});
});

describe('lines that stop counting', () => {
	// participatiewet counts 5 years from inflow (contract §4).
	const input = assessment({
		targetGroup: [
			line({
				id: 'before-expiry',
				position: 'participatiewet',
				inflow: '2021-04-01',
				start: '2021-04-01'
			}),
			line({
				id: 'before-next-year-end',
				position: 'participatiewet',
				inflow: '2021-10-01',
				start: '2021-10-01'
			}),
			line({
				id: 'after-both',
				position: 'participatiewet',
				inflow: '2022-07-01',
				start: '2022-07-01'
			}),
			line({ id: 'no-window', position: 'wajong' }),
			line({
				id: 'left',
				position: 'participatiewet',
				inflow: '2021-04-01',
				start: '2021-04-01',
				end: '2025-06-30'
			})
		]
	});

	it('lists lines stopping before expiry or before the end of the next reference year', () => {
		const result = due(
			renewalReadiness({
				today: '2026-01-15',
				certificate: certificate(),
				assessment: assessed(input)
			})
		);
		expect(
			result.stoppingLines.map((l) => [l.id, l.countsUntil, l.beforeAudit, l.beforeNextPeriodEnd])
		).toEqual([
			['before-expiry', '2026-03-31', true, true],
			['before-next-year-end', '2026-09-30', false, true]
		]);
		expect(result.flags).toContain('lines-stop-before-renewal');
	});
});

describe('qualitative evidence before the audit', () => {
	// Expired: no longer valid today; expiring: valid today, not on the audit date. Both raise
	// the advisor's evidence flag.
	it.each<[string, string, string | null, 'expiring' | 'expired' | null]>([
		['expires well before the audit', '2026-01-15', '2026-03-31', 'expiring'],
		['expires the day before the audit', '2026-01-15', '2026-06-29', 'expiring'],
		['valid through today, lapses before the audit', '2026-01-15', '2026-01-15', 'expiring'],
		['lapsed yesterday: expired, not expiring', '2026-01-15', '2026-01-14', 'expired'],
		['lapsed last year', '2026-01-15', '2025-06-30', 'expired'],
		['valid on the audit date', '2026-01-15', '2026-06-30', null],
		['valid after the audit', '2026-01-15', '2026-12-31', null],
		['no end date', '2026-01-15', null, null],
		['expired certificate: lapsed before today', '2026-08-01', '2026-07-15', 'expired'],
		['expired certificate: valid after today', '2026-08-01', '2026-09-01', null]
	])('%s (%s, valid until %s): %s', (_name, today, validUntil, listed) => {
		const result = due(
			renewalReadiness({
				today,
				certificate: certificate(),
				assessment: assessed(atTrede2(), evidenced(validUntil))
			})
		);
		expect(result.expiringEvidence).toHaveLength(listed === 'expiring' ? 4 : 0);
		expect(result.expiredEvidence).toHaveLength(listed === 'expired' ? 4 : 0);
		expect(result.flags.includes('evidence-expiring')).toBe(listed !== null);
	});

	it("splits one assessment's items into expired and expiring, earliest first", () => {
		const dated = (criterion: CriterionEvidence['criterion'], ...dates: string[]) => ({
			criterion,
			status: 'met' as const,
			items: dates.map((validUntil, i) => ({ document: `${criterion}-${i}.pdf`, validUntil }))
		});
		const result = due(
			renewalReadiness({
				today: '2026-03-01',
				certificate: certificate(),
				assessment: assessed(atTrede2(), [
					dated('suitableWork', '2026-04-30', '2026-02-28'),
					dated('integration', '2025-12-31'),
					dated('development', '2026-03-01', '2027-01-01'),
					dated('guidance', '2026-06-30')
				])
			})
		);
		expect(result.expiredEvidence.map((e) => [e.document, e.validUntil])).toEqual([
			['integration-0.pdf', '2025-12-31'],
			['suitableWork-1.pdf', '2026-02-28']
		]);
		expect(result.expiringEvidence.map((e) => [e.document, e.validUntil])).toEqual([
			['development-0.pdf', '2026-03-01'],
			['suitableWork-0.pdf', '2026-04-30']
		]);
	});

	it('names criteria that are not met or have nothing on file', () => {
		const criteria: CriterionEvidence[] = [
			{ criterion: 'suitableWork', status: 'met', items: [{ document: 'a', validUntil: null }] },
			{ criterion: 'integration', status: 'met', items: [] },
			{ criterion: 'development', status: 'partial', items: [{ document: 'b', validUntil: null }] },
			{ criterion: 'guidance', status: 'unknown', items: [] }
		];
		const result = due(
			renewalReadiness({
				today: '2026-01-15',
				certificate: certificate(),
				assessment: assessed(atTrede2(), criteria)
			})
		);
		expect(result.evidenceGaps.map((g) => [g.criterion, g.reason])).toEqual([
			['integration', 'no-evidence'],
			['development', 'partial'],
			['guidance', 'not-met']
		]);
	});
});
