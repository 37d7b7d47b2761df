import { beforeEach, describe, expect, it } from 'vitest';
import { checkOrgAccess } from './access';
import { asActor, listAuditEntries } from './audit';
import { openTestDatabase, type Db } from './db';
import {
	findInvitationForInvitee,
	inviteAndMail,
	listSentInvitations,
	resendInvitation,
	resendPolicy
} from './invitations';
import { claimDueMails } from './mail/outbox';
import * as memberships from './memberships';
import * as organisations from './organisations';
import * as users from './users';

const config = {
	smtpUrl: null,
	from: 'PSO <no-reply@example.nl>',
	origin: 'https://pso.example.nl'
};
const t0 = 1_800_000_000;
const validity = memberships.invitationValiditySeconds;
let db: Db;
let owner: { id: string; email: string };
let orgId: string;

beforeEach(() => {
	db = openTestDatabase();
	owner = users.createUser(db, 'owner@example.nl', 'hash', t0)!;
	orgId = organisations.createOrganisation(
		db,
		owner.id,
		{ name: 'Bakkerij De Korf', kvk: '12345678', sector: null, fulltimeHours: 40 },
		t0
	).id;
});

const invite = (email: string, now = t0, lang: 'nl' | 'en' = 'nl') =>
	inviteAndMail(
		db,
		{ organisationId: orgId, email, role: 'editor', inviter: owner, lang },
		config,
		now
	);
const statuses = (now: number) =>
	listSentInvitations(db, orgId, now).map((i) => [i.email, i.status]);
const invitationMails = () =>
	claimDueMails(db, Number.MAX_SAFE_INTEGER).filter((m) => m.kind === 'invitation');
const idOf = (email: string) =>
	listSentInvitations(db, orgId, t0).find((i) => i.email === email)!.id;

