// Each person's reminder choices (/account/notifications). Without a saved row the defaults
// hold: reminders on, no digest, Dutch (the app's default language).
import type { Lang } from '$lib/pso/lang';
import type { Db } from '../db';

export interface NotificationSettings {
	certificateReminders: boolean;
	evidenceReminders: boolean;
	/** An advisor's clients come in one weekly mail instead of single reminders. */
	advisorDigest: boolean;
	/** The language the person saved these choices in: the language of their reminders. */
	lang: Lang;
}

export const defaultNotificationSettings: NotificationSettings = {
	certificateReminders: true,
	evidenceReminders: true,
	advisorDigest: false,
	lang: 'nl'
};

export interface SettingsRow {
	certificate_reminders: number | null;
	evidence_reminders: number | null;
	advisor_digest: number | null;
	lang: Lang | null;
}

/** A row of notification_settings (LEFT JOINed: all null when the person saved nothing). */
export function settingsFromRow(r: SettingsRow): NotificationSettings {
	const d = defaultNotificationSettings;
	return {
		certificateReminders:
			r.certificate_reminders === null ? d.certificateReminders : r.certificate_reminders === 1,
		evidenceReminders:
			r.evidence_reminders === null ? d.evidenceReminders : r.evidence_reminders === 1,
		advisorDigest: r.advisor_digest === null ? d.advisorDigest : r.advisor_digest === 1,
		lang: r.lang ?? d.lang
	};
}

export function getNotificationSettings(db: Db, userId: string): NotificationSettings {
	const row = db
		.prepare(
			`SELECT certificate_reminders, evidence_reminders, advisor_digest, lang
			 FROM notification_settings WHERE user_id = $userId`
		)
		.get({ userId }) as SettingsRow | undefined;
	return row ? settingsFromRow(row) : { ...defaultNotificationSettings };
}

export function saveNotificationSettings(
	db: Db,
	userId: string,
	settings: NotificationSettings,
	now: number
): void {
	db.prepare(
		`INSERT INTO notification_settings (user_id, certificate_reminders, evidence_reminders,
		   advisor_digest, lang, updated_at)
		 VALUES ($userId, $certificate, $evidence, $digest, $lang, $now)
		 ON CONFLICT (user_id) DO UPDATE SET certificate_reminders = excluded.certificate_reminders,
		   evidence_reminders = excluded.evidence_reminders, advisor_digest = excluded.advisor_digest,
		   lang = excluded.lang, updated_at = excluded.updated_at`
	).run({
		userId,
		certificate: settings.certificateReminders ? 1 : 0,
		evidence: settings.evidenceReminders ? 1 : 0,
		digest: settings.advisorDigest ? 1 : 0,
		lang: settings.lang,
		now
	});
}
