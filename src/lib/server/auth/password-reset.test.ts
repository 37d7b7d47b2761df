import { describe, expect, it } from 'vitest';
import { openTestDatabase, type Db } from '../db';
import { claimDueMails, listOutbox } from '../mail/outbox';
import { logTransport } from '../mail/transport';
import { deliverDueMails } from '../mail/delivery';
import * as users from '../users';
import {
	completePasswordReset,
	findResetLink,
	issueResetToken,
	requestPasswordReset,
	resetEmailPolicy,
	resetLinkSeconds
} from './password-reset';
import { recordAttempts, attemptKey, backoffWait, loginEmailPolicy } from './rate-limit';
import { isEmailVerified } from './email-verification';
import { createSession, validateSessionToken } from './session';

const config = {
	smtpUrl: null,
	from: 'PSO <no-reply@example.nl>',
	origin: 'https://pso.example.nl'
};
const t0 = 1_800_000_000;

function setUp(): { db: Db; userId: string } {
	const db = openTestDatabase();
	const user = users.createUser(db, 'Kees@Example.nl', 'old-hash', t0)!;
	return { db, userId: user.id };
}

function ask(db: Db, email: string, now = t0, address = '10.0.0.1', lang: 'nl' | 'en' = 'nl') {
	return requestPasswordReset(db, { email, address, lang }, config, now);
}

/** The link in the newest queued reset mail (read before delivery blanks it). */
function linkInOutbox(db: Db): string {
	const mail = claimDueMails(db, Number.MAX_SAFE_INTEGER).find((m) => m.kind === 'password-reset');
	const link = /https:\/\/\S+/.exec(mail?.text ?? '')?.[0];
	if (!link) throw new Error('no reset mail queued');
	return link;
}

const tokenOf = (link: string) => link.split('/').at(-1)!;

describe('asking for a reset link', () => {
	it('queues one sensitive mail with a link built from ORIGIN, in the asker’s language', () => {
		const { db } = setUp();
		expect(ask(db, ' kees@example.nl ', t0, '10.0.0.1', 'en')).toEqual({ queued: true });
		const [entry] = listOutbox(db, 10, 0);
		expect(entry).toMatchObject({ kind: 'password-reset', to: 'kees@example.nl', text: null });
		expect(entry!.subject).toBe('Choose a new password for PSO Readiness');
		expect(linkInOutbox(db)).toMatch(/^https:\/\/pso\.example\.nl\/reset-password\/[\w-]{43}$/);
	});

	it('queues nothing for an unknown address', () => {
		const { db } = setUp();
		expect(ask(db, 'nobody@example.nl')).toEqual({ queued: false });
		expect(listOutbox(db, 10, 0)).toEqual([]);
	});

	it('stores only a SHA-256 hash of the token, never the token itself', () => {
		const { db, userId } = setUp();
		const token = issueResetToken(db, userId, 'nl', t0);
		const rows = db.prepare('SELECT * FROM password_reset_tokens').all() as Record<
			string,
			unknown
		>[];
		expect(rows).toHaveLength(1);
		const stored = JSON.stringify(rows, (_k, v: unknown) =>
			Buffer.isBuffer(v) ? v.toString('hex') : v
		);
		expect(stored).not.toContain(token);
		expect(stored).not.toContain(Buffer.from(token, 'base64url').toString('hex'));
		expect((rows[0]!.token_hash as Buffer).length).toBe(32);
	});

	it('sends at most the budget per address per hour, then nothing, until the hour has passed', () => {
		const { db } = setUp();
		const answers = Array.from({ length: resetEmailPolicy.limit + 2 }, (_, i) =>
			ask(db, 'kees@example.nl', t0 + i, `10.0.0.${i}`)
		);
		expect(answers.map((a) => a.queued)).toEqual([true, true, true, false, false]);
		expect(listOutbox(db, 10, 0)).toHaveLength(resetEmailPolicy.limit);
		expect(ask(db, 'kees@example.nl', t0 + 60 * 60 + 10).queued).toBe(true);
	});

	it('limits one client address across many e-mails', () => {
		const { db } = setUp();
		for (let i = 0; i < 30; i++) ask(db, `someone${i}@example.nl`, t0 + i, '10.9.9.9');
		expect(ask(db, 'kees@example.nl', t0 + 40, '10.9.9.9').queued).toBe(false);
		expect(ask(db, 'kees@example.nl', t0 + 40, '10.1.1.1').queued).toBe(true);
	});
});

