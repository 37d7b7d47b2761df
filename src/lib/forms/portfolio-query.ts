// The advisor portfolio's filters, sort and page live in the URL (a GET form), so a filtered
// view can be bookmarked, shared and used without JavaScript. The page imports this module, so
// it holds no zod: parsing the URL happens on the server (routes/advisor/portfolio-params.ts).
import type { RungCode } from '$lib/pso/input-codes';
import type { CertifiedRung } from '$lib/pso/certified-rung';
import type { RiskFlag } from '$lib/pso/renewal-risk';

export const portfolioSorts = ['name', 'expiry', 'days-left', 'last-assessment'] as const;
export type PortfolioSort = (typeof portfolioSorts)[number];

export interface PortfolioQuery {
	/** Part of the organisation's name; empty for all. */
	q: string;
	flag: RiskFlag | null;
	/** Estimated rung of the latest assessment. */
	rung: RungCode | null;
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
