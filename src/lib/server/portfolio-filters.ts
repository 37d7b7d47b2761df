// The advisor portfolio's flags, filters and sort orders as SQL over the scalar columns of
// each client row (portfolio.ts). Rungs are compared on the one scale of rung-scale.ts
// (rung-level-sql.ts), and, since rules version 2 (contract §6.1), by the estimate's range:
// `rung` is the strict headline (the range's low end), `likely_rung` and `rung_at_most` the
// rest of it, each after the qualitative criteria. The flag rules mirror compareWithCertified
// and riskFlagsFor in src/lib/pso/renewal-risk.ts, the rung filter rungFilterMatches in
// src/lib/forms/portfolio-query.ts; unit tests hold each pair to the same answers.
import type { PortfolioQuery, PortfolioSort } from '$lib/forms/portfolio-query';
import type { RiskFlag } from '$lib/pso/renewal-risk';
import { estimatedLevel } from '$lib/pso/rung-scale';
import { certifiedLevelSql, estimateLevelSql, rungLevelCase } from './rung-level-sql';

/** An estimate column on the scale; `none`, `not-eligible` (and NULL) count as 0. */
const levelOf = (column: string) => rungLevelCase(column, estimatedLevel, 0);

/**
 * The flag columns of the client rows in `c` (portfolio.ts), as SELECT terms. Below for
 * sure: the range's high end misses the certified rung, or PSO 30+ is lost whatever the
 * unpublished norm; possibly below: otherwise, when the low end misses it or PSO 30+ is
 * lost only by the strict rung.
 */
export function flagTerms(): string {
	const certified = certifiedLevelSql('c.cert_rung');
	const low = estimateLevelSql('c.rung', 'c.aspirant');
	const high = estimateLevelSql('coalesce(c.rung_at_most, c.rung)', 'c.aspirant');
	const plusLost = '(c.cert_pso30plus = 1 AND c.pso30plus = 0)';
	const surelyBelow = `(${high} < ${certified} OR (${plusLost} AND c.pso30plus_possible = 0))`;
	const compared = 'c.cert_rung IS NOT NULL AND c.rung IS NOT NULL';
	return `CASE WHEN ${compared} AND ${surelyBelow} THEN 1 ELSE 0 END AS f_below,
		CASE WHEN ${compared} AND NOT ${surelyBelow} AND (${low} < ${certified} OR ${plusLost})
			THEN 1 ELSE 0 END AS f_maybe_below,
		CASE WHEN c.cert_rung IS NOT NULL
			AND c.first_stop < max(c.cert_expires_on, $today, c.next_period_end) THEN 1 ELSE 0 END
			AS f_stop,
		CASE WHEN c.cert_rung IS NOT NULL
			AND c.first_evidence_expiry < max(c.cert_expires_on, $today) THEN 1 ELSE 0 END AS f_evidence,
		CASE WHEN c.assessed_at IS NULL
			OR date(c.assessed_at, 'unixepoch') < $cutoff THEN 1 ELSE 0 END AS f_old`;
}

/**
 * The sort key of the likely rung: its level, then the range's high end, so among clients
 * likely at trede 2 those that may reach trede 3 come next to it. NULL (last) when unscored.
 */
export function likelyOrderTerm(): string {
	return `CASE WHEN c.likely_rung IS NULL THEN NULL
		ELSE ${levelOf('c.likely_rung')} * 10 + ${levelOf('coalesce(c.rung_at_most, c.likely_rung)')}
		END AS likely_order`;
}

export const flagColumns: Record<RiskFlag, string> = {
	'estimate-below-certified': 'f_below',
	'estimate-may-be-below-certified': 'f_maybe_below',
	'lines-stop-before-renewal': 'f_stop',
	'evidence-expiring': 'f_evidence',
	'no-assessment-12-months': 'f_old'
};

/** Sorts whose key is an outcome, so every client's outcome must be fresh before paging. */
export const outcomeSorts: ReadonlySet<PortfolioSort> = new Set(['likely-rung']);

// Whitelisted ORDER BY clauses; rows without the value go last in either direction.
const sortColumns: Record<PortfolioSort, string> = {
	name: 'name COLLATE NOCASE',
	expiry: 'expires_on',
	'days-left': 'days_left',
	'last-assessment': 'assessed_at',
	'likely-rung': 'likely_order'
};

export function orderBy(sort: PortfolioSort, dir: 'asc' | 'desc'): string {
	const column = sortColumns[sort];
	const direction = dir === 'desc' ? 'DESC' : 'ASC';
	const tie = 'name COLLATE NOCASE ASC, org_id ASC';
	if (sort === 'name') return `${column} ${direction}, org_id ASC`;
	return `${column} IS NULL, ${column} ${direction}, ${tie}`;
}

/** `%` and `_` typed by the user are literal characters, not wildcards. */
function likePattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The rung filter: the likely rung, or (rungMatch `range`) any rung of the range. */
function rungFilterSql(query: PortfolioQuery, params: Record<string, unknown>): string {
	params.rung = query.rung;
	if (query.rungMatch === 'likely') return 'likely_rung = $rung';
	params.rungLevel = estimatedLevel[query.rung!];
	return `(likely_rung = $rung OR rung = $rung OR rung_at_most = $rung
		OR (${levelOf('rung')} < $rungLevel AND $rungLevel < ${levelOf('rung_at_most')}))`;
}

/** The WHERE clause of the query's filters ('true' for none), filling in `params`. */
export function filterSql(query: PortfolioQuery, params: Record<string, unknown>): string {
	const where: string[] = [];
	if (query.q.trim() !== '') {
		where.push(`name LIKE $like ESCAPE '\\'`);
		params.like = likePattern(query.q.trim());
	}
	if (query.flag) where.push(`${flagColumns[query.flag]} = 1`);
	if (query.rung) where.push(rungFilterSql(query, params));
	if (query.certified === 'none') where.push('cert_rung IS NULL');
	else if (query.certified) {
		where.push('cert_rung = $certified');
		params.certified = query.certified;
	}
	return where.length === 0 ? 'true' : where.join(' AND ');
}
