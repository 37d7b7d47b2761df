// The advisor portfolio: one row per organisation that granted this user the advisor role.
//
// Performance (1,000 clients × 5 assessments must render in a few milliseconds): nothing is
// scored on a request once the cache is warm. The latest assessment's summary comes from
// assessment_score_cache (finals from their stored result, drafts scored once), filled lazily
// for the few rows that are missing or stale. Flags, filters, sorting, counting and paging
// are then one SQL statement over scalar columns, so only the 25 rows shown reach JavaScript.
// The flag rules mirror riskFlagsFor in src/lib/pso/renewal-readiness.ts; a unit test holds
// the two to the same answers.
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
} from './assessment-score-cache';
import type { Db } from './db';
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
const estimateLevelSql = `max(CASE s.rung WHEN 'basistrede' THEN 2 WHEN 'trede-1' THEN 3
	WHEN 'trede-2' THEN 4 WHEN 'trede-3' THEN 5 ELSE 0 END, CASE WHEN s.aspirant = 1 THEN 1 ELSE 0 END)`;
const certifiedLevelSql = `CASE ce.rung WHEN 'aspirant' THEN 1 WHEN 'basistrede' THEN 2
	WHEN 'trede-1' THEN 3 WHEN 'trede-2' THEN 4 WHEN 'trede-3' THEN 5 END`;

/** Every organisation the user advises, with its latest assessment and renewal certificate. */
const clientsCte = `clients AS MATERIALIZED (
	SELECT o.id AS org_id, o.name,
		(SELECT id FROM assessments WHERE organisation_id = o.id
			ORDER BY ${latestAssessmentOrder} LIMIT 1) AS assessment_id,
		(SELECT id FROM certificates WHERE organisation_id = o.id AND issued_on <= $today
			ORDER BY expires_on >= $today DESC, issued_on DESC, created_at DESC, id LIMIT 1)
			AS certificate_id
	FROM memberships m JOIN organisations o ON o.id = m.organisation_id
	WHERE m.user_id = $user AND m.role = 'advisor')`;

const staleSql = `WITH ${clientsCte}
	SELECT cl.assessment_id, cl.org_id, cl.name FROM clients cl
	JOIN assessments a ON a.id = cl.assessment_id
	LEFT JOIN assessment_score_cache s ON s.assessment_id = a.id
	WHERE s.assessment_id IS NULL OR s.updated_at <> a.updated_at OR s.scorer <> $scorer`;

const rowsCte = `portfolio AS MATERIALIZED (
	SELECT cl.org_id, cl.name, a.id AS assessment_id, a.name AS assessment_name, a.status,
		coalesce(a.finalised_at, a.updated_at) AS assessed_at, s.rung, s.total_pct,
		ce.rung AS cert_rung, ce.pso30plus AS cert_pso30plus, ce.expires_on,
		CAST(julianday(ce.expires_on) - julianday($today) AS INTEGER) AS days_left,
		CASE WHEN ce.id IS NOT NULL AND s.rung IS NOT NULL AND (${estimateLevelSql} < ${certifiedLevelSql}
			OR (ce.pso30plus = 1 AND s.pso30plus = 0)) THEN 1 ELSE 0 END AS f_below,
		CASE WHEN ce.id IS NOT NULL
			AND s.first_stop < max(ce.expires_on, $today, s.next_period_end) THEN 1 ELSE 0 END AS f_stop,
		CASE WHEN ce.id IS NOT NULL
			AND s.first_evidence_expiry < max(ce.expires_on, $today) THEN 1 ELSE 0 END AS f_evidence,
		CASE WHEN a.id IS NULL
			OR date(coalesce(a.finalised_at, a.updated_at), 'unixepoch') < $cutoff THEN 1 ELSE 0 END
			AS f_old
	FROM clients cl
	LEFT JOIN assessments a ON a.id = cl.assessment_id
	LEFT JOIN assessment_score_cache s
		ON s.assessment_id = a.id AND s.updated_at = a.updated_at AND s.scorer = $scorer
	LEFT JOIN certificates ce ON ce.id = cl.certificate_id)`;

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
	return where.length ? `WHERE ${where.join(' AND ')}` : '';
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
	total: number;
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

/** Fills the cache for clients whose latest assessment has no valid summary yet. */
function refreshStale(db: Db, userId: string, today: string, now: number): void {
	const stale = db.prepare(staleSql).all({ user: userId, today, scorer: scorerVersion }) as {
		assessment_id: string;
		org_id: string;
		name: string;
	}[];
	if (stale.length === 0) return;
	refreshScoreCache(
		db,
		stale.map((s): StaleAssessment => ({
			assessmentId: s.assessment_id,
			organisationId: s.org_id,
			organisationName: s.name
		})),
		now
	);
}

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
	refreshStale(db, userId, today, now);
	const params: Record<string, unknown> = {
		user: userId,
		today,
		scorer: scorerVersion,
		cutoff: addMonths(today, -STALE_ASSESSMENT_MONTHS)
	};
	const where = filterSql(query, params);
	const run = (page: number): Row[] => {
		const limit = options.all ? '' : `LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
		return db
			.prepare(
				`WITH ${clientsCte}, ${rowsCte}
				 SELECT *, count(*) OVER () AS total FROM portfolio ${where}
				 ORDER BY ${orderBy(query.sort, query.dir)} ${limit}`
			)
			.all(params) as Row[];
	};
	const requested = options.all ? 1 : Math.max(1, Math.floor(query.page));
	let rows = run(requested);
	let page = requested;
	if (rows.length === 0 && requested > 1) {
		// Past the end (a bookmarked page of a list that shrank): show the last page instead.
		const total = run(1)[0]?.total ?? 0;
		page = Math.max(1, Math.ceil(total / PAGE_SIZE));
		rows = run(page);
	}
	const total = rows[0]?.total ?? 0;
	return {
		rows: rows.map(toRow),
		total,
		page,
		pages: options.all ? 1 : Math.max(1, Math.ceil(total / PAGE_SIZE))
	};
}
