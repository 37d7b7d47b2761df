// The advisor portfolio's filters, sort and page live in the URL (a GET form), so a filtered
// view can be bookmarked, shared and used without JavaScript. The page imports this module, so
// it holds no zod: parsing the URL happens on the server (routes/advisor/portfolio-params.ts).
import type { RungCode } from '$lib/pso/input-codes';
import type { CertifiedRung } from '$lib/pso/certified-rung';
import type { RiskFlag } from '$lib/pso/renewal-risk';
import { estimatedLevel } from '$lib/pso/rung-scale';

export const portfolioSorts = [
	'name',
	'expiry',
	'days-left',
	'last-assessment',
	'likely-rung'
] as const;
export type PortfolioSort = (typeof portfolioSorts)[number];

/**
 * How the rung filter matches (contract §6.1): `likely`, the likely rung is the one chosen;
 * `range`, the chosen rung lies anywhere in the range, so an advisor also finds the clients
 * that could be at that rung once the norm for their size is known.
 */
export const rungMatches = ['likely', 'range'] as const;
export type RungMatch = (typeof rungMatches)[number];

export interface PortfolioQuery {
	/** Part of the organisation's name; empty for all. */
	q: string;
	flag: RiskFlag | null;
	/** Rung of the latest assessment: its likely rung, or within its range (`rungMatch`). */
	rung: RungCode | null;
	rungMatch: RungMatch;
	/** Certified rung; `none` for organisations without a certificate. */
	certified: CertifiedRung | 'none' | null;
	sort: PortfolioSort;
	dir: 'asc' | 'desc';
	page: number;
}

export const defaultPortfolioQuery: PortfolioQuery = {
	q: '',
	flag: null,
	rung: null,
	rungMatch: 'likely',
	certified: null,
	sort: 'name',
	dir: 'asc',
	page: 1
};

/** The query string for `query` with `changes`, leaving out defaults so URLs stay short. */
export function portfolioSearch(
	query: PortfolioQuery,
	changes: Partial<PortfolioQuery> = {}
): string {
	const merged = { ...query, ...changes };
	const params = new URLSearchParams();
	for (const key of Object.keys(defaultPortfolioQuery) as (keyof PortfolioQuery)[]) {
		const value = merged[key];
		if (value !== null && value !== defaultPortfolioQuery[key]) params.set(key, String(value));
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** An estimate as the rung filter sees it: the range after the criteria (low end, likely, high end). */
export interface EstimateRange {
	atLeast: RungCode;
	likely: RungCode;
	atMost: RungCode;
}

/**
 * Whether a client's estimate passes the rung filter (the portfolio's SQL does the same;
 * a unit test holds the two together). Below the basistrede `none` and `not-eligible` share a
 * level, so a range includes them only as one of its ends.
 */
export function rungFilterMatches(
	estimate: EstimateRange,
	rung: RungCode,
	match: RungMatch
): boolean {
	if (estimate.likely === rung) return true;
	if (match === 'likely') return false;
	if (estimate.atLeast === rung || estimate.atMost === rung) return true;
	const level = estimatedLevel[rung];
	return estimatedLevel[estimate.atLeast] < level && level < estimatedLevel[estimate.atMost];
}
