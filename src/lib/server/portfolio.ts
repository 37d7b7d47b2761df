// The advisor portfolio: one row per organisation that granted this user the advisor role.
//
// Performance (1,000 clients × 5 assessments in a few milliseconds, the same order as a static
// page): a warm request scores nothing, picks nothing and joins nothing wide. Each client has a
// flat row in portfolio_cache (latest assessment's summary, certificate in force today), built
// from assessment_score_cache (finals from their stored result, drafts scored once). Rows are
// filled lazily for the clients whose row is missing, stale (triggers delete a row when its
// inputs change) or from another day (the certificate in force depends on the date). Flags,
// filters, sorting, counting and paging are then one SQL statement over those scalar columns,
// so only the 25 rows shown reach JavaScript. Membership is checked live on every request, so
// a revoked grant drops the client at once. The flag rules mirror riskFlagsFor in
// src/lib/pso/renewal-readiness.ts; a unit test holds the two to the same answers.
import type { PortfolioQuery, PortfolioSort } from '$lib/forms/portfolio-query';
import type { RungCode } from '$lib/pso/input-codes';
import {
	addMonths,
	riskFlags,
	STALE_ASSESSMENT_MONTHS,
	type CertifiedRung,
	type RiskFlag
} from '$lib/pso/renewal-readiness';
import {
	latestAssessmentOrder,
	refreshScoreCache,
	scorerVersion,
	type StaleAssessment
} from './assessments/score-cache';
import { writeCacheIfPossible } from './cache-write';
import type { Db } from './db';
import { withScratchTables, type ScratchTable } from './scratch-tables';
import { isoDateOfSeconds } from './today';

export const PAGE_SIZE = 25;

export interface PortfolioRow {
	organisationId: string;
	name: string;
	assessment: {
		id: string;
		name: string;
		status: 'draft' | 'final';
		/** Unix seconds: finalised, else last saved. */
		assessedAt: number;
		/** The same as a date (UTC, as the 12-month flag compares it). */
		assessedOn: string;
	} | null;
	estimatedRung: RungCode | null;
	totalPct: number | null;
	certificate: {
		rung: CertifiedRung;
		pso30plus: boolean;
		expiresOn: string;
		daysLeft: number;
	} | null;
	flags: RiskFlag[];
}

export interface PortfolioPage {
	rows: PortfolioRow[];
	total: number;
	page: number;
	pages: number;
}

// Certificate and estimate on one scale (see certifiedLevel in renewal-readiness.ts).
const estimateLevelSql = `max(CASE c.rung WHEN 'basistrede' THEN 2 WHEN 'trede-1' THEN 3
	WHEN 'trede-2' THEN 4 WHEN 'trede-3' THEN 5 ELSE 0 END, c.aspirant)`;
const certifiedLevelSql = `CASE c.cert_rung WHEN 'aspirant' THEN 1 WHEN 'basistrede' THEN 2
	WHEN 'trede-1' THEN 3 WHEN 'trede-2' THEN 4 WHEN 'trede-3' THEN 5 END`;

/** Advisor clients without a portfolio row valid today. */
const staleClientsSql = `SELECT m.organisation_id FROM memberships m
	LEFT JOIN portfolio_cache c ON c.organisation_id = m.organisation_id
		AND c.computed_on = $today AND c.scorer = $scorer
	WHERE m.user_id = $user AND m.role = 'advisor' AND c.organisation_id IS NULL`;

/** The latest assessment and the certificate renewal is about, for the organisations in $ids. */
const picksCte = `picks AS (
	SELECT o.id AS org_id, o.name,
		(SELECT id FROM assessments WHERE organisation_id = o.id
			ORDER BY ${latestAssessmentOrder} LIMIT 1) AS assessment_id,
		(SELECT id FROM certificates WHERE organisation_id = o.id AND issued_on <= $today
			ORDER BY expires_on >= $today DESC, issued_on DESC, created_at DESC, id LIMIT 1)
			AS certificate_id
	FROM organisations o WHERE o.id IN (SELECT value FROM json_each($ids)))`;

// A final assessment cannot change (the database freezes it), so only drafts compare updated_at.
const staleSummariesSql = `WITH ${picksCte}
	SELECT p.assessment_id, p.org_id, p.name FROM picks p
	JOIN assessments a ON a.id = p.assessment_id
	LEFT JOIN assessment_score_cache s ON s.assessment_id = a.id
	WHERE s.assessment_id IS NULL OR s.scorer <> $scorer
		OR (a.status = 'draft' AND s.updated_at <> a.updated_at)`;

