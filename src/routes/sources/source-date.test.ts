import { describe, expect, it } from 'vitest';
import { formatSourceDate, sourceDate } from './source-date';

describe('sourceDate', () => {
	it.each([
		['TNO, Handleiding versie 1.2 (1 Apr 2014), docplayer', '1 april 2014', '1 April 2014'],
		['TNO, PSO Handleiding versie 1.7 (March 2019), docplayer', 'maart 2019', 'March 2019'],
		['DNV GL, "Nieuwe PSO handleiding versie 1.2" (2014)', '2014', '2014'],
		['PSO-Nederland, "PSO-Handleiding" page (v1.6, 2018)', '2018', '2018'],
		['"De PSO-doelgroep" (three crawled versions, c. 2017–2024)', '2017–2024', '2017–2024'],
		['365Werk, "Waarom" (c. 2023–2024; secondary)', '2023–2024', '2023–2024'],
		['DZB Leiden, "Bouwblokkenmethode" (from 1 Sep 2023)', '1 september 2023', '1 September 2023'],
		['Kiwa, "Het PSO-keurmerk" (11 May 2022)', '11 mei 2022', '11 May 2022'],
		// The date in parentheses, not a date inside the quoted title.
		['"Nieuwe staffel per 1 januari 2018" (30 Nov 2017)', '30 november 2017', '30 November 2017']
	])('%s → %s / %s', (title, nl, en) => {
		const date = sourceDate(title)!;
		expect(formatSourceDate(date, 'nl')).toBe(nl);
		expect(formatSourceDate(date, 'en')).toBe(en);
	});

	it.each([
		['PSO-Nederland, "Directe sociale bijdrage"'],
		['PSO-Nederland, "Indirecte sociale bijdrage" (two versions)'],
		['deBesteEHBOdoos, PSO tag page (trede 3 = best 10%; biennial check)'],
		['Regio Noordoost-Brabant, "Bijlage 5-2 POHO 21 september 2017 – beleidskader"']
	])('gives no date for %s', (title) => {
		expect(sourceDate(title)).toBeNull();
	});

	it('marks an approximate date', () => {
		expect(sourceDate('x (c. 2024)')).toMatchObject({ year: 2024, approximate: true });
		expect(sourceDate('x (2024)')).toMatchObject({ year: 2024, approximate: false });
	});
});
