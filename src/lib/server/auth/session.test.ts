import { beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type Db } from '../db';
import * as users from '../users';
import {
	createSession,
	invalidateOtherSessions,
	invalidateSession,
	sessionExpiresAt,
	sessionInactivitySeconds,
	sessionLifetimeSeconds,
	validateSessionToken
} from './session';

const t0 = 1_750_000_000;
let db: Db;
let userId: string;

beforeEach(() => {
	db = openTestDatabase();
	userId = users.createUser(db, 'Ann@Example.nl', 'hash', t0)!.id;
});

describe('sessions', () => {
	it('creates a token that validates to its user', () => {
		const { token } = createSession(db, userId, t0);
		const v = validateSessionToken(db, token, t0 + 10);
		expect(v?.user).toEqual({ id: userId, email: 'ann@example.nl', isAdmin: false });
	});

	it('stores only a hash of the secret, never the token', () => {
		const { token } = createSession(db, userId, t0);
		const secret = token.split('.')[1]!;
		const row = db.prepare('SELECT * FROM sessions').get() as Record<string, unknown>;
		expect(JSON.stringify(row)).not.toContain(secret);
		expect((row.secret_hash as Buffer).length).toBe(32);
	});

	it.each([
		['a wrong secret', (t: string) => `${t.split('.')[0]}.wrongsecret`],
		['no secret', (t: string) => t.split('.')[0]!],
		['an unknown id', (t: string) => `unknown.${t.split('.')[1]}`],
		['garbage', () => '...'],
		['empty', () => '']
	])('rejects %s', (_label, mangle) => {
		const { token } = createSession(db, userId, t0);
		expect(validateSessionToken(db, mangle(token), t0)).toBeNull();
	});

	it.each([
		[sessionInactivitySeconds - 1, true],
		[sessionInactivitySeconds, false],
		[sessionInactivitySeconds + 86400, false]
	])('after %i idle seconds the session is valid: %s', (idle, valid) => {
		const { token } = createSession(db, userId, t0);
		expect(validateSessionToken(db, token, t0 + idle) !== null).toBe(valid);
	});

	it('slides the expiry forward on use, and an expired session is deleted', () => {
		const { token } = createSession(db, userId, t0);
		const halfway = t0 + sessionInactivitySeconds / 2;
		expect(validateSessionToken(db, token, halfway)?.refreshed).toBe(true);
		// Valid almost a full idle period after the last use, longer than one after creation.
		expect(
			validateSessionToken(db, token, halfway + sessionInactivitySeconds - 86400)
		).not.toBeNull();
		const later = halfway + sessionInactivitySeconds - 86400 + sessionInactivitySeconds;
		expect(validateSessionToken(db, token, later)).toBeNull();
		expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
	});

	it('ends 30 days after sign-in however active, and the cookie says so', () => {
		const { token } = createSession(db, userId, t0);
		let last: ReturnType<typeof validateSessionToken> = null;
		// Used every day: the idle expiry never passes, the absolute one does.
		for (let day = 1; day < 30; day++) {
			last = validateSessionToken(db, token, t0 + day * 86400);
			expect(last, `day ${day}`).not.toBeNull();
		}
		expect(sessionExpiresAt(last!.session).getTime() / 1000).toBe(t0 + sessionLifetimeSeconds);
		expect(validateSessionToken(db, token, t0 + sessionLifetimeSeconds)).toBeNull();
		expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
	});

	it('invalidates a single session', () => {
		const a = createSession(db, userId, t0);
		const b = createSession(db, userId, t0);
		invalidateSession(db, a.session.id);
		expect(validateSessionToken(db, a.token, t0)).toBeNull();
		expect(validateSessionToken(db, b.token, t0)).not.toBeNull();
	});

	it('invalidates all other sessions of the user, and only those', () => {
		const keep = createSession(db, userId, t0);
		const other = createSession(db, userId, t0);
		const bob = users.createUser(db, 'bob@example.nl', 'hash', t0)!;
		const bobs = createSession(db, bob.id, t0);
		invalidateOtherSessions(db, userId, keep.session.id);
		expect(validateSessionToken(db, keep.token, t0)).not.toBeNull();
		expect(validateSessionToken(db, other.token, t0)).toBeNull();
		expect(validateSessionToken(db, bobs.token, t0)).not.toBeNull();
	});
});
