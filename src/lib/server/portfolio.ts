// The advisor portfolio: one row per organisation that granted this user the advisor role.
//
// Performance (1,000 clients × 5 assessments in a few milliseconds, the same order as a static
// page): a warm request scores nothing and reads nothing wide. Each client's latest assessment
// is picked from a covering index (migration 014) and joined to its row in the one outcome
// cache (outcome.ts), valid while the assessment's revision and ruleset hash match; the
// certificate in force today is picked live. Outcomes are computed for the clients whose row is
// missing or stale. Flags, filters, sorting, counting and paging are then SQL over scalar
// columns (portfolio-filters.ts: they compare the likely rung and its range, contract §6.1), so
// only the 25 rows shown reach JavaScript. Membership is checked live on every request, so a
// revoked grant drops the client at once.
import type { PortfolioQuery, PortfolioSort } from '$lib/forms/portfolio-query';
import type { RungCode } from '$lib/pso/input-codes';
import type { CertifiedRung } from '$lib/pso/certified-rung';
import { addMonths } from '$lib/pso/iso-date';
import { riskFlags, STALE_ASSESSMENT_MONTHS, type RiskFlag } from '$lib/pso/renewal-risk';
import { rungFactsOf, type PortfolioRungFacts } from './portfolio-rung';
import {
	filterSql,
	flagColumns,
	flagTerms,
	likelyOrderTerm,
	orderBy,
	outcomeSorts
} from './portfolio-filters';
import { refreshOutcomes, rulesetHashes, type OutcomeKey } from './assessments/outcome';
import { latestFirstOrder } from './assessments/records';
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
	/** The strict headline rung (the low end of the range the filter and the flags compare). */
	estimatedRung: RungCode | null;
	/** What the row leads with: the likely rung, and its range for an unpublished norm. */
	rungFacts: PortfolioRungFacts | null;
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

/**
 * One row per advisor client: its latest assessment (the one order of records.ts) with that
 * assessment's cached outcome when the row's key still matches (`stale` when it does not), and
 * the certificate renewal is about today (as certificates.renewalCertificate picks it: the
 * newest one in force, else the newest issued, each an index walk without sorting). The
 * assessment columns come from the covering index (migration 014), never from the wide rows.
 * `scope` limits it to the organisations in $page (a JSON array).
 */
const latestPick = (column: string) => `(SELECT ${column} FROM assessments
	INDEXED BY assessments_outcome_key WHERE organisation_id = o.id
	ORDER BY ${latestFirstOrder} LIMIT 1)`;
const certificatePick = (column: string) => `coalesce(
	(SELECT ${column} FROM certificates INDEXED BY certificates_renewal_pick
		WHERE organisation_id = o.id AND issued_on <= $today AND expires_on >= $today
		ORDER BY issued_on DESC, created_at DESC, id LIMIT 1),
	(SELECT ${column} FROM certificates INDEXED BY certificates_renewal_pick
		WHERE organisation_id = o.id AND issued_on <= $today
		ORDER BY issued_on DESC, created_at DESC, id LIMIT 1))`;
const advisorClients = `FROM memberships m JOIN organisations o ON o.id = m.organisation_id
	WHERE m.user_id = $user AND m.role = 'advisor'`;
const scopedToPage = 'AND m.organisation_id IN (SELECT value FROM json_each($page))';

/**
 * The sort key of each order that needs no outcome (orderBy's columns), when only the order
 * is needed.
 */
const sortKeys: Record<Exclude<PortfolioSort, 'likely-rung'>, string> = {
	name: '',
	expiry: `, ${certificatePick('expires_on')} AS expires_on`,
	// Days left run with the expiry date.
	'days-left': `, ${certificatePick('expires_on')} AS days_left`,
	'last-assessment': `, ${latestPick('coalesce(finalised_at, updated_at)')} AS assessed_at`
};

