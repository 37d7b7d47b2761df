import type { Db } from './db';
import { newId } from './ids';

export interface UserRecord {
	id: string;
	email: string;
	passwordHash: string;
	isAdmin: boolean;
}

interface UserRow {
	id: string;
	email: string;
	password_hash: string;
	is_admin: number;
}

const toUser = (r: UserRow): UserRecord => ({
	id: r.id,
	email: r.email,
	passwordHash: r.password_hash,
	isAdmin: r.is_admin === 1
});

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export function findUserByEmail(db: Db, email: string): UserRecord | null {
	const row = db
		.prepare('SELECT id, email, password_hash, is_admin FROM users WHERE email = $email')
		.get({ email: normaliseEmail(email) }) as UserRow | undefined;
	return row ? toUser(row) : null;
}

export function findUserById(db: Db, id: string): UserRecord | null {
	const row = db
		.prepare('SELECT id, email, password_hash, is_admin FROM users WHERE id = $id')
		.get({ id }) as UserRow | undefined;
	return row ? toUser(row) : null;
}

/**
 * Returns null when the e-mail is taken. Self-service sign-up passes `verified: false` (the
 * address is proven later by a mailed link); accounts made by scripts and tests (the demo,
 * benchmarks) are taken as verified.
 */
export function createUser(
	db: Db,
	email: string,
	passwordHash: string,
	now: number,
	{ verified = true }: { verified?: boolean } = {}
): UserRecord | null {
	const id = newId();
	const result = db
		.prepare(
			`INSERT INTO users (id, email, password_hash, created_at, email_verified_at)
			 VALUES ($id, $email, $passwordHash, $now, $verifiedAt) ON CONFLICT (email) DO NOTHING`
		)
		.run({
			id,
			email: normaliseEmail(email),
			passwordHash,
			now,
			verifiedAt: verified ? now : null
		});
	if (result.changes === 0) return null;
	return { id, email: normaliseEmail(email), passwordHash, isAdmin: false };
}

export function updatePasswordHash(db: Db, userId: string, passwordHash: string): void {
	db.prepare('UPDATE users SET password_hash = $passwordHash WHERE id = $userId').run({
		passwordHash,
		userId
	});
}
