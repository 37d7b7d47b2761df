// Issue 11: a client that grants access appears on the very next portfolio load, with its
// estimate, whatever the advisor looked at before (no visit to "Organisaties" in between).
import type { PortfolioQuery } from '$lib/forms/portfolio-query';
import { assessment, line } from '$lib/pso/test-support/assessment-builder';
import { beforeEach, describe, expect, it } from 'vitest';
import { importAssessmentDocument } from './assessments/import';
import { homePageFor } from './auth/landing';
import { openTestDatabase, type Db } from './db';
import * as memberships from './memberships';
import * as organisations from './organisations';
import { listPortfolio } from './portfolio';
import * as users from './users';

const now = Date.UTC(2026, 1, 1) / 1000;
const today = '2026-03-01';
const query: PortfolioQuery = {
	q: '',
	flag: null,
	rung: null,
	rungMatch: 'likely',
	certified: null,
	sort: 'name',
	dir: 'asc',
	page: 1
};
const advisor = { id: '', email: 'advisor@example.nl' };
let db: Db;
let ownerId: string;

function organisation(name: string): string {
	const fields = { name, kvk: '12345678', sector: null, fulltimeHours: 40 };
	return organisations.createOrganisation(db, ownerId, fields, now).id;
}

function invite(orgId: string, role: 'advisor' | 'editor' = 'advisor'): string {
	memberships.inviteByEmail(db, orgId, advisor.email, role, ownerId, now);
	return memberships
		.listPendingInvitations(db, advisor.email, now)
		.find((i) => i.organisationId === orgId)!.id;
}

const rows = () =>
	listPortfolio(db, advisor.id, today, query).rows.map((r) => [r.name, r.estimatedRung]);

beforeEach(() => {
	db = openTestDatabase();
	ownerId = users.createUser(db, 'owner@example.nl', 'hash', now)!.id;
	advisor.id = users.createUser(db, advisor.email, 'hash', now)!.id;
});

describe('a newly granted client in the portfolio', () => {
	it('appears, scored, on the next load after the advisor accepts', () => {
		const first = organisation('Alfa BV');
		memberships.acceptInvitation(db, invite(first), advisor, now);
		expect(rows()).toEqual([['Alfa BV', null]]);

		const second = organisation('Bravo BV');
		const people = [line(), line()];
		importAssessmentDocument(db, second, ownerId, assessment({ targetGroup: people }), 'P', now);
		const invitation = invite(second);
		// Invited is not granted: nothing shows until the advisor says yes (issue 8).
		expect(rows()).toEqual([['Alfa BV', null]]);
		memberships.acceptInvitation(db, invitation, advisor, now + 1);
		expect(rows()).toEqual([
			['Alfa BV', null],
			['Bravo BV', 'trede-2']
		]);
	});

	it('leaves an editor grant out of the portfolio', () => {
		memberships.acceptInvitation(db, invite(organisation('Charlie BV'), 'editor'), advisor, now);
		expect(rows()).toEqual([]);
	});
});

describe('where a signed-in user starts', () => {
	it('an advisor starts on the portfolio, anyone else on their organisations', () => {
		expect(homePageFor(db, advisor.id)).toBe('/orgs');
		const org = organisation('Delta BV');
		memberships.acceptInvitation(db, invite(org, 'editor'), advisor, now);
		expect(homePageFor(db, advisor.id)).toBe('/orgs');
		expect(homePageFor(db, ownerId)).toBe('/orgs');
		memberships.acceptInvitation(db, invite(organisation('Echo BV')), advisor, now);
		expect(homePageFor(db, advisor.id)).toBe('/advisor');
	});
});
