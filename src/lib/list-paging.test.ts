import { describe, expect, it } from 'vitest';
import { pageLinks, pageRange } from './list-paging';

const show = (page: number, pages: number) =>
	pageLinks(page, pages)
		.map((l) => ('gap' in l ? '…' : String(l.page)))
		.join(' ');

describe('pageLinks', () => {
	it.each([
		[1, 1, '1'],
		[1, 3, '1 2 3'],
		[1, 40, '1 2 3 … 40'],
		[6, 40, '1 … 4 5 6 7 8 … 40'],
		[4, 40, '1 2 3 4 5 6 … 40'],
		[40, 40, '1 … 38 39 40'],
		[500, 1000, '1 … 498 499 500 501 502 … 1000']
	])('page %i of %i: %s', (page, pages, expected) => {
		expect(show(page, pages)).toBe(expected);
	});
});

describe('pageRange', () => {
	it.each([
		[2, 50, 2000, { from: 51, to: 100 }],
		[40, 50, 1999, { from: 1951, to: 1999 }],
		[1, 50, 0, { from: 0, to: 0 }]
	])('page %i of size %i over %i', (page, size, count, expected) => {
		expect(pageRange(page, size, count)).toEqual(expected);
	});
});
