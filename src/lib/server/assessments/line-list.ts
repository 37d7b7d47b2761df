// One page of an assessment's target-group lines, searched and filtered in SQL, with the
// engine's per-line figures (line-figures.ts): the Doelgroep page of a 50,000-line assessment
// reads 50 rows, never all of them.
import type { TargetGroupLine } from '$lib/pso/assessment-schema';
import type { ContractCode, PositionCode } from '$lib/pso/input-codes';
import { lineFields } from '$lib/pso/line-fields';
import { nextReferencePeriodEnd } from '$lib/pso/renewal-summary';
import type { Db } from '../db';
import { containsPattern } from '../sql-like';
import type { LineFigures, LineFiguresSource } from './line-figures';
import { rowToLine, type LineRow } from './lines';
import type { Assessment } from './records';

export interface LineListQuery {
	/** Part of a kenmerk (line id), case-insensitive; '' for all. */
	search: string;
	position: PositionCode | null;
	contract: ContractCode | null;
	/** Only lines that need attention (line-attention.ts). */
	attention: boolean;
	page: number;
	pageSize: number;
}

export interface ListedLine extends TargetGroupLine {
	figures: LineFigures | null;
}

export interface LinePage {
	lines: ListedLine[];
	/** Lines matching the search and filters. */
	matching: number;
	/** Every line of the assessment. */
	total: number;
	/** The page shown: the one asked for, or the last one when it asked beyond the end. */
	page: number;
	pages: number;
}

const columns = lineFields.map((f) => `l.${f.column}`).join(', ');

/**
 * The WHERE clause over assessment_lines alone, so that counting and finding a page read only
 * the index assessment_lines_order (migration 017). "Needs attention" is lineAttention's three
 * tests in SQL (src/lib/pso/line-attention.ts; line-list.test.ts holds the two to the same
 * answer): starts after the period end, contract ended before it, or counts on the period end
 * but stops before the next reference year ends.
 */
function whereClause(query: LineListQuery, source: LineFiguresSource): string {
	const terms = ['assessment_id = $assessmentId'];
	if (query.search) terms.push("line_id LIKE $pattern ESCAPE '\\'");
	if (query.position) terms.push('position = $position');
	if (query.contract) terms.push('contract = $contract');
	if (query.attention) {
		const window =
			source.kind === 'table'
				? `line_id IN (SELECT line_id FROM assessment_line_figures
					WHERE assessment_id = $assessmentId
					  AND counts_until >= $periodEnd AND counts_until < $nextPeriodEnd)`
				: source.kind === 'memory'
					? 'line_id IN (SELECT value FROM json_each($windowEnding))'
					: '0';
		terms.push(`(start_date > $periodEnd
			OR (end_date IS NOT NULL AND end_date < $periodEnd)
			OR ${window})`);
	}
	return terms.join(' AND ');
}

/** Line ids whose counting window ends within the next reference year, from computed figures. */
function windowEndingIds(
	byId: ReadonlyMap<string, LineFigures>,
	periodEnd: string,
	nextPeriodEnd: string
): string {
	const ids: string[] = [];
	for (const [id, f] of byId) {
		if (f.countsUntil !== null && f.countsUntil >= periodEnd && f.countsUntil < nextPeriodEnd) {
			ids.push(id);
		}
	}
	return JSON.stringify(ids);
}

type PageRow = LineRow & {
	fte: number | null;
	position_weight: number | null;
	contract_weight: number | null;
	weighted_fte: number | null;
	counts_on_period_end: number | null;
	counts_until: string | null;
};

function figuresOf(row: PageRow): LineFigures | null {
	if (row.fte === null || row.fte === undefined) return null;
	return {
		fte: row.fte,
		positionWeight: row.position_weight!,
		contractWeight: row.contract_weight!,
		weightedFte: row.weighted_fte!,
		countsOnPeriodEnd: row.counts_on_period_end === 1,
		countsUntil: row.counts_until
	};
}

const countSql = (where: string) => `SELECT count(*) AS n FROM assessment_lines WHERE ${where}`;

/** The page's rows in full, with their stored figures: 50 lookups by key. */
function readRows(db: Db, assessmentId: string, ids: string[], joined: boolean): PageRow[] {
	const figures = joined
		? `, f.fte, f.position_weight, f.contract_weight, f.weighted_fte, f.counts_on_period_end,
			f.counts_until`
		: '';
	const join = joined
		? `LEFT JOIN assessment_line_figures f
			ON f.assessment_id = l.assessment_id AND f.line_id = l.line_id`
		: '';
	return db
		.prepare(
			`SELECT ${columns}${figures} FROM json_each($ids) page
			 CROSS JOIN assessment_lines l ON l.assessment_id = $assessmentId AND l.line_id = page.value
			 ${join}
			 ORDER BY page.key`
		)
		.all({ assessmentId, ids: JSON.stringify(ids) }) as PageRow[];
}

export function listLinePage(
	db: Db,
	assessment: Pick<Assessment, 'id' | 'periodEnd'>,
	query: LineListQuery,
	source: LineFiguresSource,
	/** The number of lines, when the caller has counted them already (the step progress). */
	knownTotal?: number
): LinePage {
	const nextPeriodEnd = nextReferencePeriodEnd(assessment.periodEnd);
	const params: Record<string, string | number> = { assessmentId: assessment.id };
	if (query.search) params.pattern = containsPattern(query.search);
	if (query.position) params.position = query.position;
	if (query.contract) params.contract = query.contract;
	if (query.attention) {
		params.periodEnd = assessment.periodEnd;
		if (source.kind === 'table') params.nextPeriodEnd = nextPeriodEnd;
		if (source.kind === 'memory') {
			params.windowEnding = windowEndingIds(source.byId, assessment.periodEnd, nextPeriodEnd);
		}
	}
	const where = whereClause(query, source);
	const filtered = query.search || query.position || query.contract || query.attention;
	const count = (sql: string, p: Record<string, string | number>) =>
		(db.prepare(sql).get(p) as { n: number }).n;
	const total =
		knownTotal ?? count(countSql('assessment_id = $assessmentId'), { assessmentId: assessment.id });
	// The page's keys, skipping earlier pages within the index; a search or filter counts its
	// matches in the same pass (count over the window), not in a second scan.
	const pageOf = (page: number) =>
		db
			.prepare(
				`SELECT line_id, ${filtered ? 'count(*) OVER ()' : '0'} AS matching
				 FROM assessment_lines WHERE ${where}
				 ORDER BY seq, line_id LIMIT $limit OFFSET $offset`
			)
			.all({ ...params, limit: query.pageSize, offset: (page - 1) * query.pageSize }) as {
			line_id: string;
			matching: number;
		}[];
	let found = pageOf(query.page);
	let matching = filtered ? (found[0]?.matching ?? count(countSql(where), params)) : total;
	const pages = Math.max(1, Math.ceil(matching / query.pageSize));
	const page = Math.min(query.page, pages);
	// Asked beyond the end (an old link): the last page instead.
	if (page !== query.page) {
		found = pageOf(page);
		if (filtered) matching = found[0]?.matching ?? 0;
	}
	const ids = found.map((r) => r.line_id);
	const rows = readRows(db, assessment.id, ids, source.kind === 'table');
	const lines = rows.map((row) => {
		const line = rowToLine(row);
		const figures =
			source.kind === 'table'
				? figuresOf(row)
				: source.kind === 'memory'
					? (source.byId.get(line.id) ?? null)
					: null;
		return { ...line, figures };
	});
	return { lines, matching, total, page, pages };
}
