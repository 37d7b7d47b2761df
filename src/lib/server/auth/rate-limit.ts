import type { Db } from '../db';

/**
 * Failures before a key locks, and how the lock grows: each further failure (one can only be
 * made once the previous lock has passed) doubles the lock, up to `maxLockSeconds`. Failures
 * older than `memorySeconds` are forgotten, so every lock ends and the count starts over.
 */
export interface BackoffPolicy {
	limit: number;
	baseLockSeconds: number;
	maxLockSeconds: number;
	memorySeconds: number;
}

/** A plain budget: at most `limit` attempts per `windowSeconds`, successful or not. */
export interface WindowPolicy {
	limit: number;
	windowSeconds: number;
}

const hour = 60 * 60;
const day = 24 * hour;
/** Nothing is remembered longer than this; older rows are pruned on every write. */
const longestMemorySeconds = day;

export type Refusal = { allowed: false; retryAfter: number };

export function lockSeconds(failures: number, policy: BackoffPolicy): number {
	if (failures < policy.limit) return 0;
	// The exponent is capped so the arithmetic stays finite whatever the count.
	const doubled = policy.baseLockSeconds * 2 ** Math.min(failures - policy.limit, 30);
	return Math.min(policy.maxLockSeconds, doubled);
}

function recent(
	db: Db,
	key: string,
	since: number
): { count: number; latest: number; oldest: number } {
	const row = db
		.prepare(
			'SELECT count(*) AS count, max(at) AS latest, min(at) AS oldest FROM auth_attempts WHERE key = $key AND at > $since'
		)
		.get({ key, since }) as { count: number; latest: number | null; oldest: number | null };
	return { count: row.count, latest: row.latest ?? 0, oldest: row.oldest ?? 0 };
}

/** Seconds until `key` may try again under `policy`, or 0 when it may try now. */
export function backoffWait(db: Db, key: string, policy: BackoffPolicy, now: number): number {
	const { count, latest } = recent(db, key, now - policy.memorySeconds);
	return Math.max(0, latest + lockSeconds(count, policy) - now);
}

function windowWait(db: Db, key: string, policy: WindowPolicy, now: number): number {
	const { count, oldest } = recent(db, key, now - policy.windowSeconds);
	return count >= policy.limit ? Math.max(1, oldest + policy.windowSeconds - now) : 0;
}

/** Records one attempt per key and returns the new rows' ids (to forget them after a success). */
export function recordAttempts(db: Db, keys: readonly string[], now: number): number[] {
	const insert = db.prepare('INSERT INTO auth_attempts (key, at) VALUES ($key, $now)');
	const ids = keys.map((key) => Number(insert.run({ key, now }).lastInsertRowid));
	db.prepare('DELETE FROM auth_attempts WHERE at <= $before').run({
		before: now - longestMemorySeconds
	});
	return ids;
}

/** A success is not a failure: its own rows go, and so does the count of the key it passed. */
export function forgetAttempts(
	db: Db,
	ids: readonly number[],
	clearKeys: readonly string[] = []
): void {
	const byId = db.prepare('DELETE FROM auth_attempts WHERE id = $id');
	const byKey = db.prepare('DELETE FROM auth_attempts WHERE key = $key');
	db.transaction(() => {
		for (const id of ids) byId.run({ id });
		for (const key of clearKeys) byKey.run({ key });
	}).immediate();
}

/**
 * Checks every key against its back-off and, when none is locked, records the attempt under
 * each key, all in one IMMEDIATE transaction: the count already includes this attempt before
 * the slow password check starts, so concurrent requests cannot all slip under the limit.
 */
export function beginAttempt(
	db: Db,
	keys: readonly (readonly [string, BackoffPolicy])[],
	now: number
): { allowed: true; ids: number[] } | Refusal {
	return db
		.transaction((): { allowed: true; ids: number[] } | Refusal => {
			for (const [key, policy] of keys) {
				const wait = backoffWait(db, key, policy, now);
				if (wait > 0) return { allowed: false, retryAfter: wait };
			}
			return {
				allowed: true,
				ids: recordAttempts(
					db,
					keys.map(([key]) => key),
					now
				)
			};
		})
		.immediate();
}

/** Like `beginAttempt` for plain budgets (signups): every attempt counts, successful or not. */
export function takeFromBudget(
	db: Db,
	keys: readonly (readonly [string, WindowPolicy])[],
	now: number
): { allowed: true } | Refusal {
	return db
		.transaction((): { allowed: true } | Refusal => {
			for (const [key, policy] of keys) {
				const wait = windowWait(db, key, policy, now);
				if (wait > 0) return { allowed: false, retryAfter: wait };
			}
			recordAttempts(
				db,
				keys.map(([key]) => key),
				now
			);
			return { allowed: true };
		})
		.immediate();
}

export const loginEmailPolicy: BackoffPolicy = {
	limit: 5,
	baseLockSeconds: 15 * 60,
	maxLockSeconds: 4 * hour,
	memorySeconds: day
};
/** Many e-mails from one address: credential stuffing. Higher, as offices share an address. */
export const loginAddressPolicy: BackoffPolicy = { ...loginEmailPolicy, limit: 20 };
/** Failures from one trusted browser before its device cookie stops being trusted. */
export const deviceFailureLimit = 5;
export const devicePolicy: BackoffPolicy = { ...loginEmailPolicy, limit: deviceFailureLimit };
export const passwordChangePolicy: BackoffPolicy = loginEmailPolicy;

/**
 * Sign-ups per client address per hour: 100, or SIGNUP_LIMIT_PER_ADDRESS (a whole number ≥ 1)
 * where many people sign up from one address, such as behind one office proxy or in the
 * end-to-end tests, whose ~200 sign-ups all come from localhost.
 */
export function signupAddressLimit(value = process.env.SIGNUP_LIMIT_PER_ADDRESS): number {
	const n = Number(value);
	return value && Number.isInteger(n) && n >= 1 ? n : 100;
}
export const signupAddressPolicy: WindowPolicy = {
	limit: signupAddressLimit(),
	windowSeconds: hour
};
export const signupEmailPolicy: WindowPolicy = { limit: 5, windowSeconds: hour };

export const attemptKey = {
	loginEmail: (email: string) => `login-email:${email.trim().toLowerCase()}`,
	loginAddress: (address: string) => `login-ip:${address}`,
	loginDevice: (nonce: string) => `login-device:${nonce}`,
	signupAddress: (address: string) => `signup-ip:${address}`,
	signupEmail: (email: string) => `signup-email:${email.trim().toLowerCase()}`,
	passwordChange: (userId: string) => `password-change:${userId}`
};
