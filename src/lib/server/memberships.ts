import type { Role } from './access';
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
				 JOIN users u ON u.id = m.user_id WHERE m.organisation_id = ? ORDER BY u.email`
			)
			.all(organisationId) as { user_id: string; email: string; role: Role; created_at: number }[]
	).map((r) => ({ userId: r.user_id, email: r.email, role: r.role, createdAt: r.created_at }));
}

export function listInvitations(db: Db, organisationId: string): Invitation[] {
	return (
		db
			.prepare(
				'SELECT id, email, role, created_at FROM invitations WHERE organisation_id = ? ORDER BY email'
			)
			.all(organisationId) as { id: string; email: string; role: Role; created_at: number }[]
	).map((r) => ({ id: r.id, email: r.email, role: r.role, createdAt: r.created_at }));
}

export type InviteOutcome = 'invited' | 'already-member';

/**
 * Records an invitation; the invitee gets access when they next sign up or log in with that
 * e-mail. Inviting the same e-mail again replaces the pending role.
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
			 WHERE m.organisation_id = ? AND u.email = ?`
		)
		.get(organisationId, address);
	if (member) return 'already-member';
	db.prepare(
		`INSERT INTO invitations (id, organisation_id, email, role, invited_by, created_at)
		 VALUES (?, ?, ?, ?, ?, ?)
		 ON CONFLICT (organisation_id, email) DO UPDATE SET role = excluded.role,
		   invited_by = excluded.invited_by, created_at = excluded.created_at`
	).run(newId(), organisationId, address, role, invitedBy, now);
	return 'invited';
}

/**
 * Invitations are claimed by e-mail address alone (no e-mail is sent, so ownership of the
 * address is not proven); an old one should not wait indefinitely for whoever registers
 * that address, so it lapses after this long.
 */
export const invitationValiditySeconds = 30 * 24 * 60 * 60;

/** Turns every pending, unexpired invitation for this user's e-mail into a membership. */
export function claimInvitations(db: Db, userId: string, email: string, now: number): number {
	const address = normaliseEmail(email);
	return db.transaction(() => {
		const pending = db
			.prepare(
				'SELECT organisation_id, role, invited_by FROM invitations WHERE email = ? AND created_at > ?'
			)
			.all(address, now - invitationValiditySeconds) as {
			organisation_id: string;
			role: Role;
			invited_by: string | null;
		}[];
		const insert = db.prepare(
			`INSERT INTO memberships (organisation_id, user_id, role, granted_by, created_at)
			 VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`
		);
		for (const p of pending) insert.run(p.organisation_id, userId, p.role, p.invited_by, now);
		db.prepare('DELETE FROM invitations WHERE email = ?').run(address);
		return pending.length;
	}).immediate();
}

export function cancelInvitation(db: Db, organisationId: string, invitationId: string): boolean {
	return (
		db
			.prepare('DELETE FROM invitations WHERE id = ? AND organisation_id = ?')
			.run(invitationId, organisationId).changes > 0
	);
}

export type RevokeOutcome = 'revoked' | 'not-found' | 'last-owner';

/** Ends a grant at once: access is checked on every request, so the next one is refused. */
export function revokeMembership(db: Db, organisationId: string, userId: string): RevokeOutcome {
	return db.transaction((): RevokeOutcome => {
		const row = db
			.prepare('SELECT role FROM memberships WHERE organisation_id = ? AND user_id = ?')
			.get(organisationId, userId) as { role: Role } | undefined;
		if (!row) return 'not-found';
		if (row.role === 'owner') {
			const owners = db
				.prepare(
					"SELECT count(*) AS n FROM memberships WHERE organisation_id = ? AND role = 'owner'"
				)
				.get(organisationId) as { n: number };
			if (owners.n <= 1) return 'last-owner';
		}
		db.prepare('DELETE FROM memberships WHERE organisation_id = ? AND user_id = ?').run(
			organisationId,
			userId
		);
		return 'revoked';
	}).immediate();
}
