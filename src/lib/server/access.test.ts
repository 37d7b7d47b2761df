import { beforeEach, describe, expect, it } from 'vitest';
import { checkOrgAccess, orgAccess, type AccessLevel, type Role } from './access';
import { openTestDatabase, type Db } from './db';
import * as memberships from './memberships';
import * as organisations from './organisations';
import * as users from './users';

const t0 = 1_750_000_000;
let db: Db;
let ownerId: string;
let orgId: string;

const org = { name: 'Voorbeeld BV', kvk: '12345678', sector: null, fulltimeHours: 40 };

function userWithRole(role: Role): string {
	const email = `${role}-${Math.random()}@example.nl`;
	const id = users.createUser(db, email, 'hash', t0)!.id;
	memberships.inviteByEmail(db, orgId, email, role, ownerId, t0);
	memberships.claimInvitations(db, id, email, t0);
	return id;
}

beforeEach(() => {
	db = openTestDatabase();
	ownerId = users.createUser(db, 'owner@example.nl', 'hash', t0)!.id;
	orgId = organisations.createOrganisation(db, ownerId, org, t0).id;
});

const levels: AccessLevel[] = ['view', 'edit', 'own'];
const expected: Record<Role | 'stranger', AccessLevel[]> = {
	owner: ['view', 'edit', 'own'],
	editor: ['view', 'edit'],
	advisor: ['view', 'edit'],
	viewer: ['view'],
	stranger: []
};

describe('organisation access by role', () => {
	it.each(Object.entries(expected))('%s may %j', (who, allowed) => {
		const userId =
			who === 'owner'
				? ownerId
				: who === 'stranger'
					? users.createUser(db, 'stranger@example.nl', 'hash', t0)!.id
					: userWithRole(who as Role);
		for (const level of levels) {
			expect(checkOrgAccess(db, userId, orgId, level) !== null, `${who} ${level}`).toBe(
				allowed.includes(level)
			);
		}
	});

	it('a revoked grant gives no access on the next check', () => {
		const advisor = userWithRole('advisor');
		expect(checkOrgAccess(db, advisor, orgId, 'view')).toBe('advisor');
		expect(memberships.revokeMembership(db, orgId, advisor)).toBe('revoked');
		expect(checkOrgAccess(db, advisor, orgId, 'view')).toBeNull();
		expect(organisations.listOrganisationsForUser(db, advisor)).toEqual([]);
	});

	it('the last owner cannot be removed', () => {
		expect(memberships.revokeMembership(db, orgId, ownerId)).toBe('last-owner');
		const second = userWithRole('owner');
		expect(memberships.revokeMembership(db, orgId, ownerId)).toBe('revoked');
		expect(checkOrgAccess(db, second, orgId, 'own')).toBe('owner');
	});

	it('tells a member without the level apart from a stranger, who cannot tell a missing organisation', () => {
		const viewer = userWithRole('viewer');
		const stranger = users.createUser(db, 'nobody@example.nl', 'hash', t0)!.id;
		expect(orgAccess(db, viewer, orgId, 'edit')).toEqual({ status: 'forbidden', role: 'viewer' });
		expect(orgAccess(db, viewer, orgId, 'view')).toMatchObject({
			status: 'granted',
			organisation: { id: orgId, name: 'Voorbeeld BV' }
		});
		expect(orgAccess(db, stranger, orgId, 'view')).toEqual({ status: 'not-found' });
		expect(orgAccess(db, stranger, 'no-such-org', 'view')).toEqual(
			orgAccess(db, stranger, orgId, 'view')
		);
	});

	it('a stranger does not see that the organisation exists', () => {
		const stranger = users.createUser(db, 'stranger@example.nl', 'hash', t0)!.id;
		expect(organisations.getOrganisationForUser(db, orgId, stranger)).toBeNull();
		expect(organisations.getOrganisationForUser(db, 'no-such-org', stranger)).toBeNull();
		expect(organisations.listOrganisationsForUser(db, stranger)).toEqual([]);
	});

	it('an invitation gives access only once claimed with that e-mail, in the invited role', () => {
		memberships.inviteByEmail(db, orgId, 'Later@Example.nl', 'viewer', ownerId, t0);
		const other = users.createUser(db, 'other@example.nl', 'hash', t0)!;
		memberships.claimInvitations(db, other.id, other.email, t0);
		expect(checkOrgAccess(db, other.id, orgId, 'view')).toBeNull();
		const later = users.createUser(db, 'later@example.nl', 'hash', t0)!;
		expect(memberships.claimInvitations(db, later.id, later.email, t0)).toBe(1);
		expect(checkOrgAccess(db, later.id, orgId, 'view')).toBe('viewer');
		expect(checkOrgAccess(db, later.id, orgId, 'edit')).toBeNull();
		expect(memberships.listInvitations(db, orgId)).toEqual([]);
	});

	it('an invitation lapses after 30 days', () => {
		memberships.inviteByEmail(db, orgId, 'late@example.nl', 'editor', ownerId, t0);
		const late = users.createUser(db, 'late@example.nl', 'hash', t0)!;
		expect(
			memberships.claimInvitations(
				db,
				late.id,
				late.email,
				t0 + memberships.invitationValiditySeconds
			)
		).toBe(0);
		expect(checkOrgAccess(db, late.id, orgId, 'view')).toBeNull();
	});

	it('re-inviting replaces the pending role; inviting a member is refused', () => {
		memberships.inviteByEmail(db, orgId, 'x@example.nl', 'viewer', ownerId, t0);
		memberships.inviteByEmail(db, orgId, 'x@example.nl', 'editor', ownerId, t0);
		expect(memberships.listInvitations(db, orgId).map((i) => i.role)).toEqual(['editor']);
		expect(memberships.inviteByEmail(db, orgId, 'owner@example.nl', 'viewer', ownerId, t0)).toBe(
			'already-member'
		);
	});
});

describe('database', () => {
	it('enforces foreign keys and CHECK constraints', () => {
		expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(() =>
			db
				.prepare(
					'INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES (?, ?, ?, ?)'
				)
				.run(orgId, 'no-such-user', 'viewer', t0)
		).toThrow(/FOREIGN KEY/);
		expect(() =>
			db
				.prepare(
					'INSERT INTO organisations (id, name, kvk, fulltime_hours, created_at) VALUES (?, ?, ?, ?, ?)'
				)
				.run('x', 'X', '1234567', 40, t0)
		).toThrow(/CHECK/);
	});

	it('deleting an organisation removes its grants and invitations', () => {
		userWithRole('editor');
		memberships.inviteByEmail(db, orgId, 'pending@example.nl', 'viewer', ownerId, t0);
		db.prepare('DELETE FROM organisations WHERE id = ?').run(orgId);
		expect(db.prepare('SELECT count(*) AS n FROM memberships').get()).toEqual({ n: 0 });
		expect(db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 0 });
	});
});
