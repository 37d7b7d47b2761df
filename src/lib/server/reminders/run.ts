// One reminder run for one day (the in-app scheduler and `npm run reminders` both call this).
// Every mail is queued in the outbox in the same IMMEDIATE transaction that records its keys in
// sent_reminders; a key recorded before (an earlier run, a restart, a second scheduler racing
// this one) means the mail is not queued. A dry run plans the same mails and writes none.
import { createHash } from 'node:crypto';
import { defaultPortfolioQuery } from '$lib/forms/portfolio-query';
import type { Lang } from '$lib/pso/lang';
import { isoWeek } from '$lib/pso/reminder-schedule';
import type { Db } from '../db';
import { mailConfig, type MailConfig } from '../mail/config';
import { enqueueMail } from '../mail/outbox';
import { listPortfolio } from '../portfolio';
import { organisationsDue, type OrganisationDue } from './due';
import {
	certificateReminderMail,
	digestMail,
	evidenceReminderMail,
	needsAttention
} from './mail-texts';
import { settingsFromRow, type SettingsRow } from './settings';

export type ReminderKind = 'certificate' | 'evidence' | 'digest';

export interface PlannedReminder {
	kind: ReminderKind;
	userId: string;
	to: string;
	lang: Lang;
	/** sent_reminders keys this mail settles (an evidence mail: one per item). */
	keys: string[];
	/** Null: a digest week with nothing to report, recorded so the digest stays weekly. */
	mail: { subject: string; text: string; html: string } | null;
}

export interface ReminderRunOptions {
	today: string;
	now: number;
	dryRun?: boolean;
	config?: MailConfig;
}

export interface ReminderRunReport {
	/** What this run sends (or, dry, would send); reminders sent before are not listed. */
	planned: PlannedReminder[];
	queued: number;
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function alreadySent(db: Db, key: string): boolean {
	return db.prepare('SELECT 1 FROM sent_reminders WHERE key = $key').get({ key }) !== undefined;
}

/** An advisor who chose the digest gets their clients' reminders in it instead. */
const inDigest = (r: OrganisationDue['recipients'][number]) =>
	r.role === 'advisor' && r.settings.advisorDigest;

function planOrganisation(db: Db, due: OrganisationDue, config: MailConfig): PlannedReminder[] {
	const planned: PlannedReminder[] = [];
	for (const r of due.recipients) {
		if (inDigest(r)) continue;
		const base = { userId: r.userId, to: r.email, lang: r.settings.lang };
		const reminder = due.certificateReminder;
		if (reminder && r.settings.certificateReminders) {
			const key = `reminder:${due.certificate.id}:${reminder.stage}:${r.userId}`;
			if (!alreadySent(db, key)) {
				planned.push({
					...base,
					kind: 'certificate',
					keys: [key],
					mail: certificateReminderMail(config, due.organisation, reminder.renewal, r.settings.lang)
				});
			}
		}
		if (due.evidence && r.settings.evidenceReminders) {
			// An item is known by what it says, so a new assessment that carries the same document
			// over does not remind again, and a document renewed with a new date does.
			const fresh = due.evidence.items
				.map((item) => ({
					item,
					key: `evidence:${due.organisation.id}:${shortHash(
						JSON.stringify([item.criterion, item.document, item.validUntil])
					)}:${r.userId}`
				}))
				.filter(({ key }) => !alreadySent(db, key));
			if (fresh.length > 0) {
				planned.push({
					...base,
					kind: 'evidence',
					keys: fresh.map((f) => f.key),
					mail: evidenceReminderMail(
						config,
						due.organisation,
						due.evidence.assessmentId,
						// The certificate is in force, so its audit is its expiry date.
						due.certificate.expiresOn,
						fresh.map((f) => f.item),
						r.settings.lang
					)
				});
			}
		}
	}
	return planned;
}

/** The weekly digest of each advisor who chose it, once per ISO week. */
function planDigests(db: Db, today: string, config: MailConfig): PlannedReminder[] {
	const advisors = db
		.prepare(
			`SELECT u.id AS user_id, u.email, s.certificate_reminders, s.evidence_reminders,
			   s.advisor_digest, s.lang
			 FROM notification_settings s JOIN users u ON u.id = s.user_id
			 WHERE s.advisor_digest = 1
			   AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.role = 'advisor')
			 ORDER BY u.email`
		)
		.all() as (SettingsRow & { user_id: string; email: string })[];
	const week = isoWeek(today);
	return advisors.flatMap((a): PlannedReminder[] => {
		const key = `digest:${a.user_id}:${week}`;
		if (alreadySent(db, key)) return [];
		const { lang } = settingsFromRow(a);
		const rows = listPortfolio(db, a.user_id, today, defaultPortfolioQuery, { all: true }).rows;
		const attention = rows.filter((row) => needsAttention(row, today));
		return [
			{
				kind: 'digest',
				userId: a.user_id,
				to: a.email,
				lang,
				keys: [key],
				mail: attention.length > 0 ? digestMail(config, attention, lang) : null
			}
		];
	});
}

/** Queues one planned reminder unless another run got there first; true when queued. */
function send(db: Db, p: PlannedReminder, today: string, now: number): boolean {
	return db
		.transaction(() => {
			const record = db.prepare(
				`INSERT INTO sent_reminders (key, user_id, kind, sent_on, mail_id, created_at)
				 VALUES ($key, $userId, $kind, $today, NULL, $now) ON CONFLICT (key) DO NOTHING`
			);
			for (const key of p.keys) {
				// Another run recorded one of these keys in the meantime: it sends this mail.
				if (record.run({ key, userId: p.userId, kind: p.kind, today, now }).changes === 0) {
					throw new AlreadySent();
				}
			}
			if (!p.mail) return false;
			const mailId = enqueueMail(
				db,
				{
					kind: `reminder-${p.kind}`,
					to: p.to,
					lang: p.lang,
					...p.mail,
					dedupeKey:
						p.keys.length === 1 ? p.keys[0] : `evidence-mail:${shortHash(p.keys.join(' '))}`
				},
				now
			);
			if (mailId === null) throw new AlreadySent();
			db.prepare(
				`UPDATE sent_reminders SET mail_id = $mailId WHERE key IN (SELECT value FROM json_each($keys))`
			).run({ mailId, keys: JSON.stringify(p.keys) });
			return true;
		})
		.immediate();
}

class AlreadySent extends Error {}

/**
 * Plans every reminder due on `today` that was not sent before and, unless dry, queues them.
 * The caller kicks mail delivery afterwards.
 */
export function runReminders(db: Db, options: ReminderRunOptions): ReminderRunReport {
	const config = options.config ?? mailConfig();
	const planned = [
		...organisationsDue(db, options.today).flatMap((due) => planOrganisation(db, due, config)),
		...planDigests(db, options.today, config)
	];
	if (options.dryRun) return { planned: planned.filter((p) => p.mail !== null), queued: 0 };
	let queued = 0;
	const sent: PlannedReminder[] = [];
	for (const p of planned) {
		try {
			if (send(db, p, options.today, options.now)) {
				queued++;
				sent.push(p);
			}
		} catch (err) {
			if (!(err instanceof AlreadySent)) throw err;
		}
	}
	return { planned: sent, queued };
}