describe('using a reset link', () => {
	it('sets the new password, ends every session and cannot be used twice', () => {
		const { db, userId } = setUp();
		const phone = createSession(db, userId, t0);
		const laptop = createSession(db, userId, t0);
		ask(db, 'kees@example.nl');
		const token = tokenOf(linkInOutbox(db));
		expect(findResetLink(db, token, t0 + 60)).toEqual({ userId, email: 'kees@example.nl' });

		expect(completePasswordReset(db, token, 'new-hash', config, t0 + 60)).toEqual({
			userId,
			email: 'kees@example.nl'
		});
		expect(users.findUserById(db, userId)!.passwordHash).toBe('new-hash');
		expect(validateSessionToken(db, phone.token, t0 + 61)).toBeNull();
		expect(validateSessionToken(db, laptop.token, t0 + 61)).toBeNull();

		expect(findResetLink(db, token, t0 + 62)).toBeNull();
		expect(completePasswordReset(db, token, 'other-hash', config, t0 + 62)).toBeNull();
		expect(users.findUserById(db, userId)!.passwordHash).toBe('new-hash');
	});

	it('counts as proof of the address: an unverified account is verified by a completed reset', () => {
		const db = openTestDatabase();
		const user = users.createUser(db, 'nieuw@example.nl', 'old-hash', t0, { verified: false })!;
		expect(isEmailVerified(db, user.id)).toBe(false);
		ask(db, 'nieuw@example.nl');
		completePasswordReset(db, tokenOf(linkInOutbox(db)), 'new-hash', config, t0 + 60);
		expect(isEmailVerified(db, user.id)).toBe(true);
	});

	it('works until the hour is over, and not a second later', () => {
		const { db, userId } = setUp();
		const token = issueResetToken(db, userId, 'nl', t0);
		expect(findResetLink(db, token, t0 + resetLinkSeconds - 1)).not.toBeNull();
		expect(findResetLink(db, token, t0 + resetLinkSeconds)).toBeNull();
		expect(completePasswordReset(db, token, 'new-hash', config, t0 + resetLinkSeconds)).toBeNull();
		expect(users.findUserById(db, userId)!.passwordHash).toBe('old-hash');
	});

	it.each([
		['an unknown token', 'A'.repeat(43)],
		['a truncated token', 'abc'],
		['a token with other characters', `${'a'.repeat(42)}/`]
	])('refuses %s', (_name, token) => {
		const { db } = setUp();
		expect(findResetLink(db, token, t0)).toBeNull();
		expect(completePasswordReset(db, token, 'new-hash', config, t0)).toBeNull();
	});

	it('voids the user’s other links and lifts a login lock on the e-mail', () => {
		const { db, userId } = setUp();
		const first = issueResetToken(db, userId, 'nl', t0);
		const second = issueResetToken(db, userId, 'nl', t0 + 5);
		const key = attemptKey.loginEmail('kees@example.nl');
		for (let i = 0; i < loginEmailPolicy.limit; i++) recordAttempts(db, [key], t0 + i);
		expect(backoffWait(db, key, loginEmailPolicy, t0 + 10)).toBeGreaterThan(0);

		expect(completePasswordReset(db, second, 'new-hash', config, t0 + 10)).not.toBeNull();
		expect(findResetLink(db, first, t0 + 11)).toBeNull();
		expect(backoffWait(db, key, loginEmailPolicy, t0 + 11)).toBe(0);
	});

	it('tells the user, in the language they asked in, that the password changed', () => {
		const { db, userId } = setUp();
		const token = issueResetToken(db, userId, 'en', t0);
		completePasswordReset(db, token, 'new-hash', config, t0 + 1);
		const notice = listOutbox(db, 10, 0).find((m) => m.kind === 'password-changed');
		expect(notice?.subject).toBe('Your PSO Readiness password has been changed');
		expect(notice?.text).toContain('https://pso.example.nl/forgot-password');
	});
});

describe('without SMTP_URL', () => {
	it('writes the reset link to the log, and keeps no copy of it once delivered', async () => {
		const { db } = setUp();
		ask(db, 'kees@example.nl');
		const log: string[] = [];
		await deliverDueMails(
			db,
			logTransport((line) => log.push(line)),
			() => t0 + 1
		);
		const link = /https:\/\/pso\.example\.nl\/reset-password\/[\w-]{43}/.exec(log.join('\n'))?.[0];
		expect(link).toBeDefined();
		expect(findResetLink(db, tokenOf(link!), t0 + 2)).not.toBeNull();
		const stored = db.prepare('SELECT body_text, body_html, status FROM mail_outbox').get();
		expect(stored).toEqual({ body_text: '', body_html: '', status: 'logged' });
	});
});
