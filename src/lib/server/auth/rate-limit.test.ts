import { beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type Db } from '../db';
import {
	attemptKey,
	backoffWait,
	beginAttempt,
	forgetAttempts,
	lockSeconds,
	loginEmailPolicy,
	signupAddressLimit,
	signupAddressPolicy,
	takeFromBudget
} from './rate-limit';

const t0 = 1_750_000_000;
const minute = 60;
let db: Db;
beforeEach(() => {
	db = openTestDatabase();
});

const key = attemptKey.loginEmail('ann@example.nl');
const attempt = (at: number) => beginAttempt(db, [[key, loginEmailPolicy]], at);

describe('back-off lock', () => {
	it.each([
		[4, 0],
		[5, 15 * minute],
		[6, 30 * minute],
		[7, 60 * minute],
		[8, 120 * minute],
		[9, 240 * minute],
		[10, 240 * minute],
		[1_000_000, 240 * minute]
	])('after %i failures the lock lasts %i s (doubling, capped)', (failures, seconds) => {
		expect(lockSeconds(failures, loginEmailPolicy)).toBe(seconds);
	});

	it('counts the attempt before the check: the sixth of a burst is refused', () => {
		const outcomes = Array.from({ length: 30 }, () => attempt(t0).allowed);
		expect(outcomes.filter(Boolean)).toHaveLength(5);
		expect(outcomes.slice(0, 5)).toEqual([true, true, true, true, true]);
		expect(attempt(t0)).toEqual({ allowed: false, retryAfter: 15 * minute });
	});

	it('refusals do not extend the lock; after it, one more try, then a doubled lock', () => {
		for (let i = 0; i < 5; i++) attempt(t0);
		for (let i = 0; i < 50; i++) expect(attempt(t0 + 10 * minute).allowed).toBe(false);
		expect(attempt(t0 + 15 * minute - 1).allowed).toBe(false);
		expect(attempt(t0 + 15 * minute).allowed).toBe(true);
		expect(attempt(t0 + 15 * minute + 1)).toEqual({ allowed: false, retryAfter: 30 * minute - 1 });
		expect(attempt(t0 + 45 * minute).allowed).toBe(true);
		expect(backoffWait(db, key, loginEmailPolicy, t0 + 45 * minute)).toBe(60 * minute);
	});

	it('forgets failures after a day, so no lock lasts for ever', () => {
		for (let i = 0; i < 5; i++) attempt(t0);
		expect(attempt(t0 + loginEmailPolicy.memorySeconds).allowed).toBe(true);
	});

	it('a success removes its own attempt and clears the counter', () => {
		for (let i = 0; i < 4; i++) attempt(t0);
		const ok = attempt(t0);
		if (!ok.allowed) throw new Error('fifth attempt should run');
		forgetAttempts(db, ok.ids, [key]);
		expect(backoffWait(db, key, loginEmailPolicy, t0)).toBe(0);
		expect(db.prepare('SELECT count(*) AS n FROM auth_attempts').get()).toEqual({ n: 0 });
	});

	it('e-mail keys ignore case and surrounding spaces', () => {
		expect(attemptKey.loginEmail(' Ann@Example.NL ')).toBe(key);
	});
});

describe('sign-up budget', () => {
	it('allows the limit per address per hour, then refuses until the oldest leaves the hour', () => {
		const take = (at: number) =>
			takeFromBudget(db, [[attemptKey.signupAddress('10.0.0.1'), signupAddressPolicy]], at);
		for (let i = 0; i < signupAddressPolicy.limit; i++) expect(take(t0 + i).allowed).toBe(true);
		expect(take(t0 + 200)).toEqual({ allowed: false, retryAfter: 3600 - 200 });
		expect(take(t0 + 3600).allowed).toBe(true);
	});
});

describe('the sign-up limit per address', () => {
	it.each([
		[undefined, 100],
		['', 100],
		['5000', 5000],
		['0', 100],
		['-3', 100],
		['2.5', 100],
		['veel', 100]
	])('SIGNUP_LIMIT_PER_ADDRESS=%s allows %i per hour', (value, limit) => {
		expect(signupAddressLimit(value)).toBe(limit);
	});
});