const clientsCte = (scope = '') => `picks AS MATERIALIZED (
	SELECT o.id AS org_id, o.name, ${latestPick('id')} AS assessment_id,
		${certificatePick('id')} AS certificate_id
	${advisorClients} ${scope}),
c AS (
	SELECT p.org_id, p.name, a.id AS assessment_id, a.name AS assessment_name, a.status,
		a.revision, a.ruleset_id, coalesce(a.finalised_at, a.updated_at) AS assessed_at,
		a.id IS NOT NULL AND s.assessment_id IS NULL AS stale, s.rung, s.total_pct,
		coalesce(s.aspirant, 0) AS aspirant, coalesce(s.pso30plus, 0) AS pso30plus, s.likely_rung,
		s.rung_at_most, coalesce(s.pso30plus_possible, 0) AS pso30plus_possible, s.first_stop,
		s.next_period_end, s.first_evidence_expiry, ce.rung AS cert_rung,
		ce.pso30plus AS cert_pso30plus, ce.expires_on AS cert_expires_on
	FROM picks p
	LEFT JOIN assessments a INDEXED BY assessments_outcome_key
		ON a.organisation_id = p.org_id AND a.id = p.assessment_id
	LEFT JOIN assessment_outcomes s ON s.assessment_id = a.id AND s.revision = a.revision
		AND s.ruleset_hash = ${rulesetHashSql('a.ruleset_id')}
	LEFT JOIN certificates ce ON ce.id = p.certificate_id)`;

/** The current ruleset hash of each shipped ruleset, as SQL (our own constants, quoted). */
function rulesetHashSql(column: string): string {
	const q = (text: string) => `'${text.replaceAll("'", "''")}'`;
	const whens = Object.entries(rulesetHashes).map(([id, hash]) => `WHEN ${q(id)} THEN ${q(hash)}`);
	return `CASE ${column} ${whens.join(' ')} END`;
}

/** The clients' latest assessments whose outcome is missing or stale. */
const staleSql = `WITH ${clientsCte()}
	SELECT assessment_id AS id, org_id AS organisationId, revision, ruleset_id AS rulesetId, name
	FROM c WHERE stale`;

/** One row per client with its flags (the rules of riskFlagsFor, in SQL). */
const portfolioSql = (scope = '') => `WITH ${clientsCte(scope)}
	SELECT c.stale, c.org_id, c.name, c.assessment_id, c.assessment_name, c.status, c.assessed_at,
		c.rung, c.likely_rung, c.rung_at_most, c.total_pct, c.cert_rung, c.cert_pso30plus,
		c.cert_expires_on AS expires_on,
		CAST(julianday(c.cert_expires_on) - julianday($today) AS INTEGER) AS days_left,
		${likelyOrderTerm()}, ${flagTerms()}
	FROM c`;

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
	f_maybe_below: number;
	f_stop: number;
	f_evidence: number;
	f_old: number;
}

