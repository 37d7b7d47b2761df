import { beforeEach, describe, expect, it } from 'vitest';
import { checkOrgAccess } from './access';
import { asActor, listAuditEntries } from './audit';
import { openTestDatabase, type Db } from './db';
import * as memberships from './memberships';
import * as organisations from './organisations';
import * as users from './users';

const t0 = 1_750_000_000;
let db: Db;
let ownerId: string;
let orgId: string;
let bob: { id: string; email: string };

beforeEach(() => {
	db = openTestDatabase();
	ownerId = users.createUser(db, 'owner@example.nl', 'hash', t0)!.id;
	const fields = { name: 'Bel +31 6 urgente PSO-controle', kvk: '12345678', sector: null };
	orgId = organisations.createOrganisation(db, ownerId, { ...fields, fulltimeHours: 40 }, t0).id;
	bob = users.createUser(db, 'bob@example.nl', 'hash', t0)!;
	memberships.inviteByEmail(db, orgId, 'Bob@Example.nl', 'editor', ownerId, t0);
});

const pendingFor = (email: string, at = t0) => memberships.listPendingInvitations(db, email, at);

describe('invitations need the invitee’s consent', () => {
	it('an invitation is shown to its invitee, with organisation, role and sender, and grants nothing', () => {
		expect(pendingFor('bob@example.nl')).toEqual([
			{
				id: expect.any(String),
				organisationId: orgId,
				organisationName: 'Bel +31 6 urgente PSO-controle',
				role: 'editor',
				invitedByEmail: 'owner@example.nl',
				createdAt: t0
			}
		]);
		expect(checkOrgAccess(db, bob.id, orgId, 'view')).toBeNull();
		expect(organisations.listOrganisationsForUser(db, bob.id)).toEqual([]);
		expect(pendingFor('someone-else@example.nl')).toEqual([]);
	});

	it('accepting makes a membership in the invited role, audited as the invitee', () => {
		const [invitation] = pendingFor(bob.email);
		const outcome = asActor(db, bob.id, () =>
			memberships.acceptInvitation(db, invitation!.id, bob, t0 + 10)
		);
		expect(outcome).toEqual({
			status: 'accepted',
			organisationId: orgId,
			organisationName: 'Bel +31 6 urgente PSO-controle'
		});
		expect(checkOrgAccess(db, bob.id, orgId, 'edit')).toBe('editor');
		expect(pendingFor(bob.email)).toEqual([]);
		const { entries } = listAuditEntries(db, orgId, { page: 1, perPage: 10, entity: 'access' });
		expect(entries[0]).toMatchObject({ userEmail: 'bob@example.nl', action: 'create' });
	});

	it('declining removes the invitation and grants nothing', () => {
		const [invitation] = pendingFor(bob.email);
		expect(memberships.declineInvitation(db, invitation!.id, bob.email)).toBe(true);
		expect(pendingFor(bob.email)).toEqual([]);
		expect(memberships.listInvitations(db, orgId)).toEqual([]);
		expect(checkOrgAccess(db, bob.id, orgId, 'view')).toBeNull();
		expect(memberships.acceptInvitation(db, invitation!.id, bob, t0).status).toBe('not-found');
	});

	it('nobody else can accept or decline an invitation addressed to another e-mail', () => {
		const [invitation] = pendingFor(bob.email);
		const eve = users.createUser(db, 'eve@example.nl', 'hash', t0)!;
		expect(memberships.acceptInvitation(db, invitation!.id, eve, t0).status).toBe('not-found');
		expect(memberships.declineInvitation(db, invitation!.id, eve.email)).toBe(false);
		expect(checkOrgAccess(db, eve.id, orgId, 'view')).toBeNull();
		expect(pendingFor(bob.email)).toHaveLength(1);
	});

	it('a lapsed invitation is neither shown nor accepted', () => {
		const later = t0 + memberships.invitationValiditySeconds;
		const [invitation] = pendingFor(bob.email);
		expect(pendingFor(bob.email, later)).toEqual([]);
		expect(memberships.acceptInvitation(db, invitation!.id, bob, later).status).toBe('not-found');
		expect(checkOrgAccess(db, bob.id, orgId, 'view')).toBeNull();
	});
});
