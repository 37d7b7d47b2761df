// The in-app reminder scheduler: once a day at REMINDER_HOUR (default 7) in Amsterdam, where
// certificates are dated. Runs are idempotent (run.ts), so this and `npm run reminders` from a
// system cron, or two app processes, may all run on the same day without sending twice.
import { Cron } from 'croner';
import { z } from 'zod';
import { nowSeconds } from '../clock';
import type { Db } from '../db';
import { kickMailDelivery } from '../mail/delivery';
import { todayIso } from '../today';
import { runReminders, type ReminderRunReport } from './run';

export const defaultReminderHour = 7;
export const reminderTimeZone = 'Europe/Amsterdam';

const hourSchema = z.union([z.literal('off'), z.coerce.number().int().min(0).max(23)]);

/**
 * REMINDER_HOUR: the hour (0–23, Amsterdam time) of the daily run, or `off` for operators who
 * run `npm run reminders` from system cron instead. Anything else is a configuration error.
 */
export function reminderHour(env: NodeJS.ProcessEnv = process.env): number | 'off' {
	const raw = env.REMINDER_HOUR?.trim();
	if (!raw) return defaultReminderHour;
	const parsed = hourSchema.safeParse(raw.toLowerCase());
	if (!parsed.success) {
		throw new Error(`REMINDER_HOUR must be an hour from 0 to 23, or "off" (got "${raw}")`);
	}
	return parsed.data;
}

/** One run for `today` (Amsterdam's date by default); mail delivery starts at once. */
export function runRemindersToday(
	db: Db,
	today: string = todayIso(),
	now: number = nowSeconds()
): ReminderRunReport {
	const report = runReminders(db, { today, now });
	if (report.queued > 0) kickMailDelivery();
	return report;
}

let job: Cron | null = null;

export function startReminderScheduler(
	getDb: () => Db,
	hour: number | 'off' = reminderHour()
): void {
	if (job || hour === 'off') return;
	job = new Cron(
		`0 ${hour} * * *`,
		// protect: a run still busy at the next tick is not started twice in this process.
		{ name: 'reminders', timezone: reminderTimeZone, protect: true, unref: true },
		() => {
			try {
				const report = runRemindersToday(getDb());
				console.log(`reminders: ${report.queued} mail(s) queued`);
			} catch (err) {
				console.error(`reminders: ${err instanceof Error ? err.message : err}`);
			}
		}
	);
}

export function stopReminderScheduler(): void {
	job?.stop();
	job = null;
}

/** When the next daily run is due (for the start-up log line and tests). */
export function nextReminderRun(): Date | null {
	return job?.nextRun() ?? null;
}
