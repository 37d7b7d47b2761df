import type { PortfolioQuery } from '$lib/forms/portfolio-query';
import type { AssessmentInput } from '$lib/pso/assessment-schema';
import { riskFlagsFor } from '$lib/pso/renewal-risk';
import { assessment, line } from '$lib/pso/test-support/assessment-builder';
import { beforeEach, describe, expect, it } from 'vitest';
import { importAssessmentDocument } from './assessments/import';
import * as lines from './assessments/lines';
import { renewalOutcome } from './assessments/outcome';
import { scoreStoredAssessment } from './assessments/scoring';
import * as assessments from './assessments/records';
import * as certificates from './certificates';
import { openTestDatabase, type Db } from './db';
import * as memberships from './memberships';
import * as organisations from './organisations';
import { listPortfolio } from './portfolio';
import { latestAssessment } from './renewal';
import { isoDateOfSeconds } from './today';
import * as users from './users';

const today = '2026-03-01';
const at = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8)) / 1000;
const recently = at('2026-02-01');
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

function grant(orgId: string, userId: string, email: string, role: 'advisor' | 'editor') {
	memberships.inviteByEmail(db, orgId, email, role, ownerId, recently);
	memberships.claimInvitations(db, userId, email, recently);
}

function client(name: string, role: 'advisor' | 'editor' | null = 'advisor'): string {
	const fields = { name, kvk: '12345678', sector: null, fulltimeHours: 40 };
	const id = organisations.createOrganisation(db, ownerId, fields, recently).id;
	if (role) grant(id, advisorId, 'advisor@example.nl', role);
	return id;
}

function certify(orgId: string, rung: 'trede-1' | 'trede-2' | 'trede-3', expiresOn = '2026-06-30') {
	certificates.addCertificate(
		db,
		orgId,
		ownerId,
		{
			rung,
			pso30plus: false,
			issuedOn: '2024-06-30',
			expiresOn,
			certifyingBody: 'Kiwa',
			certificateNumber: null,
			note: null
		},
		recently
	);
}

const evidence = (validUntil?: string): AssessmentInput['evidence'] =>
	Object.fromEntries(
		(['suitableWork', 'integration', 'development', 'guidance'] as const).map((c) => [
			c,
			{ items: [{ document: `${c}.pdf`, ...(validUntil ? { validUntil } : {}) }] }
		])
	);

function assess(orgId: string, doc: AssessmentInput, when = recently, final = false): string {
	const id = importAssessmentDocument(db, orgId, ownerId, doc, 'Peiljaar', when);
	if (final) {
		const a = assessments.getAssessment(db, orgId, id)!;
		const scored = scoreStoredAssessment(db, a, 'x');
		if (!scored.ok) throw new Error('fixture does not score');
		assessments.finaliseAssessment(db, a, scored.input, scored.result, ownerId, when);
	}
	return id;
}

const people = (n: number) => Array.from({ length: n }, () => line());
const names = (q: Partial<PortfolioQuery> = {}, user = advisorId) =>
	listPortfolio(db, user, today, query(q)).rows.map((r) => r.name);

let ids: Record<string, string>;

beforeEach(() => {
	db = openTestDatabase();
	ownerId = users.createUser(db, 'owner@example.nl', 'hash', recently)!.id;
	advisorId = users.createUser(db, 'advisor@example.nl', 'hash', recently)!.id;
	ids = {
		alfa: client('Alfa BV'),
		bravo: client('Bravo BV'),
		charlie: client('Charlie BV'),
		delta: client('Delta BV'),
		echo: client('Echo BV'),
		foxtrot: client('Foxtrot BV'),
		golf: client('Golf BV', 'editor'),
		hotel: client('Hotel BV', null)
	};
	certify(ids.alfa!, 'trede-2');
	assess(ids.alfa!, assessment({ targetGroup: people(2), evidence: evidence() }), recently, true);
	certify(ids.bravo!, 'trede-2', '2027-01-31');
	assess(ids.bravo!, assessment({ targetGroup: people(1), evidence: evidence() }));
	certify(ids.charlie!, 'trede-1', '2026-09-30');
	const stopping = line({ position: 'participatiewet', inflow: '2021-04-01', start: '2021-04-01' });
	assess(ids.charlie!, assessment({ targetGroup: [...people(2), stopping], evidence: evidence() }));
	certify(ids.delta!, 'trede-2', '2026-12-31');
	assess(ids.delta!, assessment({ targetGroup: people(2), evidence: evidence('2026-04-30') }));
	assess(ids.foxtrot!, assessment({ targetGroup: people(2) }), at('2024-12-01'));
	for (const id of [ids.golf!, ids.hotel!]) certify(id, 'trede-3');
});

