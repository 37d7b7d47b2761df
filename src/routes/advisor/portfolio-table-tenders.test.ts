import type { PortfolioRow } from '$lib/server/portfolio';
import type { ClientTenders } from '$lib/server/portfolio-tenders';
import { describe, expect, it } from 'vitest';
import { portfolioTable } from './portfolio-table';

const row = (organisationId: string, name: string): PortfolioRow => ({
	organisationId,
	name,
	assessment: null,
	estimatedRung: null,
	rungFacts: null,
	totalPct: null,
	certificate: null,
	flags: ['no-assessment-12-months']
});

const tenders = new Map<string, ClientTenders>([
	['a', { count: 2, credit: { min: 0, max: 100_000 }, estimate: false, outlivesCertificate: true }]
]);

describe('the SR value in the portfolio export', () => {
	it('gives min and max as numbers and adds the tender flag beside the others', () => {
		const table = portfolioTable([row('a', 'Bouw BV'), row('b', 'Schoon BV')], 'nl', tenders);
		const headers = table.columns.map((c) => c.header);
		const min = headers.indexOf('SR-waarde minimaal (€)');
		const flags = headers.length - 1;
		const [withTenders, without] = table.rows as [unknown[], unknown[]];
		expect(headers[min + 1]).toBe('SR-waarde maximaal (€)');
		expect(withTenders.slice(min, min + 2)).toEqual([0, 100_000]);
		expect(withTenders[flags]).toBe(
			'Geen beoordeling in 12 maanden | Aanbesteding loopt langer dan het certificaat'
		);
		// A client without tenders: both empty, only its own flags.
		expect(without.slice(min, min + 2)).toEqual([null, null]);
		expect(without[flags]).toBe('Geen beoordeling in 12 maanden');
	});
});
