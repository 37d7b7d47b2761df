import type { TargetGroupLine } from '$lib/pso/assessment-schema';
import { lineAttention } from '$lib/pso/line-attention';
import { assessment, line } from '$lib/pso/test-support/assessment-builder';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { lineFiguresFor, type LineFiguresSource } from './line-figures';
import { listLinePage, type LineListQuery } from './line-list';
import { addLine } from './lines';
import { getAssessment } from './records';
import { scoreStoredAssessment } from './scoring';
import { openTestDatabase, type Db } from '../db';
import { seedAssessment, seedOrganisation, seedUser } from '../test-support/seed';

const now = 1_767_225_600;
let db: Db;
let userId: string;
let orgId: string;

beforeEach(() => {
	db = openTestDatabase();
	userId = seedUser(db, 'owner@example.nl', now);
	orgId = seedOrganisation(db, userId, 'Lijst BV', now);
});

const all: LineListQuery = {
	search: '',
	position: null,
	contract: null,
	attention: false,
	page: 1,
	pageSize: 50
};
const seed = (lines: TargetGroupLine[], totalFte = 5000) =>
	seedAssessment(db, orgId, userId, assessment({ targetGroup: lines, totalFte }), { now });
const load = (id: string) => getAssessment(db, orgId, id)!;
const pageOf = (id: string, query: Partial<LineListQuery> = {}) => {
	const a = load(id);
	return listLinePage(db, a, { ...all, ...query }, lineFiguresFor(db, a, 'Lijst BV'));
};
const numbered = (n: number) =>
	Array.from({ length: n }, (_, i) => line({ id: `mw-${i + 1}`, hoursPerWeek: 20 + (i % 20) }));

describe('listLinePage', () => {
	it('pages 2,000 lines in list order and counts them', () => {
		const id = seed(numbered(2000));
		const second = pageOf(id, { page: 2 });
		expect(second.lines.map((l) => l.id)).toEqual(
			Array.from({ length: 50 }, (_, i) => `mw-${51 + i}`)
		);
		expect(second).toMatchObject({ matching: 2000, total: 2000, page: 2, pages: 40 });
		// Beyond the end: the last page, not an empty one.
		const beyond = pageOf(id, { page: 99 });
		expect(beyond.page).toBe(40);
		expect(beyond.lines.at(-1)?.id).toBe('mw-2000');
	});

	it('searches kenmerken case-insensitively, with % and _ taken literally', () => {
		const id = seed([
			line({ id: 'MW-12' }),
			line({ id: 'mw-120' }),
			line({ id: 'x_1' }),
			line({ id: 'xa1' }),
			line({ id: '50%' })
		]);
		expect(pageOf(id, { search: 'mw-12' }).lines.map((l) => l.id)).toEqual(['MW-12', 'mw-120']);
		expect(pageOf(id, { search: '_' }).lines.map((l) => l.id)).toEqual(['x_1']);
		expect(pageOf(id, { search: '%' }).lines.map((l) => l.id)).toEqual(['50%']);
		expect(pageOf(id, { search: 'mw' })).toMatchObject({ matching: 2, total: 5 });
	});

	it('filters by position and contract', () => {
		const id = seed([
			line({ id: 'a', position: 'wajong', contract: 'regular' }),
			line({ id: 'b', position: 'ww', contract: 'regular', wwMonths: 12 }),
			line({ id: 'c', position: 'wajong', contract: 'secondment-flex' })
		]);
		expect(pageOf(id, { position: 'wajong' }).lines.map((l) => l.id)).toEqual(['a', 'c']);
		expect(
			pageOf(id, { position: 'wajong', contract: 'secondment-flex' }).lines.map((l) => l.id)
		).toEqual(['c']);
	});

	it("shows the engine's own per-line figures", () => {
		const id = seed([
			line({ id: 'half', hoursPerWeek: 20 }),
			line({ id: 'flex', contract: 'secondment-flex' })
		]);
		const scored = scoreStoredAssessment(db, load(id), 'Lijst BV');
		if (!scored.ok) throw new Error('does not score');
		const shown = pageOf(id).lines.map((l) => ({ id: l.id, ...l.figures }));
		expect(shown).toEqual(scored.result.lines);
	});

	it('scores once per revision: a second page view reads the stored figures', () => {
		const id = seed(numbered(3));
		pageOf(id);
		db.prepare("UPDATE assessment_line_figures SET weighted_fte = 99 WHERE line_id = 'mw-1'").run();
		expect(pageOf(id).lines[0]?.figures?.weightedFte).toBe(99);
		// A change to the inputs moves the revision: the figures are computed again.
		addLine(db, load(id), line({ id: 'mw-4' }));
		const fresh = pageOf(id);
		expect(fresh.lines[0]?.figures?.weightedFte).not.toBe(99);
		expect(fresh.lines.map((l) => l.id)).toEqual(['mw-1', 'mw-2', 'mw-3', 'mw-4']);
	});

	it('lists lines without figures while the inputs cannot be scored yet', () => {
		const id = seed(numbered(2), 0.5);
		db.prepare('UPDATE assessments SET total_fte = NULL WHERE id = $id').run({ id });
		const page = pageOf(id);
		expect(page.lines.map((l) => [l.id, l.figures])).toEqual([
			['mw-1', null],
			['mw-2', null]
		]);
	});
});

describe('the "needs attention" filter', () => {
	const dates = fc
		.integer({ min: 0, max: 4 * 365 })
		.map((d) => new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10));
	const arbitraryLine = fc
		.record({ start: dates, end: fc.option(dates), indicationUntil: dates, wsw: fc.boolean() })
		.map(({ start, end, indicationUntil, wsw }) =>
			line({
				start,
				end: end !== null && end >= start ? end : null,
				...(wsw ? { position: 'wsw' as const, indicationUntil } : {})
			})
		);

	it.each<[string, LineFiguresSource['kind']]>([
		['stored figures', 'table'],
		['figures computed now', 'memory']
	])(
		'selects exactly the lines lineAttention flags (%s)',
		(_, kind) => {
			fc.assert(
				fc.property(fc.array(arbitraryLine, { minLength: 1, maxLength: 12 }), (lines) => {
					const id = seed(lines);
					const a = load(id);
					const scored = scoreStoredAssessment(db, a, 'Lijst BV');
					if (!scored.ok) throw new Error('does not score');
					const source: LineFiguresSource =
						kind === 'table'
							? lineFiguresFor(db, a, 'Lijst BV')
							: {
									kind: 'memory',
									byId: new Map(scored.result.lines.map(({ id, ...f }) => [id, f]))
								};
					const countsUntil = new Map(scored.result.lines.map((l) => [l.id, l.countsUntil]));
					const expected = lines
						.filter((l) => lineAttention(l, { end: a.periodEnd }, countsUntil.get(l.id)).length > 0)
						.map((l) => l.id);
					const got = listLinePage(db, a, { ...all, attention: true, pageSize: 100 }, source);
					expect(got.lines.map((l) => l.id)).toEqual(expected);
				}),
				{ numRuns: 15 }
			);
		},
		30_000
	);
});
