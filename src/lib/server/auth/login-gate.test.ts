import { beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type Db } from '../db';
import * as users from '../users';
import {
	createDeviceToken,
	deviceCookieLifetimeSeconds,
	trustedDeviceNonce
} from './device-cookie';
import { beginLogin, loginSucceeded, type LoginGate } from './login-gate';

const t0 = 1_750_000_000;
let db: Db;
let annId: string;
beforeEach(() => {
	db = openTestDatabase();
	annId = users.createUser(db, 'ann@example.nl', 'hash', t0)!.id;
});

const login = (opts: { email?: string; address?: string; device?: string | null }, at = t0) =>
	beginLogin(
		db,
		{
			email: opts.email ?? 'ann@example.nl',
			address: opts.address ?? '10.0.0.1',
			deviceNonce: opts.device ?? null
		},
		at
	);
const allowed = (gates: LoginGate[]) => gates.filter((g) => g.allowed).length;

describe('login gate', () => {
	it('30 attempts at once: 5 may check a password, the rest are refused', () => {
		const gates = Array.from({ length: 30 }, (_, i) => login({ address: `10.0.0.${i}` }));
		expect(allowed(gates)).toBe(5);
	});

	it('20 failures from one address lock it for every e-mail', () => {
		const gates = Array.from({ length: 25 }, (_, i) => login({ email: `u${i}@example.nl` }));
		expect(allowed(gates)).toBe(20);
		expect(login({ email: 'fresh@example.nl', address: '10.9.9.9' }).allowed).toBe(true);
	});

	it('a success clears the e-mail counter and is not counted against the address', () => {
		for (let i = 0; i < 4; i++) login({});
		const ok = login({});
		if (!ok.allowed) throw new Error('fifth attempt should run');
		loginSucceeded(db, ok.attempt);
		expect(allowed(Array.from({ length: 5 }, () => login({})))).toBe(5);
	});

	describe('device cookie (OWASP)', () => {
		const lockOut = () => {
			for (let i = 0; i < 10; i++) login({ address: '203.0.113.7' });
			expect(login({}).allowed).toBe(false);
		};

		it('the owner’s browser still gets its own attempts while the e-mail is locked', () => {
			const nonce = trustedDeviceNonce(db, createDeviceToken(db, annId, t0), annId, t0)!;
			lockOut();
			const gate = login({ device: nonce });
			expect(gate.allowed && gate.attempt.trustedDevice).toBe(true);
		});

		it('a trusted device gets 5 failures, then is distrusted and treated as any browser', () => {
			const nonce = trustedDeviceNonce(db, createDeviceToken(db, annId, t0), annId, t0)!;
			lockOut();
			const gates = Array.from({ length: 10 }, () => login({ device: nonce }));
			expect(allowed(gates)).toBe(5);
			expect(gates[5]?.distrusted).toBe(true);
			// A cookie issued at a later successful sign-in is a new device, trusted again.
			expect(trustedDeviceNonce(db, createDeviceToken(db, annId, t0), annId, t0)).not.toBeNull();
		});

		it('a distrusted cookie is no longer accepted', () => {
			const token = createDeviceToken(db, annId, t0);
			const nonce = trustedDeviceNonce(db, token, annId, t0)!;
			for (let i = 0; i < 6; i++) login({ device: nonce });
			expect(trustedDeviceNonce(db, token, annId, t0)).toBeNull();
		});

		it('a device success clears its own counter, not the e-mail lock', () => {
			const nonce = trustedDeviceNonce(db, createDeviceToken(db, annId, t0), annId, t0)!;
			for (let i = 0; i < 4; i++) login({ device: nonce });
			lockOut();
			const ok = login({ device: nonce });
			if (!ok.allowed) throw new Error('trusted attempt should run');
			loginSucceeded(db, ok.attempt);
			expect(allowed(Array.from({ length: 5 }, () => login({ device: nonce })))).toBe(5);
			expect(login({}).allowed).toBe(false);
		});
	});
});

describe('device cookie token', () => {
	it.each([
		['another user', (t: string) => t, 'other-user'],
		['a forged signature', (t: string) => `${t.slice(0, -4)}AAAA`, null],
		['a changed user id', (t: string) => `x${t}`, null],
		['garbage', () => 'a.b.c.d', null],
		['nothing', () => '', null]
	])('rejects %s', (_label, mangle, userOverride) => {
		const token = createDeviceToken(db, annId, t0);
		expect(trustedDeviceNonce(db, mangle(token), userOverride ?? annId, t0)).toBeNull();
	});

	it('accepts its own user’s token for a year', () => {
		const token = createDeviceToken(db, annId, t0);
		expect(
			trustedDeviceNonce(db, token, annId, t0 + deviceCookieLifetimeSeconds - 1)
		).not.toBeNull();
		expect(trustedDeviceNonce(db, token, annId, t0 + deviceCookieLifetimeSeconds)).toBeNull();
	});

	it('is signed with a key of this database only', () => {
		const token = createDeviceToken(db, annId, t0);
		const other = openTestDatabase();
		expect(trustedDeviceNonce(other, token, annId, t0)).toBeNull();
	});
});
