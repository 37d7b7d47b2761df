import { scoreAssessment } from '$lib/pso/score';
import {
	assessment,
	line,
	purchaseForFte,
	ruleset
} from '$lib/pso/test-support/assessment-builder';
import { beforeEach, describe, expect, it } from 'vitest';
import { compareAssessments } from './compare';
import { listAssessmentSummaries } from './history';
import { getAssessment } from './records';
import { openTestDatabase, type Db } from '../db';
import { seedAssessment, seedOrganisation, seedUser } from '../test-support/seed';

const t0 = 1_750_000_000;
let db: Db;
let userId: string;
let orgId: string;

const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });
const doc2024 = assessment({
	ruleset: '1.9',
	period: year(2024),
	totalFte: 50,
	organisation: { monthsActive: 36, headcount: 55 },
	targetGroup: [line({ id: 'mw-1', start: '2020-03-01' }), line({ id: 'mw-2', hoursPerWeek: 20 })],
	purchases: [purchaseForFte(0.3)]
});
const doc2025 = assessment({
	ruleset: '2.1',
	period: year(2025),
	totalFte: 60,
	organisation: { monthsActive: 36, headcount: 66 },
	targetGroup: [
		line({ id: 'mw-1', start: '2020-03-01' }),
		line({ id: 'mw-2', hoursPerWeek: 32 }),
		line({ id: 'mw-3', position: 'vso-pro', contract: 'placement', start: '2024-09-01' })
	]
});

beforeEach(() => {
	db = openTestDatabase();
	userId = seedUser(db, 'owner@example.nl', t0);
	orgId = seedOrganisation(db, userId, 'Groen BV', t0);
});

describe('listAssessmentSummaries', () => {
	it('finals from the stored result, drafts scored now, oldest period first', () => {
		const final = seedAssessment(db, orgId, userId, doc2024, { final: true, now: t0 });
		const draft = seedAssessment(db, orgId, userId, doc2025, { now: t0 + 1 });
		const empty = seedAssessment(db, orgId, userId, { ...doc2025, totalFte: 0.5 }, { now: t0 + 2 });
		const summaries = listAssessmentSummaries(db, orgId, 'Groen BV');
		expect(summaries.map((s) => [s.id, s.status])).toEqual([
			[final, 'final'],
			[empty, 'draft'],
			[draft, 'draft']
		]);
		const stored = getAssessment(db, orgId, final)!.finalResult!;
		expect(summaries[0]!.outcome).toEqual({
			totalPct: stored.totalPct,
			rung: stored.rung,
			likelyRung: 'trede-1',
			rungRange: { atLeast: 'trede-1', likely: 'trede-1', atMost: 'trede-1' },
			basistredeModelled: false,
			quantitativeRung: stored.quantitativeRung,
			eligible: true,
			totalFte: stored.totalFte,
			size: 50,
			norms: {
				tabledSize: 50,
				estimated: false,
				basistrede: null,
				trede1: 3,
				trede2: 3.7,
				trede3: 6.8,
				// A tabled size: the milder norms are its own (contract §6.1).
				lenient: { trede1: 3, trede2: 3.7, trede3: 6.8, size: 50 }
			}
		});
		expect(summaries[2]!.outcome!.totalPct).toBe(scoreAssessment(doc2025, ruleset('2.1')).totalPct);
		expect(summaries[2]!.outcome!.norms.tabledSize).toBe(60);
		// totalFte below the target group's FTE: the draft cannot be scored yet.
		expect(summaries[1]!.outcome).toBeNull();
	});

	it('an untabled size carries the milder norms of the tabled size above', () => {
		seedAssessment(db, orgId, userId, { ...doc2025, totalFte: 9 }, { now: t0 });
		const [summary] = listAssessmentSummaries(db, orgId, 'Groen BV');
		expect(summary!.outcome!.norms).toMatchObject({ tabledSize: 5, lenient: { size: 10 } });
		const { trede1, lenient } = summary!.outcome!.norms;
		expect(lenient!.trede1).toBeLessThan(trede1);
	});

	it('is scoped by organisation', () => {
		seedAssessment(db, orgId, userId, doc2024, { now: t0 });
		const other = seedOrganisation(db, userId, 'Ander BV', t0);
		expect(listAssessmentSummaries(db, other, 'Ander BV')).toEqual([]);
	});
});

describe('compareAssessments', () => {
	it('input changes and a decomposition that adds up, on stored and current inputs', () => {
		const a = getAssessment(
			db,
			orgId,
			seedAssessment(db, orgId, userId, doc2024, { final: true, now: t0 })
		)!;
		const b = getAssessment(db, orgId, seedAssessment(db, orgId, userId, doc2025, { now: t0 }))!;
		const c = compareAssessments(db, a, b, 'Groen BV');
		expect(c.diff!.lines.added.map((l) => l.id)).toEqual(['mw-3']);
		expect(c.diff!.lines.changed).toEqual([
			{ id: 'mw-2', fields: [{ field: 'hoursPerWeek', from: 20, to: 32 }] }
		]);
		expect(c.diff!.purchases.removed).toHaveLength(1);
		expect(c.diff!.figures.map((f) => f.field)).toEqual([
			'ruleset',
			'periodStart',
			'periodEnd',
			'totalFte',
			'headcount'
		]);
		const d = c.decomposition!;
		expect(d.from.totalPct).toBe(a.finalResult!.totalPct);
		expect(d.parts.reduce((s, p) => s + p.delta, 0)).toBeCloseTo(d.change, 12);
		expect(c.storedDiffers).toEqual({ a: false, b: false });
	});

	it('an unscorable draft still shows its input changes, without a decomposition', () => {
		const a = getAssessment(db, orgId, seedAssessment(db, orgId, userId, doc2024, { now: t0 }))!;
		const b = getAssessment(
			db,
			orgId,
			seedAssessment(db, orgId, userId, { ...doc2025, totalFte: 0.5 }, { now: t0 })
		)!;
		const c = compareAssessments(db, a, b, 'Groen BV');
		expect(c.decomposition).toBeNull();
		expect(c.issues.b[0]!.path).toBe('totalFte');
		expect(c.diff!.figures.find((f) => f.field === 'totalFte')).toEqual({
			field: 'totalFte',
			from: 50,
			to: 0.5
		});
	});
});
