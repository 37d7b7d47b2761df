import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, openTestDatabase } from '../db';
import { countOutbox } from '../mail/outbox';
import { parseReminderArgs, runReminderCli } from './cli';
import { seedWorld, startSmtp, t0, transportTo } from './reminders-test-support';
import {
	nextReminderRun,
	reminderHour,
	startReminderScheduler,
	stopReminderScheduler
} from './scheduler';

const stops: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	while (stops.length) await stops.pop()!();
});

const sentCount = (db: ReturnType<typeof openTestDatabase>) =>
	db.prepare('SELECT count(*) FROM sent_reminders').pluck().get() as number;

describe('npm run reminders', () => {
	it('--dry-run prints what would be sent and sends and records nothing', async () => {
		const db = openTestDatabase();
		seedWorld(db);
		const lines: string[] = [];
		const code = await runReminderCli(['--dry-run', '--today', '2026-03-30'], {
			db,
			write: (l) => lines.push(l)
		});
		expect(code).toBe(0);
		expect(lines.filter((l) => l.startsWith('would send certificate reminder to'))).toHaveLength(3);
		expect(lines.join('\n')).toContain(
			'eigenaar@example.nl: Het PSO-certificaat van Schoonmaak Samen BV verloopt op 30-09-2026'
		);
		expect(lines.at(-1)).toBe('2026-03-30: 3 reminder(s) due (dry run: nothing sent or recorded)');
		expect(countOutbox(db)).toBe(0);
		expect(sentCount(db)).toBe(0);
	});

	it('without --dry-run queues and delivers over SMTP, once', async () => {
		const smtp = await startSmtp();
		stops.push(smtp.stop);
		const db = openTestDatabase();
		seedWorld(db);
		const transport = transportTo(smtp.port);
		stops.push(() => void transport.close());
		const io = { db, write: () => undefined, transport, now: () => t0 };
		expect(await runReminderCli(['--today=2026-03-30'], io)).toBe(0);
		expect(smtp.inbox.map((m) => m.to).sort()).toEqual([
			'adviseur@example.nl',
			'editor@example.nl',
			'eigenaar@example.nl'
		]);
		expect(await runReminderCli(['--today=2026-03-30'], io)).toBe(0);
		expect(smtp.inbox).toHaveLength(3);
	});

	it.each([
		[['--today', '2026-02-30'], '--today: not a calendar date (YYYY-MM-DD)'],
		[['--now'], 'Unknown option: --now']
	])('refuses %j with exit code 2', async (argv, message) => {
		const lines: string[] = [];
		const code = await runReminderCli(argv, {
			db: openTestDatabase(),
			write: (l) => lines.push(l)
		});
		expect(code).toBe(2);
		expect(lines[0]).toContain(message);
		expect(lines[0]).toContain('Usage: npm run reminders');
	});

	it('accepts its options', () => {
		expect(parseReminderArgs([])).toEqual({ ok: true, dryRun: false });
		expect(parseReminderArgs(['--dry-run', '--today', '2026-01-05'])).toEqual({
			ok: true,
			dryRun: true,
			today: '2026-01-05'
		});
	});

	it(
		'the script itself: --dry-run on a database file prints and leaves it untouched',
		{ timeout: 60_000 },
		async () => {
			const file = join(mkdtempSync(join(tmpdir(), 'pso-reminders-cli-')), 'r.sqlite');
			const seeded = openDatabase(file);
			seedWorld(seeded);
			seeded.close();
			const { stdout } = await promisify(execFile)(
				'npx',
				['tsx', 'scripts/reminders.ts', '--dry-run', '--today', '2026-03-30'],
				{ env: { ...process.env, DATABASE_PATH: file, SMTP_URL: '' }, encoding: 'utf8' }
			);
			expect(stdout).toContain(
				'would send certificate reminder to editor@example.nl: The PSO certificate'
			);
			expect(stdout).toContain('3 reminder(s) due (dry run');
			const after = openDatabase(file);
			stops.push(() => void after.close());
			expect(countOutbox(after)).toBe(0);
			expect(sentCount(after)).toBe(0);
		}
	);
});

describe('the in-app scheduler', () => {
	it.each([
		[undefined, 7],
		['', 7],
		['6', 6],
		['0', 0],
		['23', 23],
		['off', 'off'],
		['OFF', 'off']
	])('REMINDER_HOUR=%j runs at %j', (value, hour) => {
		expect(reminderHour({ REMINDER_HOUR: value })).toBe(hour);
	});

	it.each(['24', '-1', '7.5', 'seven'])('refuses REMINDER_HOUR=%j', (value) => {
		expect(() => reminderHour({ REMINDER_HOUR: value })).toThrow(/REMINDER_HOUR must be/);
	});

	it('runs daily at the hour in Amsterdam', () => {
		startReminderScheduler(() => openTestDatabase(), 7);
		stops.push(stopReminderScheduler);
		const next = nextReminderRun()!;
		const amsterdam = new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Europe/Amsterdam',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		}).format(next);
		expect(amsterdam).toBe('07:00');
		expect(next.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);
	});
});
