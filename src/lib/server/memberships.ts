import type { Role } from './access';
import { nowSeconds } from './clock';
import type { Db } from './db';
import { newId } from './ids';
import { normaliseEmail } from './users';

export interface Member {
	userId: string;
	email: string;
	role: Role;
	createdAt: number;
}

export interface Invitation {
	id: string;
	email: string;
	role: Role;
	createdAt: number;
}

export function listMembers(db: Db, organisationId: string): Member[] {
	return (
		db
			.prepare(
				`SELECT m.user_id, u.email, m.role, m.created_at FROM memberships m
				 JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $organisationId
				 ORDER BY u.email`
			)
			.all({ organisationId }) as {
			user_id: string;
			email: string;
			role: Role;
			created_at: number;
		}[]
	).map((r) => ({ userId: r.user_id, email: r.email, role: r.role, createdAt: r.created_at }));
}

/** Invitations not yet answered (expired ones too); the members page shows every status. */
export function listInvitations(db: Db, organisationId: string): Invitation[] {
	return (
		db
			.prepare(
				`SELECT id, email, role, created_at FROM invitations
				 WHERE organisation_id = $organisationId AND status = 'pending' ORDER BY email`
			)
			.all({ organisationId }) as { id: string; email: string; role: Role; created_at: number }[]
	).map((r) => ({ id: r.id, email: r.email, role: r.role, createdAt: r.created_at }));
}

export type InviteOutcome = 'invited' | 'already-member';

/**
 * Records an invitation; the invitee sees it (signed up or not yet) and gets access only by
 * accepting it. Inviting the same e-mail again (also after a decline or expiry) makes it a new
 * pending invitation in the new role. The mail is queued by invitations.ts.
 */
export function inviteByEmail(
	db: Db,
	organisationId: string,
	email: string,
	role: Role,
	invitedBy: string,
	now: number
): InviteOutcome {
	const address = normaliseEmail(email);
	const member = db
		.prepare(
			`SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
			 WHERE m.organisation_id = $organisationId AND u.email = $address`
		)
		.get({ organisationId, address });
	if (member) return 'already-member';
	db.prepare(
		`INSERT INTO invitations (id, organisation_id, email, role, invited_by, created_at, status,
		   expires_at)
		 VALUES ($id, $organisationId, $address, $role, $invitedBy, $now, 'pending', $expires)
		 ON CONFLICT (organisation_id, email) DO UPDATE SET role = excluded.role,
		   invited_by = excluded.invited_by, created_at = excluded.created_at, status = 'pending',
		   expires_at = excluded.expires_at, answered_at = NULL`
	).run({
		id: newId(),
		organisationId,
		address,
		role,
		invitedBy,
		now,
		expires: now + invitationValiditySeconds
	});
	return 'invited';
}

/**
 * An invitation should not wait indefinitely for its answer, so it lapses after this long; the
 * owner can send it again with a new expiry (invitations.ts).
 */
export const invitationValiditySeconds = 30 * 24 * 60 * 60;

/** An invitation as its invitee sees it: enough to judge it before accepting. */
export interface PendingInvitation {
	id: string;
	organisationId: string;
	organisationName: string;
	role: Role;
	invitedByEmail: string | null;
	createdAt: number;
}

/** Unexpired invitations for this e-mail address, oldest first. Nothing is granted by them. */
export function listPendingInvitations(db: Db, email: string, now: number): PendingInvitation[] {
	return (
		db
			.prepare(
				`SELECT i.id, i.organisation_id, o.name, i.role, u.email AS invited_by_email, i.created_at
				 FROM invitations i JOIN organisations o ON o.id = i.organisation_id
				 LEFT JOIN users u ON u.id = i.invited_by
				 WHERE i.email = $email AND i.status = 'pending' AND i.expires_at > $now
				 ORDER BY i.created_at, o.name`
			)
			.all({ email: normaliseEmail(email), now }) as {
			id: string;
			organisation_id: string;
			name: string;
			role: Role;
			invited_by_email: string | null;
			created_at: number;
		}[]
	).map((r) => ({
		id: r.id,
		organisationId: r.organisation_id,
		organisationName: r.name,
		role: r.role,
		invitedByEmail: r.invited_by_email,
		createdAt: r.created_at
	}));
}

export type AcceptOutcome =
	| { status: 'accepted'; organisationId: string; organisationName: string }
	| { status: 'not-found' }
	/** The account has not proven its address yet (auth/email-verification.ts). */
	| { status: 'unverified' };

