// The logic of `npm run reminders [-- --dry-run] [--today YYYY-MM-DD]`, apart from process I/O so
// tests can call it. For operators who prefer system cron to the in-app scheduler: the same
// idempotent run, then delivery of what it queued (the app's own loop would send it too; the
// outbox's claims keep the two from sending one mail twice).
import { z } from 'zod';
import { isIsoDate } from '$lib/pso/iso-date';
import { nowSeconds } from '../clock';
import type { Db } from '../db';
import { deliverDueMails } from '../mail/delivery';
import { mailConfig } from '../mail/config';
import { transportFor, type MailTransport } from '../mail/transport';
import { todayIso } from '../today';
import { runReminders } from './run';

export const reminderUsage = `Usage: npm run reminders [-- --dry-run] [--today YYYY-MM-DD]

Queues every reminder due today (Europe/Amsterdam) that was not sent before, and delivers it.
  --dry-run            print what would be sent; send and record nothing
  --today YYYY-MM-DD   act as if it were this day (tests, catching up)
`;

const argsSchema = z.object({
	dryRun: z.boolean(),
	today: z.string().refine(isIsoDate, 'not a calendar date (YYYY-MM-DD)').optional()
});

export function parseReminderArgs(
	argv: readonly string[]
): { ok: true; dryRun: boolean; today?: string } | { ok: false; message: string } {
	let dryRun = false;
	let today: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--dry-run') dryRun = true;
		else if (arg === '--today') today = argv[++i] ?? '';
		else if (arg.startsWith('--today=')) today = arg.slice('--today='.length);
		else return { ok: false, message: `Unknown option: ${arg}` };
	}
	const parsed = argsSchema.safeParse({ dryRun, today });
	if (!parsed.success) return { ok: false, message: `--today: ${parsed.error.issues[0]!.message}` };
	return { ok: true, ...parsed.data };
}

export interface ReminderCliIo {
	db: Db;
	write(line: string): void;
	/** Defaults to SMTP_URL's transport, or the log without it. */
	transport?: MailTransport;
	now?: () => number;
}

export async function runReminderCli(argv: readonly string[], io: ReminderCliIo): Promise<number> {
	const args = parseReminderArgs(argv);
	if (!args.ok) {
		io.write(`${args.message}\n\n${reminderUsage}`);
		return 2;
	}
	const now = io.now ?? nowSeconds;
	const today = args.today ?? todayIso();
	const report = runReminders(io.db, { today, now: now(), dryRun: args.dryRun });
	const verb = args.dryRun ? 'would send' : 'queued';
	for (const p of report.planned)
		io.write(`${verb} ${p.kind} reminder to ${p.to}: ${p.mail?.subject}`);
	io.write(
		`${today}: ${report.planned.length} reminder(s) ${args.dryRun ? 'due (dry run: nothing sent or recorded)' : 'queued'}`
	);
	if (args.dryRun || report.queued === 0) return 0;
	const transport = io.transport ?? transportFor(mailConfig());
	try {
		const delivery = await deliverDueMails(io.db, transport, now);
		io.write(`delivered ${delivery.delivered}, failed ${delivery.failed} (retried later)`);
	} finally {
		if (!io.transport) transport.close();
	}
	return 0;
}
