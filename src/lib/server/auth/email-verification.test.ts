import { beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, openTestDatabase, readMigrations, type Db } from '../db';
import { claimDueMails, listOutbox } from '../mail/outbox';
import * as memberships from '../memberships';
import * as organisations from '../organisations';
import * as users from '../users';
import {
	completeVerification,
	findVerificationLink,
	isEmailVerified,
	registerAccount,
	resendPolicy,
	resendVerification,
	verificationLinkSeconds
} from './email-verification';

const config = {
	smtpUrl: null,
	from: 'PSO <no-reply@example.nl>',
	origin: 'https://pso.example.nl'
};
const t0 = 1_800_000_000;
let db: Db;

beforeEach(() => {
	db = openTestDatabase();
});

const signUp = (email: string, now = t0, lang: 'nl' | 'en' = 'nl') =>
	registerAccount(db, { email, passwordHash: 'hash', lang }, config, now);

/** The links in queued mails of `kind`, oldest first (read before delivery blanks them). */
function queued(kind: string): { to: string; subject: string; link: string | null }[] {
	return claimDueMails(db, Number.MAX_SAFE_INTEGER)
		.filter((m) => m.kind === kind)
		.map((m) => ({
			to: m.to,
			subject: m.subject,
			link: /https:\/\/\S+/.exec(m.text)?.[0] ?? null
		}));
}
const tokenOf = (link: string | null) => link!.split('/').at(-1)!;
const userId = (email: string) => users.findUserByEmail(db, email)!.id;

describe('sign-up with a verification link', () => {
	it('a new address gets an unverified account and one sensitive mail with a link from ORIGIN', () => {
		expect(signUp('Nieuw@Example.nl', t0, 'en')).toBe('created');
		expect(isEmailVerified(db, userId('nieuw@example.nl'))).toBe(false);
		const [entry] = listOutbox(db, 10, 0);
		expect(entry).toMatchObject({ kind: 'verify-email', to: 'nieuw@example.nl', text: null });
		expect(entry!.subject).toBe('Confirm your e-mail address for PSO Readiness');
		const [mail] = queued('verify-email');
		expect(mail!.link).toMatch(/^https:\/\/pso\.example\.nl\/verify\/[\w-]{43}$/);
	});

	it('an address with an account gets the "already have an account" mail, and no second account', () => {
		signUp('kees@example.nl');
		expect(signUp('KEES@example.nl')).toBe('exists');
		const mails = queued('signup-existing-account');
		expect(mails).toEqual([
			{
				to: 'kees@example.nl',
				subject: 'U heeft al een account bij PSO Readiness',
				link: 'https://pso.example.nl/forgot-password'
			}
		]);
		expect(queued('verify-email')).toHaveLength(0); // claimed by the first call above
	});

	it('the link verifies its own account once; the hash, not the token, is stored', () => {
		signUp('kees@example.nl');
		const token = tokenOf(queued('verify-email')[0]!.link);
		const id = userId('kees@example.nl');
		const stored = db.prepare('SELECT token_hash FROM email_verification_tokens').all() as {
			token_hash: Buffer;
		}[];
		expect(stored).toHaveLength(1);
		expect(stored[0]!.token_hash.toString('base64url')).not.toBe(token);

		expect(findVerificationLink(db, token, t0 + 60)).toEqual({ userId: id });
		expect(completeVerification(db, token, id, t0 + 60)).toBe(true);
		expect(isEmailVerified(db, id)).toBe(true);
		expect(completeVerification(db, token, id, t0 + 61)).toBe(false);
		expect(findVerificationLink(db, token, t0 + 61)).toBeNull();
	});

	it('another account cannot use the link (registering someone else’s address gains nothing)', () => {
		signUp('victim@example.nl');
		const token = tokenOf(queued('verify-email')[0]!.link);
		const other = users.createUser(db, 'attacker@example.nl', 'hash', t0)!;
		expect(completeVerification(db, token, other.id, t0 + 1)).toBe(false);
		expect(isEmailVerified(db, userId('victim@example.nl'))).toBe(false);
		// The owner can still use it.
		expect(completeVerification(db, token, userId('victim@example.nl'), t0 + 2)).toBe(true);
	});

	it.each([
		['one second before it lapses', verificationLinkSeconds - 1, true],
		['when it lapses', verificationLinkSeconds, false],
		['a day later', verificationLinkSeconds + 86_400, false]
	])('a link used %s works: %s', (_, after, works) => {
		signUp('kees@example.nl');
		const token = tokenOf(queued('verify-email')[0]!.link);
		expect(completeVerification(db, token, userId('kees@example.nl'), t0 + after)).toBe(works);
	});

	it('malformed and unknown tokens are refused without a lookup error', () => {
		signUp('kees@example.nl');
		const id = userId('kees@example.nl');
		for (const token of ['', 'x', 'a'.repeat(43), "'; DROP TABLE users; --"])
			expect(completeVerification(db, token, id, t0)).toBe(false);
		expect(isEmailVerified(db, id)).toBe(false);
	});

	it('"send the link again" is rate limited per account, voids nothing, and stops once verified', () => {
		signUp('kees@example.nl');
		const user = users.findUserByEmail(db, 'kees@example.nl')!;
		for (let i = 0; i < resendPolicy.limit; i++)
			expect(resendVerification(db, user, 'nl', config, t0 + i)).toEqual({ sent: true });
		expect(resendVerification(db, user, 'nl', config, t0 + 10)).toMatchObject({ allowed: false });
		const links = queued('verify-email');
		expect(links).toHaveLength(1 + resendPolicy.limit);
		// An older link still works; using it voids the rest.
		expect(completeVerification(db, tokenOf(links[0]!.link), user.id, t0 + 20)).toBe(true);
		expect(completeVerification(db, tokenOf(links[1]!.link), user.id, t0 + 21)).toBe(false);
		expect(resendVerification(db, user, 'nl', config, t0 + 3600 * 2)).toEqual({ sent: false });
	});
});