describe('advisor portfolio', () => {
	it('lists only organisations that granted this user the advisor role', () => {
		expect(names()).toEqual([
			'Alfa BV',
			'Bravo BV',
			'Charlie BV',
			'Delta BV',
			'Echo BV',
			'Foxtrot BV'
		]);
		const stranger = users.createUser(db, 's@example.nl', 'hash', recently)!.id;
		expect(names({}, stranger)).toEqual([]);
		expect(names({}, ownerId)).toEqual([]);
	});

	it('drops a client as soon as the grant is revoked', () => {
		expect(memberships.revokeMembership(db, ids.bravo!, advisorId)).toBe('revoked');
		expect(names()).not.toContain('Bravo BV');
	});

	it('flags the risks, as the renewal rules do', () => {
		const { rows } = listPortfolio(db, advisorId, today, query());
		expect(Object.fromEntries(rows.map((r) => [r.name, r.flags]))).toEqual({
			'Alfa BV': [],
			'Bravo BV': ['estimate-below-certified'],
			'Charlie BV': ['lines-stop-before-renewal'],
			'Delta BV': ['evidence-expiring'],
			'Echo BV': ['no-assessment-12-months'],
			'Foxtrot BV': ['no-assessment-12-months']
		});
		for (const row of rows) {
			const a = latestAssessment(db, row.organisationId);
			const cert = certificates.renewalCertificate(db, row.organisationId, today);
			const expected = riskFlagsFor({
				today,
				certificate: cert,
				summary: a ? renewalOutcome(db, a, row.name) : null,
				lastAssessedOn: a ? isoDateOfSeconds(a.finalisedAt ?? a.updatedAt) : null
			});
			expect(row.flags, row.name).toEqual(expected);
		}
	});

	it('shows estimate, certificate and days left', () => {
		const alfa = listPortfolio(db, advisorId, today, query({ q: 'alfa' })).rows[0]!;
		expect(alfa).toMatchObject({
			estimatedRung: 'trede-2',
			certificate: { rung: 'trede-2', pso30plus: false, expiresOn: '2026-06-30', daysLeft: 121 },
			assessment: { status: 'final', assessedAt: recently }
		});
		const echo = listPortfolio(db, advisorId, today, query({ q: 'echo' })).rows[0]!;
		expect(echo).toMatchObject({ estimatedRung: null, certificate: null, assessment: null });
	});

	it.each<[string, Partial<PortfolioQuery>, string[]]>([
		['name search, any case', { q: 'RAV' }, ['Bravo BV']],
		['% is a literal character', { q: '%' }, []],
		['flag', { flag: 'no-assessment-12-months' }, ['Echo BV', 'Foxtrot BV']],
		['estimated rung', { rung: 'trede-2' }, ['Alfa BV', 'Charlie BV', 'Delta BV', 'Foxtrot BV']],
		['certified rung', { certified: 'trede-1' }, ['Charlie BV']],
		['no certificate', { certified: 'none' }, ['Echo BV', 'Foxtrot BV']],
		['filters combine', { certified: 'trede-2', flag: 'evidence-expiring' }, ['Delta BV']],
		[
			'name, descending',
			{ sort: 'name', dir: 'desc' },
			['Foxtrot BV', 'Echo BV', 'Delta BV', 'Charlie BV', 'Bravo BV', 'Alfa BV']
		],
		[
			'expiry, soonest first, none last',
			{ sort: 'expiry' },
			['Alfa BV', 'Charlie BV', 'Delta BV', 'Bravo BV', 'Echo BV', 'Foxtrot BV']
		],
		[
			'days left, most first',
			{ sort: 'days-left', dir: 'desc' },
			['Bravo BV', 'Delta BV', 'Charlie BV', 'Alfa BV', 'Echo BV', 'Foxtrot BV']
		],
		[
			'last assessment, oldest first',
			{ sort: 'last-assessment' },
			['Foxtrot BV', 'Alfa BV', 'Bravo BV', 'Charlie BV', 'Delta BV', 'Echo BV']
		]
	])('filters and sorts: %s', (_name, q, expected) => {
		expect(names(q)).toEqual(expected);
	});

	it('pages by 25, and a page past the end shows the last one', () => {
		for (let i = 1; i <= 24; i++) client(`Klant ${String(i).padStart(2, '0')}`);
		const first = listPortfolio(db, advisorId, today, query());
		expect([first.total, first.pages, first.rows.length]).toEqual([30, 2, 25]);
		const second = listPortfolio(db, advisorId, today, query({ page: 2 }));
		expect(second.rows.map((r) => r.name)).toEqual([
			'Klant 20',
			'Klant 21',
			'Klant 22',
			'Klant 23',
			'Klant 24'
		]);
		expect(listPortfolio(db, advisorId, today, query({ page: 9 })).page).toBe(2);
		const all = listPortfolio(db, advisorId, today, query({ page: 2 }), { all: true });
		expect(all.rows).toHaveLength(30);
	});
});