function toRow(r: Row, facts: Map<string, PortfolioRungFacts>): PortfolioRow {
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
		rungFacts: r.assessment_id === null ? null : (facts.get(r.assessment_id) ?? null),
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
 * Computes the outcomes this user's clients lack (outcome.ts), in one transaction so a batch
 * of rows is one disk sync and no edit slips between reading the inputs and writing.
 */
function refreshStale(
	db: Db,
	params: Record<string, unknown>,
	lock: 'immediate' | 'deferred' = 'immediate'
): void {
	const refresh = db.transaction(() => {
		const stale = db.prepare(staleSql).all(pick(params, ['user', 'today'])) as (OutcomeKey & {
			name: string;
		})[];
		refreshOutcomes(
			db,
			stale.map(({ name, ...key }) => ({ key, organisationName: name }))
		);
	});
	// Deferred only for the connection-local scratch copies, which no other process writes.
	if (lock === 'immediate') refresh.immediate();
	else refresh.deferred();
}

function pick(params: Record<string, unknown>, keys: string[]): Record<string, unknown> {
	return Object.fromEntries(keys.map((k) => [k, params[k]]));
}

/**
 * The outcome rows the portfolio reads, as a connection-local copy when the cache cannot be
 * written: the page is computed and served all the same (see withScratchTables).
 */
const scratchOutcomes: ScratchTable[] = [
	{
		name: 'assessment_outcomes',
		copyWhere: `assessment_id IN (SELECT a.id FROM assessments a
			JOIN memberships m ON m.organisation_id = a.organisation_id
			WHERE m.user_id = $user AND m.role = 'advisor')`
	}
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
	options: { all?: boolean } = {}
): PortfolioPage {
	const params: Record<string, unknown> = {
		user: userId,
		today,
		cutoff: addMonths(today, -STALE_ASSESSMENT_MONTHS)
	};
	const match = filterSql(query, params);
	const first = readPage(db, params, match, query, options);
	if (first.stale === 0) return first.page;
	if (writeCacheIfPossible(db, 'assessment outcome', () => refreshStale(db, params))) {
		return readPage(db, params, match, query, options).page;
	}
	// A read page never fails because its cache could not be written.
	return withScratchTables(db, scratchOutcomes, { user: userId }, () => {
		refreshStale(db, params, 'deferred');
		return readPage(db, params, match, query, options).page;
	});
}

/**
 * Reads one page and counts the matches and the stale rows (a stale row's outcome is missing,
 * so a filter cannot judge it yet: stale rows pass the filter, and any stale row means the
 * caller refreshes and reads again). Unfiltered and sorted on a key that needs no outcome, the
 * count is the number of clients and only the rows shown need to be fresh; filtered (or sorted
 * by the likely rung), window counts over the same pass pick the client rows once.
 */
function readPage(
	db: Db,
	params: Record<string, unknown>,
	match: string,
	query: PortfolioQuery,
	options: { all?: boolean }
): { page: PortfolioPage; stale: number } {
	const unfiltered = match === 'true' && !outcomeSorts.has(query.sort);
	const limitFor = (page: number) =>
		options.all ? '' : `LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
	const order = orderBy(query.sort, query.dir);
	type Read = Row & { stale: number; total?: number; stale_count?: number };
	const run = (page: number): Read[] => {
		if (unfiltered) {
			// Sort the clients on the one key the order needs, then build the shown rows only.
			const ids = db
				.prepare(
					`SELECT org_id FROM (SELECT o.id AS org_id, o.name${sortKeys[query.sort as keyof typeof sortKeys]}
					 ${advisorClients}) ORDER BY ${order} ${limitFor(page)}`
				)
				.pluck()
				.all(pick(params, ['user', 'today'])) as string[];
			return db
				.prepare(`SELECT * FROM (${portfolioSql(scopedToPage)}) ORDER BY ${order}`)
				.all({ ...params, page: JSON.stringify(ids) }) as Read[];
		}
		return db
			.prepare(
				`SELECT *, count(*) OVER () AS total, sum(stale) OVER () AS stale_count
				 FROM (${portfolioSql()}) WHERE (${match}) OR stale ORDER BY ${order} ${limitFor(page)}`
			)
			.all(params) as Read[];
	};
	const clients = () =>
		db
			.prepare(`SELECT count(*) FROM memberships WHERE user_id = $user AND role = 'advisor'`)
			.pluck()
			.get(pick(params, ['user'])) as number;
	const lastPage = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));
	let page = Math.max(1, Math.floor(query.page));
	let total = unfiltered ? clients() : null;
	// Past the end (a bookmarked page of a list that shrank): the last page instead.
	if (total !== null) page = Math.min(page, lastPage(total));
	let rows = run(page);
	if (total === null && rows.length === 0 && page > 1) {
		const count = db
			.prepare(`SELECT count(*) FROM (${portfolioSql()}) WHERE (${match}) OR stale`)
			.pluck()
			.get(params) as number;
		page = lastPage(count);
		rows = run(page);
	}
	total ??= rows[0]?.total ?? 0;
	const stale = unfiltered ? rows.filter((r) => r.stale).length : (rows[0]?.stale_count ?? 0);
	// Only the rows shown, once fresh (a stale read is read again), have their results read.
	const fresh = rows.filter((r) => !r.stale && r.rung !== null).map((r) => r.assessment_id!);
	const facts = stale === 0 ? rungFactsOf(db, fresh) : new Map<string, PortfolioRungFacts>();
	return {
		page: {
			rows: rows.map((r) => toRow(r, facts)),
			total,
			page: options.all ? 1 : page,
			pages: options.all ? 1 : lastPage(total)
		},
		stale
	};
}

/** Whether the user advises at least one organisation (for the portfolio link in the menu). */
export function holdsAdvisorGrant(db: Db, userId: string): boolean {
	return (
		db
			.prepare("SELECT 1 FROM memberships WHERE user_id = $userId AND role = 'advisor' LIMIT 1")
			.get({ userId }) !== undefined
	);
}
