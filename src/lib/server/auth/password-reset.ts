// Password reset by e-mail (issue 12). The link holds 32 random bytes; the database keeps only
// their SHA-256, found by primary key, so no token is ever compared character by character.
// Asking for a link answers the same whether or not the address has an account, and whether or
// not the budget for it is spent: only the mailbox's owner learns anything.
import { createHash, randomBytes } from 'node:crypto';
import { m } from '$lib/paraglide/messages';
import type { Lang } from '$lib/pso/lang';
import type { Db } from '../db';
import { composeMail } from '../mail/compose';
import { mailLink, type MailConfig } from '../mail/config';
import { enqueueMail } from '../mail/outbox';
import * as users from '../users';
import { attemptKey, takeFromBudget, type WindowPolicy } from './rate-limit';

/** A link is valid this long after it was asked for. */
export const resetLinkSeconds = 60 * 60;

const hour = 60 * 60;
/** Links per address per hour: enough for "it did not arrive", too few to flood a mailbox. */
export const resetEmailPolicy: WindowPolicy = { limit: 3, windowSeconds: hour };
/** Requests per client address per hour: higher, as an office shares one address. */
export const resetAddressPolicy: WindowPolicy = { limit: 30, windowSeconds: hour };

// Counted in auth_attempts (migration 010) beside the login and sign-up keys.
export const resetKey = {
	email: (email: string) => `reset-email:${users.normaliseEmail(email)}`,
	address: (address: string) => `reset-ip:${address}`
};

/** 32 random bytes in base64url: what a link's last path segment must look like. */
export const resetTokenPattern = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): Buffer {
	return createHash('sha256').update(token).digest();
}

/** Stores a new link for `userId` and returns its token (the only time it exists in full). */
export function issueResetToken(db: Db, userId: string, lang: Lang, now: number): string {
	const token = randomBytes(32).toString('base64url');
	// Links that ended a day ago are of no further use, not even as evidence.
	db.prepare('DELETE FROM password_reset_tokens WHERE expires_at < $before').run({
		before: now - 24 * hour
	});
	db.prepare(
		`INSERT INTO password_reset_tokens (token_hash, user_id, lang, created_at, expires_at)
		 VALUES ($hash, $userId, $lang, $now, $expires)`
	).run({ hash: hashToken(token), userId, lang, now, expires: now + resetLinkSeconds });
	return token;
}

function resetMail(lang: Lang, url: string) {
	return composeMail({
		subject: m.reset_mail_subject({}, { locale: lang }),
		paragraphs: [m.reset_mail_text({}, { locale: lang })],
		action: { label: m.reset_mail_action({}, { locale: lang }), url },
		footer: [m.reset_mail_footer({}, { locale: lang })]
	});
}

function passwordChangedMail(lang: Lang, url: string) {
	return composeMail({
		subject: m.password_changed_mail_subject({}, { locale: lang }),
		paragraphs: [m.password_changed_mail_text({}, { locale: lang })],
		action: { label: m.forgot_password_link({}, { locale: lang }), url },
		footer: [m.password_changed_mail_footer({}, { locale: lang })]
	});
}

/**
 * Someone asked for a link for `email`. Counts the request per address and per client, and when
 * both budgets allow and the address has an account, queues the mail in the same transaction.
 * Returns whether a mail was queued, for the caller to start delivery; never for the visitor.
 */
export function requestPasswordReset(
	db: Db,
	input: { email: string; address: string; lang: Lang },
	config: MailConfig,
	now: number
): { queued: boolean } {
	return db
		.transaction((): { queued: boolean } => {
			const budget = takeFromBudget(
				db,
				[
					[resetKey.address(input.address), resetAddressPolicy],
					[resetKey.email(input.email), resetEmailPolicy]
				],
				now
			);
			if (!budget.allowed) return { queued: false };
			const user = users.findUserByEmail(db, input.email);
			if (!user) return { queued: false };
			const token = issueResetToken(db, user.id, input.lang, now);
			enqueueMail(
				db,
				{
					kind: 'password-reset',
					to: user.email,
					lang: input.lang,
					...resetMail(input.lang, mailLink(config, `/reset-password/${token}`)),
					sensitive: true
				},
				now
			);
			return { queued: true };
		})
		.immediate();
}

/** Whose link this is, while it is unused and unexpired; null for any other token. */
export function findResetLink(
	db: Db,
	token: string,
	now: number
): { userId: string; email: string } | null {
	if (!resetTokenPattern.test(token)) return null;
	const row = db
		.prepare(
			`SELECT u.id, u.email FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
			 WHERE t.token_hash = $hash AND t.used_at IS NULL AND t.expires_at > $now`
		)
		.get({ hash: hashToken(token), now }) as { id: string; email: string } | undefined;
	return row ? { userId: row.id, email: row.email } : null;
}

/**
 * Uses the link: sets the new password, ends every session of the user, voids their other
 * links, lifts a login lock on their e-mail (they just proved they own the mailbox) and queues a
 * notice. One transaction, and the token is claimed by the UPDATE itself, so two posts of the
 * same link cannot both succeed. Null when the link is no longer valid.
 */
export function completePasswordReset(
	db: Db,
	token: string,
	passwordHash: string,
	config: MailConfig,
	now: number
): { userId: string; email: string } | null {
	if (!resetTokenPattern.test(token)) return null;
	return db
		.transaction(() => {
			const claimed = db
				.prepare(
					`UPDATE password_reset_tokens SET used_at = $now
					 WHERE token_hash = $hash AND used_at IS NULL AND expires_at > $now
					 RETURNING user_id, lang`
				)
				.get({ hash: hashToken(token), now }) as { user_id: string; lang: Lang } | undefined;
			if (!claimed) return null;
			const user = users.findUserById(db, claimed.user_id);
			if (!user) return null;
			users.updatePasswordHash(db, user.id, passwordHash);
			// Following a link mailed to the address proves the mailbox, as verification does.
			db.prepare(
				'UPDATE users SET email_verified_at = coalesce(email_verified_at, $now) WHERE id = $userId'
			).run({ userId: user.id, now });
			db.prepare('DELETE FROM sessions WHERE user_id = $userId').run({ userId: user.id });
			db.prepare(
				'UPDATE password_reset_tokens SET used_at = $now WHERE user_id = $userId AND used_at IS NULL'
			).run({ userId: user.id, now });
			db.prepare('DELETE FROM auth_attempts WHERE key = $key').run({
				key: attemptKey.loginEmail(user.email)
			});
			enqueueMail(
				db,
				{
					kind: 'password-changed',
					to: user.email,
					lang: claimed.lang,
					...passwordChangedMail(claimed.lang, mailLink(config, '/forgot-password'))
				},
				now
			);
			return { userId: user.id, email: user.email };
		})
		.immediate();
}
