import { describe, expect, it } from 'vitest';
import { listSearch, parseLineQuery, parsePurchaseQuery } from './list-query';

const line = (search: string) => parseLineQuery(new URLSearchParams(search));

describe('list queries in the URL', () => {
	it('reads search, filters, page and size, and writes them back the same', () => {
		const query = line('q=mw-1&position=wajong&contract=regular&attention=1&page=3&size=100');
		expect(query).toEqual({
			q: 'mw-1',
			position: 'wajong',
			contract: 'regular',
			attention: true,
			page: 3,
			size: 100
		});
		expect(line(listSearch(query).slice(1))).toEqual(query);
	});

	it.each([
		['position=nurse&contract=&page=-2&size=7&attention=yes', ''],
		['page=abc&size=50', ''],
		['q=%20%20x%20', '?q=x']
	])('falls back to the defaults for %s', (search, expected) => {
		expect(listSearch(line(search))).toBe(expected);
	});

	it('pages purchases by supplier name', () => {
		expect(listSearch(parsePurchaseQuery(new URLSearchParams('q=SW&page=2&size=25')))).toBe(
			'?q=SW&size=25&page=2'
		);
	});
});
