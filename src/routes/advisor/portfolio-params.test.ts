import { defaultPortfolioQuery, portfolioSearch } from '$lib/forms/portfolio-query';
import { describe, expect, it } from 'vitest';
import { parsePortfolioQuery } from './portfolio-params';

const parse = (search: string) => parsePortfolioQuery(new URLSearchParams(search));

describe('portfolio URL', () => {
	it.each([
		['', defaultPortfolioQuery],
		[
			'q=+groen+&flag=evidence-expiring&rung=trede-2&certified=none&sort=days-left&dir=desc&page=3',
			{
				q: 'groen',
				flag: 'evidence-expiring',
				rung: 'trede-2',
				rungMatch: 'likely',
				certified: 'none',
				sort: 'days-left',
				dir: 'desc',
				page: 3
			}
		],
		[
			'rung=trede-2&rungMatch=range&sort=likely-rung&dir=desc',
			{
				...defaultPortfolioQuery,
				rung: 'trede-2',
				rungMatch: 'range',
				sort: 'likely-rung',
				dir: 'desc'
			}
		],
		// What a GET form sends for untouched fields, and hand-edited nonsense: the defaults.
		['q=&flag=&rung=&certified=&sort=name&dir=asc', defaultPortfolioQuery],
		[
			'flag=everything&rung=trede-9&rungMatch=maybe&certified=gold&sort=size&dir=up&page=-2',
			defaultPortfolioQuery
		],
		['page=2.5', defaultPortfolioQuery]
	])('%j', (search, expected) => {
		expect(parse(search)).toEqual(expected);
	});

	it('links keep the filters and leave out defaults', () => {
		const query = parse('q=klant&flag=no-assessment-12-months&sort=expiry');
		expect(portfolioSearch(query, { page: 2 })).toBe(
			'?q=klant&flag=no-assessment-12-months&sort=expiry&page=2'
		);
		expect(parse(portfolioSearch(query, { page: 2 }).slice(1))).toEqual({ ...query, page: 2 });
		expect(portfolioSearch(defaultPortfolioQuery)).toBe('');
	});
});