const fillSql = `WITH ${picksCte}
	INSERT INTO portfolio_cache (organisation_id, computed_on, scorer, name, assessment_id,
		assessment_name, assessment_status, assessed_at, rung, total_pct, aspirant, pso30plus,
		first_stop, next_period_end, first_evidence_expiry, cert_rung, cert_pso30plus, cert_expires_on)
	SELECT p.org_id, $today, $scorer, p.name, a.id, a.name, a.status,
		coalesce(a.finalised_at, a.updated_at), s.rung, s.total_pct, coalesce(s.aspirant, 0),
		coalesce(s.pso30plus, 0), s.first_stop, s.next_period_end, s.first_evidence_expiry,
		ce.rung, ce.pso30plus, ce.expires_on
	FROM picks p
	LEFT JOIN assessments a ON a.id = p.assessment_id
	LEFT JOIN assessment_score_cache s ON s.assessment_id = a.id AND s.scorer = $scorer
	LEFT JOIN certificates ce ON ce.id = p.certificate_id
	WHERE true
	ON CONFLICT (organisation_id) DO UPDATE SET computed_on = excluded.computed_on,
		scorer = excluded.scorer, name = excluded.name, assessment_id = excluded.assessment_id,
		assessment_name = excluded.assessment_name, assessment_status = excluded.assessment_status,
		assessed_at = excluded.assessed_at, rung = excluded.rung, total_pct = excluded.total_pct,
		aspirant = excluded.aspirant, pso30plus = excluded.pso30plus,
		first_stop = excluded.first_stop, next_period_end = excluded.next_period_end,
		first_evidence_expiry = excluded.first_evidence_expiry, cert_rung = excluded.cert_rung,
		cert_pso30plus = excluded.cert_pso30plus, cert_expires_on = excluded.cert_expires_on`;

/**
 * One row per client with its flags (the rules of riskFlagsFor, in SQL); `stale` marks a
 * client whose cached row is missing or outdated.
 */
const portfolioSql = `SELECT c.organisation_id IS NULL AS stale, c.organisation_id AS org_id, c.name, c.assessment_id, c.assessment_name,
		c.assessment_status AS status, c.assessed_at, c.rung, c.total_pct, c.cert_rung,
		c.cert_pso30plus, c.cert_expires_on AS expires_on,
		CAST(julianday(c.cert_expires_on) - julianday($today) AS INTEGER) AS days_left,
		CASE WHEN c.cert_rung IS NOT NULL AND c.rung IS NOT NULL
			AND (${estimateLevelSql} < ${certifiedLevelSql} OR (c.cert_pso30plus = 1 AND c.pso30plus = 0))
			THEN 1 ELSE 0 END AS f_below,
		CASE WHEN c.cert_rung IS NOT NULL
			AND c.first_stop < max(c.cert_expires_on, $today, c.next_period_end) THEN 1 ELSE 0 END
			AS f_stop,
		CASE WHEN c.cert_rung IS NOT NULL
			AND c.first_evidence_expiry < max(c.cert_expires_on, $today) THEN 1 ELSE 0 END AS f_evidence,
		CASE WHEN c.assessed_at IS NULL
			OR date(c.assessed_at, 'unixepoch') < $cutoff THEN 1 ELSE 0 END AS f_old
	FROM memberships m
	LEFT JOIN portfolio_cache c ON c.organisation_id = m.organisation_id
		AND c.computed_on = $today AND c.scorer = $scorer
	WHERE m.user_id = $user AND m.role = 'advisor'`;

const flagColumns: Record<RiskFlag, string> = {
	'estimate-below-certified': 'f_below',
	'lines-stop-before-renewal': 'f_stop',
	'evidence-expiring': 'f_evidence',
	'no-assessment-12-months': 'f_old'
};

// Whitelisted ORDER BY clauses; rows without the value go last in either direction.
const sortColumns: Record<PortfolioSort, string> = {
	name: 'name COLLATE NOCASE',
	expiry: 'expires_on',
	'days-left': 'days_left',
	'last-assessment': 'assessed_at'
};