/**
 * The invitee's own click: turns one pending invitation addressed to their e-mail into a
 * membership, in one transaction with marking the invitation accepted (the audit triggers
 * record the membership). Only an account whose address is verified may accept: the invitation
 * went to the address, so only its proven owner may act on it. An existing membership keeps
 * its role.
 */
export function acceptInvitation(
	db: Db,
	invitationId: string,
	user: { id: string; email: string },
	now: number
): AcceptOutcome {
	return db
		.transaction((): AcceptOutcome => {
			const invitation = db
				.prepare(
					`SELECT i.organisation_id, o.name, i.role, i.invited_by FROM invitations i
				 JOIN organisations o ON o.id = i.organisation_id
				 WHERE i.id = $invitationId AND i.email = $email AND i.status = 'pending'
				   AND i.expires_at > $now`
				)
				.get({ invitationId, email: normaliseEmail(user.email), now }) as
				| { organisation_id: string; name: string; role: Role; invited_by: string | null }
				| undefined;
			if (!invitation) return { status: 'not-found' };
			const verified = db
				.prepare('SELECT email_verified_at FROM users WHERE id = $userId')
				.get({ userId: user.id }) as { email_verified_at: number | null } | undefined;
			if (verified?.email_verified_at == null) return { status: 'unverified' };
			db.prepare(
				`INSERT INTO memberships (organisation_id, user_id, role, granted_by, created_at)
			 VALUES ($organisationId, $userId, $role, $grantedBy, $now) ON CONFLICT DO NOTHING`
			).run({
				organisationId: invitation.organisation_id,
				userId: user.id,
				role: invitation.role,
				grantedBy: invitation.invited_by,
				now
			});
			db.prepare(
				`UPDATE invitations SET status = 'accepted', answered_at = $now WHERE id = $invitationId`
			).run({ invitationId, now });
			return {
				status: 'accepted',
				organisationId: invitation.organisation_id,
				organisationName: invitation.name
			};
		})
		.immediate();
}

/** The invitee says no: the invitation grants nothing, and its owner sees it was declined. */
export function declineInvitation(
	db: Db,
	invitationId: string,
	email: string,
	now = nowSeconds()
): boolean {
	return (
		db
			.prepare(
				`UPDATE invitations SET status = 'declined', answered_at = $now
				 WHERE id = $invitationId AND email = $email AND status = 'pending'`
			)
			.run({ invitationId, email: normaliseEmail(email), now }).changes > 0
	);
}

/**
 * Accepts every pending invitation of this user at once. Only for scripts that act with the
 * user's consent (the demo, benchmarks) and for tests; the app never calls it: invitees
 * accept each invitation themselves.
 */
export function claimInvitations(db: Db, userId: string, email: string, now: number): number {
	return db
		.transaction(() => {
			const pending = listPendingInvitations(db, email, now);
			for (const p of pending) acceptInvitation(db, p.id, { id: userId, email }, now);
			return pending.length;
		})
		.immediate();
}

/** The owner withdraws an invitation that was not accepted: it is gone, link and all. */
export function cancelInvitation(db: Db, organisationId: string, invitationId: string): boolean {
	return (
		db
			.prepare(
				`DELETE FROM invitations WHERE id = $invitationId AND organisation_id = $organisationId
				   AND status != 'accepted'`
			)
			.run({ invitationId, organisationId }).changes > 0
	);
}

export type RevokeOutcome = 'revoked' | 'not-found' | 'last-owner';

/** Ends a grant at once: access is checked on every request, so the next one is refused. */
export function revokeMembership(db: Db, organisationId: string, userId: string): RevokeOutcome {
	return db
		.transaction((): RevokeOutcome => {
			const row = db
				.prepare(
					'SELECT role FROM memberships WHERE organisation_id = $organisationId AND user_id = $userId'
				)
				.get({ organisationId, userId }) as { role: Role } | undefined;
			if (!row) return 'not-found';
			if (row.role === 'owner') {
				const owners = db
					.prepare(
						`SELECT count(*) AS n FROM memberships
						 WHERE organisation_id = $organisationId AND role = 'owner'`
					)
					.get({ organisationId }) as { n: number };
				if (owners.n <= 1) return 'last-owner';
			}
			db.prepare(
				'DELETE FROM memberships WHERE organisation_id = $organisationId AND user_id = $userId'
			).run({ organisationId, userId });
			return 'revoked';
		})
		.immediate();
}