describe('an invitation by e-mail', () => {
	it('mails the invited address a link to the invitation, in the inviter’s language', () => {
		expect(invite('Bob@Example.nl', t0, 'en')).toBe('invited');
		const [mail] = invitationMails();
		expect(mail).toMatchObject({
			to: 'bob@example.nl',
			lang: 'en',
			subject: 'Invitation to Bakkerij De Korf in PSO Readiness'
		});
		expect(mail!.text).toContain('owner@example.nl invites you as editor for Bakkerij De Korf');
		expect(mail!.text).toContain(`https://pso.example.nl/invitations/${idOf('bob@example.nl')}`);
	});

	it('sends nothing to someone who already has access', () => {
		expect(invite('owner@example.nl')).toBe('already-member');
		expect(invitationMails()).toEqual([]);
	});

	it('goes pending → accepted; the owner still sees it, with the answer', () => {
		invite('bob@example.nl');
		const bob = users.createUser(db, 'bob@example.nl', 'hash', t0)!;
		expect(statuses(t0)).toEqual([['bob@example.nl', 'pending']]);
		memberships.acceptInvitation(db, idOf(bob.email), bob, t0 + 5);
		expect(statuses(t0 + 5)).toEqual([['bob@example.nl', 'accepted']]);
		expect(listSentInvitations(db, orgId, t0 + 5)[0]!.answeredAt).toBe(t0 + 5);
		expect(checkOrgAccess(db, bob.id, orgId, 'edit')).toBe('editor');
		// Accepted is final: no second mail, no withdrawing the membership this way.
		expect(resendInvitation(db, orgId, idOf(bob.email), owner, 'nl', config, t0 + 6)).toEqual({
			status: 'not-found'
		});
		expect(memberships.cancelInvitation(db, orgId, idOf(bob.email))).toBe(false);
	});

	it('goes pending → declined, and a declined one cannot be accepted any more', () => {
		invite('bob@example.nl');
		const bob = users.createUser(db, 'bob@example.nl', 'hash', t0)!;
		expect(memberships.declineInvitation(db, idOf(bob.email), bob.email, t0 + 5)).toBe(true);
		expect(statuses(t0 + 5)).toEqual([['bob@example.nl', 'declined']]);
		expect(memberships.acceptInvitation(db, idOf(bob.email), bob, t0 + 6).status).toBe('not-found');
		expect(checkOrgAccess(db, bob.id, orgId, 'view')).toBeNull();
	});

	it('expires after its validity, and sending it again gives a new expiry and a new mail', () => {
		invite('bob@example.nl');
		const bob = users.createUser(db, 'bob@example.nl', 'hash', t0)!;
		expect(statuses(t0 + validity - 1)).toEqual([['bob@example.nl', 'pending']]);
		expect(statuses(t0 + validity)).toEqual([['bob@example.nl', 'expired']]);
		expect(memberships.acceptInvitation(db, idOf(bob.email), bob, t0 + validity).status).toBe(
			'not-found'
		);
		invitationMails();

		const later = t0 + validity + 100;
		expect(resendInvitation(db, orgId, idOf(bob.email), owner, 'nl', config, later)).toEqual({
			status: 'sent',
			email: 'bob@example.nl'
		});
		expect(invitationMails()).toHaveLength(1);
		expect(listSentInvitations(db, orgId, later)[0]).toMatchObject({
			status: 'pending',
			expiresAt: later + validity
		});
		expect(memberships.acceptInvitation(db, idOf(bob.email), bob, later + 1).status).toBe(
			'accepted'
		);
	});

	it('a declined invitation can be sent again; inviting again makes it pending too', () => {
		invite('bob@example.nl');
		memberships.declineInvitation(db, idOf('bob@example.nl'), 'bob@example.nl', t0 + 1);
		expect(invite('bob@example.nl', t0 + 2)).toBe('invited');
		expect(statuses(t0 + 2)).toEqual([['bob@example.nl', 'pending']]);
	});

	it('sending again is limited per invitation', () => {
		invite('bob@example.nl');
		const id = idOf('bob@example.nl');
		for (let i = 0; i < resendPolicy.limit; i++)
			expect(resendInvitation(db, orgId, id, owner, 'nl', config, t0 + i)).toMatchObject({
				status: 'sent'
			});
		expect(resendInvitation(db, orgId, id, owner, 'nl', config, t0 + 10)).toMatchObject({
			allowed: false
		});
	});

	it('withdrawn, it is gone: the link shows nothing and it cannot be accepted', () => {
		invite('bob@example.nl');
		const bob = users.createUser(db, 'bob@example.nl', 'hash', t0)!;
		const id = idOf(bob.email);
		expect(findInvitationForInvitee(db, id, bob.email, t0)).toMatchObject({
			organisationName: 'Bakkerij De Korf',
			status: 'pending'
		});
		expect(memberships.cancelInvitation(db, orgId, id)).toBe(true);
		expect(findInvitationForInvitee(db, id, bob.email, t0)).toBeNull();
		expect(memberships.acceptInvitation(db, id, bob, t0).status).toBe('not-found');
		expect(statuses(t0)).toEqual([]);
	});

	it('accepting and declining are in the audit trail, as the invitee', () => {
		invite('bob@example.nl');
		invite('eve@example.nl');
		const bob = users.createUser(db, 'bob@example.nl', 'hash', t0)!;
		const eve = users.createUser(db, 'eve@example.nl', 'hash', t0)!;
		asActor(db, bob.id, () => memberships.acceptInvitation(db, idOf(bob.email), bob, t0 + 1));
		asActor(db, eve.id, () =>
			memberships.declineInvitation(db, idOf(eve.email), eve.email, t0 + 1)
		);
		const { entries } = listAuditEntries(db, orgId, { page: 1, perPage: 20, entity: 'invitation' });
		const answers = entries
			.filter((e) => e.action === 'update')
			.map((e) => [e.userEmail, e.changes]);
		expect(answers).toEqual(
			expect.arrayContaining([
				['bob@example.nl', { status: ['pending', 'accepted'] }],
				['eve@example.nl', { status: ['pending', 'declined'] }]
			])
		);
	});

	it('the link shows the invitation to the invited address only', () => {
		invite('bob@example.nl');
		expect(findInvitationForInvitee(db, idOf('bob@example.nl'), 'eve@example.nl', t0)).toBeNull();
		expect(
			findInvitationForInvitee(db, idOf('bob@example.nl'), 'BOB@example.nl', t0)
		).not.toBeNull();
	});
});
