// Verified sign-up (issue 12). Signing up mails a link; the account can log in at once but sees no
// organisations and accepts no invitation until the link is used. Using it needs the account's
// session as well as the link: whoever registers someone else's address (to be let in once the
// owner clicks) never gets the link, and the owner never gets the password.
// Signing up answers the same whether or not the address has an account: an existing account
// gets a mail pointing to the password reset instead, so only the mailbox's owner learns it.
import { createHash, randomBytes } from 'node:crypto';
import { m } from '$lib/paraglide/messages';
import type { Lang } from '$lib/pso/lang';
import type { Db } from '../db';
import { composeMail } from '../mail/compose';
import { mailLink, type MailConfig } from '../mail/config';
import { enqueueMail } from '../mail/outbox';
import * as users from '../users';
import { takeFromBudget, type Refusal, type WindowPolicy } from './rate-limit';

const hour = 60 * 60;
/** A link works this long: a mail read the next morning still works. */
export const verificationLinkSeconds = 24 * hour;
/** "Send the link again" per account: enough for a lost mail, too few to flood a mailbox. */
export const resendPolicy: WindowPolicy = { limit: 3, windowSeconds: hour };
// Counted in auth_attempts (migration 010) beside the login, sign-up and reset keys.
export const resendKey = (userId: string) => `verify-resend:${userId}`;

/** 32 random bytes in base64url: what a link's last path segment must look like. */
export const verificationTokenPattern = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): Buffer {
	return createHash('sha256').update(token).digest();
}

export function isEmailVerified(db: Db, userId: string): boolean {
	const row = db
		.prepare('SELECT email_verified_at FROM users WHERE id = $userId')
		.get({ userId }) as { email_verified_at: number | null } | undefined;
	return row?.email_verified_at != null;
}

/** Stores a new link for `userId` and returns its token (the only time it exists in full). */
export function issueVerificationToken(db: Db, userId: string, now: number): string {
	const token = randomBytes(32).toString('base64url');
	// Links that ended a day ago are of no further use.
	db.prepare('DELETE FROM email_verification_tokens WHERE expires_at < $before').run({
		before: now - 24 * hour
	});
	db.prepare(
		`INSERT INTO email_verification_tokens (token_hash, user_id, created_at, expires_at)
		 VALUES ($hash, $userId, $now, $expires)`
	).run({ hash: hashToken(token), userId, now, expires: now + verificationLinkSeconds });
	return token;
}

function verificationMail(lang: Lang, url: string) {
	return composeMail({
		subject: m.verify_mail_subject({}, { locale: lang }),
		paragraphs: [m.verify_mail_text({}, { locale: lang })],
		action: { label: m.verify_mail_action({}, { locale: lang }), url },
		footer: [m.verify_mail_footer({}, { locale: lang })]
	});
}

function existingAccountMail(lang: Lang, url: string) {
	return composeMail({
		subject: m.signup_exists_mail_subject({}, { locale: lang }),
		paragraphs: [m.signup_exists_mail_text({}, { locale: lang })],
		action: { label: m.signup_exists_mail_action({}, { locale: lang }), url },
		footer: [m.signup_exists_mail_footer({}, { locale: lang })]
	});
}

function queueVerificationMail(
	db: Db,
	user: { id: string; email: string },
	lang: Lang,
	config: MailConfig,
	now: number
): void {
	const token = issueVerificationToken(db, user.id, now);
	enqueueMail(
		db,
		{
			kind: 'verify-email',
			to: user.email,
			lang,
			...verificationMail(lang, mailLink(config, `/verify/${token}`)),
			sensitive: true
		},
		now
	);
}

/**
 * Creates an unverified account and queues its link, or, when the address has an account,
 * queues the "you already have an account" mail instead; one transaction either way. The
 * outcome is for tests and logs, never for the visitor (who sees "check your mail" in both cases).
 */
export function registerAccount(
	db: Db,
	input: { email: string; passwordHash: string; lang: Lang },
	config: MailConfig,
	now: number
): 'created' | 'exists' {
	return db
		.transaction((): 'created' | 'exists' => {
			const user = users.createUser(db, input.email, input.passwordHash, now, { verified: false });
			if (user) {
				queueVerificationMail(db, user, input.lang, config, now);
				return 'created';
			}
			enqueueMail(
				db,
				{
					kind: 'signup-existing-account',
					to: users.normaliseEmail(input.email),
					lang: input.lang,
					...existingAccountMail(input.lang, mailLink(config, '/forgot-password'))
				},
				now
			);
			return 'exists';
		})
		.immediate();
}

/** "Send the link again", within the account's budget; a verified account gets nothing. */
export function resendVerification(
	db: Db,
	user: { id: string; email: string },
	lang: Lang,
	config: MailConfig,
	now: number
): { sent: boolean } | Refusal {
	return db
		.transaction((): { sent: boolean } | Refusal => {
			if (isEmailVerified(db, user.id)) return { sent: false };
			const budget = takeFromBudget(db, [[resendKey(user.id), resendPolicy]], now);
			if (!budget.allowed) return budget;
			queueVerificationMail(db, user, lang, config, now);
			return { sent: true };
		})
		.immediate();
}

/** Whose link this is, while it is unused and unexpired; null for any other token. */
export function findVerificationLink(
	db: Db,
	token: string,
	now: number
): { userId: string } | null {
	if (!verificationTokenPattern.test(token)) return null;
	const row = db
		.prepare(
			`SELECT user_id FROM email_verification_tokens
			 WHERE token_hash = $hash AND used_at IS NULL AND expires_at > $now`
		)
		.get({ hash: hashToken(token), now }) as { user_id: string } | undefined;
	return row ? { userId: row.user_id } : null;
}

/**
 * Uses the link for the signed-in `userId`: marks the address verified and voids the account's
 * other links. The UPDATE claims the token itself, so it works once; a link of another account
 * does nothing. False when the link is not (or no longer) valid for this account.
 */
export function completeVerification(db: Db, token: string, userId: string, now: number): boolean {
	if (!verificationTokenPattern.test(token)) return false;
	return db
		.transaction((): boolean => {
			const claimed = db
				.prepare(
					`UPDATE email_verification_tokens SET used_at = $now
					 WHERE token_hash = $hash AND user_id = $userId AND used_at IS NULL AND expires_at > $now`
				)
				.run({ hash: hashToken(token), userId, now });
			if (claimed.changes === 0) return false;
			db.prepare(
				'UPDATE users SET email_verified_at = coalesce(email_verified_at, $now) WHERE id = $userId'
			).run({ userId, now });
			db.prepare(
				'UPDATE email_verification_tokens SET used_at = $now WHERE user_id = $userId AND used_at IS NULL'
			).run({ userId, now });
			return true;
		})
		.immediate();
}
