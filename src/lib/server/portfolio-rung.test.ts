import { rungFilterMatches, rungMatches, type PortfolioQuery } from '$lib/forms/portfolio-query';
import type { AssessmentInput } from '$lib/pso/assessment-schema';
import type { CertifiedRung } from '$lib/pso/certified-rung';
import { rungCodes } from '$lib/pso/input-codes';
import { riskFlagsFor } from '$lib/pso/renewal-risk';
import { assessment, line } from '$lib/pso/test-support/assessment-builder';
import { beforeEach, describe, expect, it } from 'vitest';
import { importAssessmentDocument } from './assessments/import';
import { renewalOutcome } from './assessments/outcome';
import * as certificates from './certificates';
import { openTestDatabase, type Db } from './db';
import * as memberships from './memberships';
import * as organisations from './organisations';
import { listPortfolio, type PortfolioRow } from './portfolio';
import { latestAssessment } from './renewal';
import { isoDateOfSeconds } from './today';
import * as users from './users';

const today = '2026-03-01';
const recently = Date.UTC(2026, 1, 1) / 1000;
const query = (overrides: Partial<PortfolioQuery> = {}): PortfolioQuery => ({
	q: '',
	flag: null,
	rung: null,
	rungMatch: 'likely',
	certified: null,
	sort: 'name',
	dir: 'asc',
	page: 1,
	...overrides
});

let db: Db;
let ownerId: string;
let advisorId: string;
let ids: Record<string, string>;

/** A client of the advisor, assessed with `totalFte` and `people` full-time Wajong lines. */
function client(
	name: string,
	totalFte: number | null,
	people = 1,
	overrides: Partial<AssessmentInput> = {}
): string {
	const fields = { name, kvk: '12345678', sector: null, fulltimeHours: 40 };
	const orgId = organisations.createOrganisation(db, ownerId, fields, recently).id;
	memberships.inviteByEmail(db, orgId, 'advisor@example.nl', 'advisor', ownerId, recently);
	memberships.claimInvitations(db, advisorId, 'advisor@example.nl', recently);
	if (totalFte === null) return orgId;
	const targetGroup = Array.from({ length: people }, () => line());
	importAssessmentDocument(
		db,
		orgId,
		ownerId,
		assessment({ totalFte, targetGroup, ...overrides }),
		'Peiljaar',
		recently
	);
	return orgId;
}

function certify(orgId: string, rung: CertifiedRung, pso30plus = false): void {
	const fields = { rung, pso30plus, issuedOn: '2024-06-30', expiresOn: '2026-06-30' };
	const rest = { certifyingBody: 'Kiwa', certificateNumber: null, note: null };
	certificates.addCertificate(db, orgId, ownerId, { ...fields, ...rest }, recently);
}

const rowsByName = (q: Partial<PortfolioQuery> = {}): Record<string, PortfolioRow> =>
	Object.fromEntries(listPortfolio(db, advisorId, today, query(q)).rows.map((r) => [r.name, r]));

beforeEach(() => {
	db = openTestDatabase();
	ownerId = users.createUser(db, 'owner@example.nl', 'hash', recently)!.id;
	advisorId = users.createUser(db, 'advisor@example.nl', 'hash', recently)!.id;
	ids = {
		// 1 of 9 FTE = 11,1 %: basistrede on the modelled norm of size 5, trede 2 interpolated.
		negen: client('Negen BV', 9),
		// 10 of 50 FTE = 20 %: a published size, one rung.
		vijftig: client('Vijftig BV', 50, 10),
		leeg: client('Leeg BV', null)
	};
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

const names = (q: Partial<PortfolioQuery>) => Object.keys(rowsByName(q));

describe('portfolio filters, flags and sort follow the likely rung (issue 10 item 2)', () => {
	it('finds the size-9 client by its likely rung, and by its strict rung only within the range', () => {
		expect(names({ rung: 'trede-2' })).toEqual(['Negen BV']);
		expect(names({ rung: 'basistrede' })).toEqual([]);
		expect(names({ rung: 'basistrede', rungMatch: 'range' })).toEqual(['Negen BV']);
		expect(names({ rung: 'trede-1', rungMatch: 'range' })).toEqual(['Negen BV']);
		expect(names({ rung: 'trede-3' })).toEqual(['Vijftig BV']);
	});

	it.each<[CertifiedRung, string[]]>([
		['basistrede', []],
		['trede-1', ['estimate-may-be-below-certified']],
		['trede-2', ['estimate-may-be-below-certified']],
		['trede-3', ['estimate-below-certified']]
	])('flags the size-9 client against a %s certificate: %j', (rung, flags) => {
		certify(ids.negen!, rung);
		certify(ids.vijftig!, 'trede-3');
		const rows = rowsByName();
		expect(rows['Negen BV']!.flags).toEqual(flags);
		expect(rows['Vijftig BV']!.flags).toEqual([]);
		const flagged = flags[0];
		if (flagged)
			expect(names({ flag: flagged as 'estimate-below-certified' })).toEqual(['Negen BV']);
	});

	it('sorts by the likely rung, then the range top; unscored clients last either way', () => {
		client('Klein BV', 3.2, 1, { organisation: { monthsActive: 36, headcount: 3 } });
		client('Twee BV', 50, 2);
		// 1 of 6 FTE = 16,7 %: trede 1 (size 5) to trede 3 (size 10), likely trede 2.
		client('Zes BV', 6, 1);
		expect(names({ sort: 'likely-rung' })).toEqual([
			'Negen BV',
			'Twee BV',
			'Zes BV',
			'Klein BV',
			'Vijftig BV',
			'Leeg BV'
		]);
		expect(names({ sort: 'likely-rung', dir: 'desc' })).toEqual([
			'Klein BV',
			'Vijftig BV',
			'Zes BV',
			'Negen BV',
			'Twee BV',
			'Leeg BV'
		]);
	});

	it('gives the same flags and rung matches as the pure rules, for every client', () => {
		const klein = client('Klein BV', 3.2, 1, { organisation: { monthsActive: 36, headcount: 3 } });
		const partial = {
			suitableWork: 'met',
			integration: 'met',
			development: 'met',
			guidance: 'partial'
		} as const;
		const held = client('Deels BV', 9, 1, { qualitative: partial });
		certify(ids.negen!, 'trede-2');
		certify(klein, 'trede-3', true);
		certify(held, 'basistrede');
		const rows = Object.values(rowsByName());
		for (const row of rows) {
			const latest = latestAssessment(db, row.organisationId);
			const summary = latest ? renewalOutcome(db, latest, row.name) : null;
			expect(row.flags, row.name).toEqual(
				riskFlagsFor({
					today,
					certificate: certificates.renewalCertificate(db, row.organisationId, today),
					summary,
					lastAssessedOn: latest ? isoDateOfSeconds(latest.finalisedAt ?? latest.updatedAt) : null
				})
			);
			for (const rung of rungCodes) {
				for (const rungMatch of rungMatches) {
					const expected =
						summary?.rung != null &&
						rungFilterMatches(
							{ atLeast: summary.rung, likely: summary.likelyRung!, atMost: summary.rungAtMost! },
							rung,
							rungMatch
						);
					expect(
						names({ rung, rungMatch }).includes(row.name),
						`${row.name} ${rung} ${rungMatch}`
					).toBe(expected);
				}
			}
		}
		expect(rows.find((r) => r.name === 'Klein BV')!.flags).toEqual([
			'estimate-may-be-below-certified'
		]);
		expect(rows.find((r) => r.name === 'Deels BV')!.flags).toEqual(['estimate-below-certified']);
	});
});