describe('an unverified account and invitations', () => {
	it('cannot accept an invitation to its address until it is verified', () => {
		const owner = users.createUser(db, 'owner@example.nl', 'hash', t0)!;
		const org = organisations.createOrganisation(
			db,
			owner.id,
			{ name: 'Korf BV', kvk: '12345678', sector: null, fulltimeHours: 40 },
			t0
		);
		memberships.inviteByEmail(db, org.id, 'bob@example.nl', 'editor', owner.id, t0);
		signUp('bob@example.nl');
		const bob = users.findUserByEmail(db, 'bob@example.nl')!;
		const [invitation] = memberships.listPendingInvitations(db, bob.email, t0);
		expect(memberships.acceptInvitation(db, invitation!.id, bob, t0 + 1)).toEqual({
			status: 'unverified'
		});
		expect(organisations.listOrganisationsForUser(db, bob.id)).toEqual([]);

		const token = tokenOf(queued('verify-email')[0]!.link);
		completeVerification(db, token, bob.id, t0 + 2);
		expect(memberships.acceptInvitation(db, invitation!.id, bob, t0 + 3).status).toBe('accepted');
	});

	it('accounts and invitations from before migration 026 are verified and pending as before', () => {
		const old = new Database(':memory:');
		const all = readMigrations();
		migrate(
			old,
			all.filter((m) => m.version < 26)
		);
		old.exec(`INSERT INTO users (id, email, password_hash, created_at) VALUES ('u1', 'a@b.nl', 'h', 100);
			INSERT INTO organisations (id, name, kvk, created_at) VALUES ('o1', 'Org', '12345678', 100);
			INSERT INTO invitations (id, organisation_id, email, role, created_at)
			VALUES ('i1', 'o1', 'c@d.nl', 'viewer', 100);`);
		migrate(old, all);
		expect(old.prepare('SELECT email_verified_at FROM users').get()).toEqual({
			email_verified_at: 100
		});
		expect(old.prepare('SELECT status, expires_at FROM invitations').get()).toEqual({
			status: 'pending',
			expires_at: 100 + memberships.invitationValiditySeconds
		});
		old.close();
	});
});
