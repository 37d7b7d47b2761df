import { beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type Db } from '../db';
import {
	checkLoginAllowed,
	clearLoginFailures,
	loginWindowSeconds,
	recordLoginFailure
} from './rate-limit';

const t0 = 1_750_000_000;
let db: Db;
beforeEach(() => {
	db = openTestDatabase();
});

const fail = (email: string, ip: string, times: number, at = t0) => {
	for (let i = 0; i < times; i++) recordLoginFailure(db, email, ip, at);
};

describe('login rate limit', () => {
	it.each([
		[4, true],
		[5, false]
	])('after %i failures for one e-mail, allowed: %s', (n, allowed) => {
		fail('ann@example.nl', '10.0.0.1', n);
		expect(checkLoginAllowed(db, 'ann@example.nl', '10.0.0.9', t0).allowed).toBe(allowed);
	});

	it('counts an e-mail case-insensitively', () => {
		fail('Ann@Example.nl', '10.0.0.1', 5);
		expect(checkLoginAllowed(db, 'ann@example.NL', '10.0.0.2', t0).allowed).toBe(false);
	});

	it.each([
		[19, true],
		[20, false]
	])('after %i failures from one address (many e-mails), allowed: %s', (n, allowed) => {
		for (let i = 0; i < n; i++) fail(`user${i}@example.nl`, '10.0.0.1', 1);
		expect(checkLoginAllowed(db, 'new@example.nl', '10.0.0.1', t0).allowed).toBe(allowed);
		expect(checkLoginAllowed(db, 'new@example.nl', '10.0.0.2', t0).allowed).toBe(true);
	});

	it('opens again once the oldest failure leaves the 15-minute window', () => {
		fail('ann@example.nl', 'ip', 1, t0);
		fail('ann@example.nl', 'ip', 4, t0 + 300);
		const blocked = checkLoginAllowed(db, 'ann@example.nl', 'ip', t0 + 600);
		expect(blocked).toEqual({ allowed: false, retryAfter: loginWindowSeconds - 600 });
		expect(checkLoginAllowed(db, 'ann@example.nl', 'ip', t0 + loginWindowSeconds - 1).allowed).toBe(
			false
		);
		expect(checkLoginAllowed(db, 'ann@example.nl', 'ip', t0 + loginWindowSeconds).allowed).toBe(
			true
		);
	});

	it('a successful login clears the e-mail failures', () => {
		fail('ann@example.nl', 'ip', 5);
		clearLoginFailures(db, 'ann@example.nl');
		expect(checkLoginAllowed(db, 'ann@example.nl', 'other-ip', t0).allowed).toBe(true);
	});
});