describe('outcome cache', () => {
	const cached = () =>
		db.prepare('SELECT assessment_id, revision FROM assessment_outcomes ORDER BY 1').all();

	it('scores each latest assessment once and rescores only what changed', () => {
		listPortfolio(db, advisorId, today, query());
		const first = cached();
		expect(first).toHaveLength(5);
		listPortfolio(db, advisorId, today, query());
		expect(cached()).toEqual(first);
		const bravo = latestAssessment(db, ids.bravo!)!;
		const before = listPortfolio(db, advisorId, today, query({ q: 'Bravo' })).rows[0]!;
		expect(before.estimatedRung).toBe('none');

		// Adding a line does not move assessments.updated_at, but it bumps the revision.
		lines.addLine(db, bravo, line({ id: 'extra' }));
		const after = listPortfolio(db, advisorId, today, query({ q: 'Bravo' })).rows[0]!;
		expect(after.estimatedRung).toBe('trede-2');
		expect(after.flags).toEqual([]);
		const now = cached() as { assessment_id: string; revision: number }[];
		expect(now).toHaveLength(5);
		const changed = now.filter((r) => !first.some((f) => JSON.stringify(f) === JSON.stringify(r)));
		expect(changed.map((r) => r.assessment_id)).toEqual([bravo.id]);
	});

	it('takes the newest period, and within it a final assessment over a later draft', () => {
		const final = latestAssessment(db, ids.alfa!)!;
		assess(ids.alfa!, assessment({ targetGroup: people(1) }), recently + 60);
		expect(latestAssessment(db, ids.alfa!)!.id).toBe(final.id);
		const next = assess(
			ids.alfa!,
			assessment({ period: { start: '2026-01-01', end: '2026-12-31' }, targetGroup: people(1) })
		);
		expect(latestAssessment(db, ids.alfa!)!.id).toBe(next);
		const row = listPortfolio(db, advisorId, today, query({ q: 'Alfa' })).rows[0]!;
		expect(row.assessment?.id).toBe(next);
		expect(row.flags).toContain('estimate-below-certified');
	});

	const row = (name: string, on = today) =>
		listPortfolio(db, advisorId, on, query({ q: name })).rows[0]!;

	it('shows a new certificate, a new name and a deleted draft at once', () => {
		expect(row('Echo').certificate).toBeNull();
		certify(ids.echo!, 'trede-3');
		expect(row('Echo').certificate?.rung).toBe('trede-3');

		organisations.updateOrganisation(db, ids.echo!, {
			name: 'Echo Groen BV',
			kvk: '12345678',
			sector: null,
			fulltimeHours: 40
		});
		expect(row('Echo').name).toBe('Echo Groen BV');

		const previous = latestAssessment(db, ids.bravo!)!;
		const newer = assess(
			ids.bravo!,
			assessment({ period: { start: '2026-01-01', end: '2026-12-31' }, targetGroup: people(3) })
		);
		expect(row('Bravo').assessment?.id).toBe(newer);
		assessments.deleteDraft(db, assessments.getAssessment(db, ids.bravo!, newer)!);
		expect(row('Bravo').assessment?.id).toBe(previous.id);
	});

	it('picks the certificate in force again on a new day', () => {
		certificates.addCertificate(
			db,
			ids.charlie!,
			ownerId,
			{
				rung: 'trede-2',
				pso30plus: false,
				issuedOn: '2026-05-01',
				expiresOn: null,
				certifyingBody: 'BQS',
				certificateNumber: null,
				note: null
			},
			recently
		);
		expect(row('Charlie').certificate).toMatchObject({ rung: 'trede-1', daysLeft: 213 });
		expect(row('Charlie', '2026-05-01').certificate).toMatchObject({
			rung: 'trede-2',
			expiresOn: '2028-05-01',
			daysLeft: 731
		});
	});
});