function orderBy(sort: PortfolioSort, dir: 'asc' | 'desc'): string {
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

function filterSql(query: PortfolioQuery, params: Record<string, unknown>): string {
	const where: string[] = [];
	if (query.q.trim() !== '') {
		where.push(`name LIKE $like ESCAPE '\\'`);
		params.like = likePattern(query.q.trim());
	}
	if (query.flag) where.push(`${flagColumns[query.flag]} = 1`);
	if (query.rung) {
		where.push('rung = $rung');
		params.rung = query.rung;
	}
	if (query.certified === 'none') where.push('cert_rung IS NULL');
	else if (query.certified) {
		where.push('cert_rung = $certified');
		params.certified = query.certified;
	}
	return ['stale = 0', ...where].join(' AND ');
}

interface Row {
	org_id: string;
	name: string;
	assessment_id: string | null;
	assessment_name: string | null;
	status: 'draft' | 'final' | null;
	assessed_at: number | null;
	rung: RungCode | null;
	total_pct: number | null;
	cert_rung: CertifiedRung | null;
	cert_pso30plus: number | null;
	expires_on: string | null;
	days_left: number | null;
	f_below: number;
	f_stop: number;
	f_evidence: number;
	f_old: number;
}

function toRow(r: Row): PortfolioRow {
	return {
		organisationId: r.org_id,
		name: r.name,
		assessment:
			r.assessment_id === null
				? null
				: {
						id: r.assessment_id,
						name: r.assessment_name!,
						status: r.status!,
						assessedAt: r.assessed_at!,
						assessedOn: isoDateOfSeconds(r.assessed_at!)
					},
		estimatedRung: r.rung,
		totalPct: r.total_pct,
		certificate:
			r.cert_rung === null
				? null
				: {
						rung: r.cert_rung,
						pso30plus: r.cert_pso30plus === 1,
						expiresOn: r.expires_on!,
						daysLeft: r.days_left!
					},
		flags: riskFlags.filter((f) => r[flagColumns[f] as 'f_below'] === 1)
	};
}

/**
 * Brings this user's clients' portfolio rows up to date: picks each stale organisation's latest
 * assessment and certificate, scores the assessments whose summary is missing, and writes the
 * rows, all in one transaction. Warm (every row valid today) this is one count-like scan.
 */
function refreshStale(
	db: Db,
	userId: string,
	today: string,
	now: number,
	lock: 'immediate' | 'deferred' = 'immediate'
): void {
	const stale = db
		.prepare(staleClientsSql)
		.pluck()
		.all({ user: userId, today, scorer: scorerVersion }) as string[];
	if (stale.length === 0) return;
	const params = { ids: JSON.stringify(stale), today, scorer: scorerVersion };
	const refresh = db.transaction(() => {
		const summaries = db.prepare(staleSummariesSql).all(params) as {
			assessment_id: string;
			org_id: string;
			name: string;
		}[];
		refreshScoreCache(
			db,
			summaries.map((s): StaleAssessment => ({
				assessmentId: s.assessment_id,
				organisationId: s.org_id,
				organisationName: s.name
			})),
			now
		);
		db.prepare(fillSql).run(params);
	});
	refresh[lock]();
}

/**
 * What the portfolio reads, as connection-local copies when the cache cannot be written: the
 * rows are computed and served all the same (see withScratchTables). The result views are not
 * copied (large): drafts are scored afresh, about a millisecond each.
 */
const scratchCaches: ScratchTable[] = [
	{
		name: 'portfolio_cache',
		copyWhere: `organisation_id IN
			(SELECT organisation_id FROM memberships WHERE user_id = $user AND role = 'advisor')`
	},
	{
		name: 'assessment_score_cache',
		copyWhere: `assessment_id IN (SELECT a.id FROM assessments a
			JOIN memberships m ON m.organisation_id = a.organisation_id
			WHERE m.user_id = $user AND m.role = 'advisor')`
	},
	{ name: 'result_cache', copyWhere: 'false' }
];

/**
 * One page of the portfolio (or every row, for the CSV export). Only memberships with the
 * advisor role count, so a revoked grant drops the client on the very next call.
 */
export function listPortfolio(
	db: Db,
	userId: string,
	today: string,
	query: PortfolioQuery,
	now: number,
	options: { all?: boolean } = {}
): PortfolioPage {
	const params: Record<string, unknown> = {
		user: userId,
		today,
		scorer: scorerVersion,
		cutoff: addMonths(today, -STALE_ASSESSMENT_MONTHS)
	};
	const match = filterSql(query, params);
	// One pass counts the matches and the stale rows; a page is read only when needed. (A
	// window count over the page query would carry every row through the sorter: 3× slower.)
	const countSql = `SELECT coalesce(sum(stale), 0) AS stale,
		coalesce(sum(CASE WHEN ${match} THEN 1 ELSE 0 END), 0) AS total FROM (${portfolioSql})`;
	const counts = db.prepare(countSql).get(params) as { stale: number; total: number };
	if (counts.stale === 0) return readPage(db, params, match, counts.total, query, options);
	const recount = () => (db.prepare(countSql).get(params) as { total: number }).total;
	if (writeCacheIfPossible(db, 'portfolio', () => refreshStale(db, userId, today, now))) {
		return readPage(db, params, match, recount(), query, options);
	}
	// A read page never fails because its cache could not be written.
	return withScratchTables(db, scratchCaches, { user: userId }, () => {
		refreshStale(db, userId, today, now, 'deferred');
		return readPage(db, params, match, recount(), query, options);
	});
}

function readPage(
	db: Db,
	params: Record<string, unknown>,
	match: string,
	total: number,
	query: PortfolioQuery,
	options: { all?: boolean }
): PortfolioPage {
	const pages = options.all ? 1 : Math.max(1, Math.ceil(total / PAGE_SIZE));
	// Past the end (a bookmarked page of a list that shrank): the last page instead.
	const page = Math.min(pages, Math.max(1, Math.floor(query.page)));
	const limit = options.all ? '' : `LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
	const rows =
		total === 0
			? []
			: (db
					.prepare(
						`SELECT * FROM (${portfolioSql}) WHERE ${match}
						 ORDER BY ${orderBy(query.sort, query.dir)} ${limit}`
					)
					.all(params) as Row[]);
	return { rows: rows.map(toRow), total, page, pages };
}

/** Whether the user advises at least one organisation (for the portfolio link in the menu). */
export function holdsAdvisorGrant(db: Db, userId: string): boolean {
	return (
		db
			.prepare("SELECT 1 FROM memberships WHERE user_id = ? AND role = 'advisor' LIMIT 1")
			.get(userId) !== undefined
	);
}
