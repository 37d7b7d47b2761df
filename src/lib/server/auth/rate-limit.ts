import type { Db } from '../db';

export const loginWindowSeconds = 15 * 60;
export const maxFailuresPerEmail = 5;
export const maxFailuresPerAddress = 20;

const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `ip:${address}`;

function failuresSince(
	db: Db,
	key: string,
	since: number
): { count: number; oldest: number | null } {
	const row = db
		.prepare(
			'SELECT count(*) AS count, min(at) AS oldest FROM login_failures WHERE key = ? AND at > ?'
		)
		.get(key, since) as { count: number; oldest: number | null };
	return row;
}

/**
 * Whether a login attempt may proceed. When blocked, `retryAfter` is the number of seconds until
 * the oldest failure in the window leaves it.
 */
export function checkLoginAllowed(
	db: Db,
	email: string,
	address: string,
	now: number
): { allowed: true } | { allowed: false; retryAfter: number } {
	const since = now - loginWindowSeconds;
	const checks: [string, number][] = [
		[emailKey(email), maxFailuresPerEmail],
		[addressKey(address), maxFailuresPerAddress]
	];
	for (const [key, max] of checks) {
		const { count, oldest } = failuresSince(db, key, since);
		if (count >= max && oldest !== null) {
			return { allowed: false, retryAfter: Math.max(1, oldest + loginWindowSeconds - now) };
		}
	}
	return { allowed: true };
}

export function recordLoginFailure(db: Db, email: string, address: string, now: number): void {
	const insert = db.prepare('INSERT INTO login_failures (key, at) VALUES (?, ?)');
	db.transaction(() => {
		insert.run(emailKey(email), now);
		insert.run(addressKey(address), now);
		// Old rows are useless for any window; pruning here keeps the table small without a job.
		db.prepare('DELETE FROM login_failures WHERE at <= ?').run(now - loginWindowSeconds);
	}).immediate();
}

/** A successful login clears the e-mail's failures (not the address's: others may share it). */
export function clearLoginFailures(db: Db, email: string): void {
	db.prepare('DELETE FROM login_failures WHERE key = ?').run(emailKey(email));
}
