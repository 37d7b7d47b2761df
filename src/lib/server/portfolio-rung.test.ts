import type { PortfolioQuery } from '$lib/forms/portfolio-query';
import { assessment, line } from '$lib/pso/test-support/assessment-builder';
import { beforeEach, describe, expect, it } from 'vitest';
import { importAssessmentDocument } from './assessments/import';
import { openTestDatabase, type Db } from './db';
import * as memberships from './memberships';
import * as organisations from './organisations';
import { listPortfolio, type PortfolioRow } from './portfolio';
import * as users from './users';

const today = '2026-03-01';
const recently = Date.UTC(2026, 1, 1) / 1000;
const query = (overrides: Partial<PortfolioQuery> = {}): PortfolioQuery => ({
	q: '',
	flag: null,
	rung: null,
	certified: null,
	sort: 'name',
	dir: 'asc',
	page: 1,
	...overrides
});

let db: Db;
let ownerId: string;
let advisorId: string;

/** A client of the advisor, assessed with `totalFte` and `people` full-time Wajong lines. */
function client(name: string, totalFte: number | null, people = 1): void {
	const fields = { name, kvk: '12345678', sector: null, fulltimeHours: 40 };
	const orgId = organisations.createOrganisation(db, ownerId, fields, recently).id;
	memberships.inviteByEmail(db, orgId, 'advisor@example.nl', 'advisor', ownerId, recently);
	memberships.claimInvitations(db, advisorId, 'advisor@example.nl', recently);
	if (totalFte === null) return;
	const targetGroup = Array.from({ length: people }, () => line());
	importAssessmentDocument(
		db,
		orgId,
		ownerId,
		assessment({ totalFte, targetGroup }),
		'Peiljaar',
		recently
	);
}

const rowsByName = (q: Partial<PortfolioQuery> = {}): Record<string, PortfolioRow> =>
	Object.fromEntries(listPortfolio(db, advisorId, today, query(q)).rows.map((r) => [r.name, r]));

beforeEach(() => {
	db = openTestDatabase();
	ownerId = users.createUser(db, 'owner@example.nl', 'hash', recently)!.id;
	advisorId = users.createUser(db, 'advisor@example.nl', 'hash', recently)!.id;
	// 1 of 9 FTE = 11,1 %: basistrede on the modelled norm of size 5, trede 2 interpolated.
	client('Negen BV', 9);
	// 10 of 50 FTE = 20 %: a published size, one rung.
	client('Vijftig BV', 50, 10);
	client('Leeg BV', null);
});

describe('portfolio rows: the likely rung and its range (issue 10 item 2)', () => {
	it('gives the likely rung, the range and the modelled basistrede of an untabled size', () => {
		expect(rowsByName()['Negen BV']).toMatchObject({
			estimatedRung: 'basistrede',
			rungFacts: {
				rung: 'basistrede',
				likelyRung: 'trede-2',
				rungRange: { atLeast: 'basistrede', likely: 'trede-2', atMost: 'trede-2' },
				size: 9,
				basistredeModelled: true
			}
		});
	});

	it('gives a single rung for a published size, and no facts for a client without a score', () => {
		const rows = rowsByName();
		expect(rows['Vijftig BV']!.rungFacts).toMatchObject({
			rung: 'trede-3',
			likelyRung: 'trede-3',
			rungRange: { atLeast: 'trede-3', atMost: 'trede-3' },
			size: 50
		});
		expect(rows['Leeg BV']!.rungFacts).toBeNull();
	});

	it('gives the same facts on a filtered first read (outcomes computed) as from the cache', () => {
		const filtered = rowsByName({ q: 'negen' })['Negen BV']!.rungFacts;
		expect(filtered).toEqual(rowsByName()['Negen BV']!.rungFacts);
	});
});
