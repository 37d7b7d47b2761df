import { portfolioSorts, rungMatches, type PortfolioQuery } from '$lib/forms/portfolio-query';
import { rungCodes } from '$lib/pso/input-codes';
import { certifiedRungs } from '$lib/pso/certified-rung';
import { riskFlags } from '$lib/pso/renewal-risk';
import { z } from 'zod';

// Unknown values fall back to the defaults instead of failing: a hand-edited or outdated
// bookmark still shows a page.
const schema = z.object({
	q: z.string().trim().max(200).catch(''),
	flag: z.enum(riskFlags).nullable().catch(null),
	rung: z.enum(rungCodes).nullable().catch(null),
	rungMatch: z.enum(rungMatches).catch('likely'),
	certified: z
		.enum([...certifiedRungs, 'none'])
		.nullable()
		.catch(null),
	sort: z.enum(portfolioSorts).catch('name'),
	dir: z.enum(['asc', 'desc']).catch('asc'),
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});

/** The portfolio's filters, sort and page from the URL (shared by the page and the CSV). */
export function parsePortfolioQuery(params: URLSearchParams): PortfolioQuery {
	const raw = Object.fromEntries([...params].filter(([, v]) => v !== ''));
	return schema.parse({ flag: null, rung: null, certified: null, ...raw });
}
