import type { Db } from '../db';
import { newId } from '../ids';
import type { Lang } from '$lib/pso/lang';

export interface OutgoingMail {
	/** What the mail is for: 'password-reset', 'verify-email', 'invitation', 'reminder-…'. */
	kind: string;
	to: string;
	lang: Lang;
	subject: string;
	text: string;
	html: string;
	/** Holds a one-time link: blanked after delivery and never shown in the admin's outbox. */
	sensitive?: boolean;
	/** A mail with this key is queued at most once, ever (reminders). */
	dedupeKey?: string;
}

export interface QueuedMail extends OutgoingMail {
	id: string;
	attempts: number;
}

/** Seconds a claim lasts: longer than any SMTP conversation, short enough to recover a crash. */
export const claimSeconds = 120;

/** Back-off after the n-th failed attempt: 1, 2, 4 … minutes, at most 6 hours; never given up. */
export function retryDelaySeconds(attempts: number): number {
	return Math.min(60 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60);
}

/**
 * Queues a mail; call it inside the transaction that caused it. Returns the outbox id, or null
 * when a mail with the same dedupe key was queued before (so a reminder is never sent twice).
 */
export function enqueueMail(db: Db, mail: OutgoingMail, now: number): string | null {
	const id = newId();
	const inserted = db
		.prepare(
			`INSERT INTO mail_outbox (id, kind, recipient, lang, subject, body_text, body_html, sensitive,
			   dedupe_key, status, next_attempt_at, created_at)
			 VALUES ($id, $kind, $to, $lang, $subject, $text, $html, $sensitive, $dedupeKey, 'pending',
			   $now, $now)
			 ON CONFLICT (dedupe_key) DO NOTHING`
		)
		.run({
			id,
			kind: mail.kind,
			to: mail.to,
			lang: mail.lang,
			subject: mail.subject,
			text: mail.text,
			html: mail.html,
			sensitive: mail.sensitive ? 1 : 0,
			dedupeKey: mail.dedupeKey ?? null,
			now
		});
	return inserted.changes === 1 ? id : null;
}

interface OutboxRow {
	id: string;
	kind: string;
	recipient: string;
	lang: Lang;
	subject: string;
	body_text: string;
	body_html: string;
	sensitive: number;
	dedupe_key: string | null;
	attempts: number;
}

/**
 * Claims up to `limit` due mails for this process: pending ones whose time has come, and ones
 * whose earlier claim expired (a crash mid-send). One IMMEDIATE transaction, so two processes
 * never claim the same row.
 */
export function claimDueMails(db: Db, now: number, limit = 20): QueuedMail[] {
	return db
		.transaction(() => {
			const rows = db
				.prepare(
					`SELECT id, kind, recipient, lang, subject, body_text, body_html, sensitive, dedupe_key,
					   attempts
					 FROM mail_outbox
					 WHERE (status = 'pending' AND next_attempt_at <= $now)
					    OR (status = 'sending' AND claimed_until < $now)
					 ORDER BY next_attempt_at, created_at
					 LIMIT $limit`
				)
				.all({ now, limit }) as OutboxRow[];
			const claim = db.prepare(
				`UPDATE mail_outbox SET status = 'sending', claimed_until = $until WHERE id = $id`
			);
			for (const r of rows) claim.run({ id: r.id, until: now + claimSeconds });
			return rows.map((r): QueuedMail => ({
				id: r.id,
				kind: r.kind,
				to: r.recipient,
				lang: r.lang,
				subject: r.subject,
				text: r.body_text,
				html: r.body_html,
				sensitive: r.sensitive === 1,
				...(r.dedupe_key === null ? {} : { dedupeKey: r.dedupe_key }),
				attempts: r.attempts
			}));
		})
		.immediate();
}

const blanked = '';

/** Records a delivery ('sent' over SMTP, 'logged' without it); a one-time link is not kept. */
export function markDelivered(db: Db, id: string, how: 'sent' | 'logged', now: number): void {
	db.prepare(
		`UPDATE mail_outbox
		 SET status = $how, delivered_at = $now, claimed_until = NULL, last_error = NULL,
		   attempts = attempts + 1,
		   body_text = CASE sensitive WHEN 1 THEN $blanked ELSE body_text END,
		   body_html = CASE sensitive WHEN 1 THEN $blanked ELSE body_html END
		 WHERE id = $id`
	).run({ id, how, now, blanked });
}

/** A failed attempt: back to pending, tried again after the back-off. */
export function markFailed(db: Db, id: string, error: string, now: number): void {
	const row = db.prepare(`SELECT attempts FROM mail_outbox WHERE id = $id`).get({ id }) as
		{ attempts: number } | undefined;
	if (!row) return;
	const attempts = row.attempts + 1;
	db.prepare(
		`UPDATE mail_outbox
		 SET status = 'pending', attempts = $attempts, claimed_until = NULL,
		   next_attempt_at = $next, last_error = $error
		 WHERE id = $id`
	).run({ id, attempts, next: now + retryDelaySeconds(attempts), error: error.slice(0, 500) });
}

export interface OutboxEntry {
	id: string;
	kind: string;
	to: string;
	subject: string;
	status: 'pending' | 'sending' | 'sent' | 'logged';
	attempts: number;
	lastError: string | null;
	createdAt: number;
	deliveredAt: number | null;
	nextAttemptAt: number;
	/** The text, except for a mail holding a one-time link. */
	text: string | null;
}

/** The newest mails first, for the administrator's outbox page. */
export function listOutbox(db: Db, limit: number, offset: number): OutboxEntry[] {
	const rows = db
		.prepare(
			`SELECT id, kind, recipient, subject, status, attempts, last_error, created_at,
			   delivered_at, next_attempt_at, sensitive, body_text
			 FROM mail_outbox ORDER BY created_at DESC, id LIMIT $limit OFFSET $offset`
		)
		.all({ limit, offset }) as {
		id: string;
		kind: string;
		recipient: string;
		subject: string;
		status: OutboxEntry['status'];
		attempts: number;
		last_error: string | null;
		created_at: number;
		delivered_at: number | null;
		next_attempt_at: number;
		sensitive: number;
		body_text: string;
	}[];
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		to: r.recipient,
		subject: r.subject,
		status: r.status,
		attempts: r.attempts,
		lastError: r.last_error,
		createdAt: r.created_at,
		deliveredAt: r.delivered_at,
		nextAttemptAt: r.next_attempt_at,
		text: r.sensitive === 1 ? null : r.body_text
	}));
}

export function countOutbox(db: Db): number {
	return (db.prepare(`SELECT count(*) AS n FROM mail_outbox`).get() as { n: number }).n;
}
