import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db';

/** Sessions end after this long without a request (sliding expiry)… */
export const sessionInactivitySeconds = 7 * 24 * 60 * 60;
/** …and this long after sign-in however active, so a stolen token does not live for ever. */
export const sessionLifetimeSeconds = 30 * 24 * 60 * 60;
/** Activity is written back at most this often, so every page view is not a write. */
const touchIntervalSeconds = 60 * 60;

export interface Session {
	id: string;
	userId: string;
	createdAt: number;
	lastVerifiedAt: number;
}

export interface SessionUser {
	id: string;
	email: string;
	isAdmin: boolean;
}

export interface SessionValidation {
	session: Session;
	user: SessionUser;
	/** True when the expiry moved and the cookie should be sent again. */
	refreshed: boolean;
}

function hashSecret(secret: string): Buffer {
	return createHash('sha256').update(secret).digest();
}

/** Creates a session and returns its token `<id>.<secret>`; only the secret's hash is stored. */
export function createSession(
	db: Db,
	userId: string,
	now: number
): { token: string; session: Session } {
	const id = randomBytes(18).toString('base64url');
	const secret = randomBytes(24).toString('base64url');
	db.prepare(
		'INSERT INTO sessions (id, user_id, secret_hash, created_at, last_verified_at) VALUES ($id, $userId, $secretHash, $now, $now)'
	).run({ id, userId, secretHash: hashSecret(secret), now });
	return { token: `${id}.${secret}`, session: { id, userId, createdAt: now, lastVerifiedAt: now } };
}

interface SessionRow {
	id: string;
	user_id: string;
	secret_hash: Buffer;
	created_at: number;
	last_verified_at: number;
	email: string;
	is_admin: number;
}

export function validateSessionToken(db: Db, token: string, now: number): SessionValidation | null {
	const parts = token.split('.');
	if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
	const [id, secret] = parts as [string, string];
	const row = db
		.prepare(
			`SELECT s.id, s.user_id, s.secret_hash, s.created_at, s.last_verified_at, u.email, u.is_admin
			 FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $id`
		)
		.get({ id }) as SessionRow | undefined;
	if (!row) return null;
	const given = hashSecret(secret);
	if (given.length !== row.secret_hash.length || !timingSafeEqual(given, row.secret_hash)) {
		return null;
	}
	if (
		now - row.last_verified_at >= sessionInactivitySeconds ||
		now - row.created_at >= sessionLifetimeSeconds
	) {
		invalidateSession(db, id);
		return null;
	}
	let lastVerifiedAt = row.last_verified_at;
	let refreshed = false;
	if (now - row.last_verified_at >= touchIntervalSeconds) {
		db.prepare('UPDATE sessions SET last_verified_at = $now WHERE id = $id').run({ now, id });
		lastVerifiedAt = now;
		refreshed = true;
	}
	return {
		session: { id, userId: row.user_id, createdAt: row.created_at, lastVerifiedAt },
		user: { id: row.user_id, email: row.email, isAdmin: row.is_admin === 1 },
		refreshed
	};
}

export function invalidateSession(db: Db, sessionId: string): void {
	db.prepare('DELETE FROM sessions WHERE id = $sessionId').run({ sessionId });
}

/** Ends every session of a user except `keepSessionId` (after a password change). */
export function invalidateOtherSessions(
	db: Db,
	userId: string,
	keepSessionId: string | null
): void {
	db.prepare('DELETE FROM sessions WHERE user_id = $userId AND id IS NOT $keepSessionId').run({
		userId,
		keepSessionId
	});
}

export function sessionExpiresAt(session: Session): Date {
	const end = Math.min(
		session.lastVerifiedAt + sessionInactivitySeconds,
		session.createdAt + sessionLifetimeSeconds
	);
	return new Date(end * 1000);
}
