import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, openTestDatabase, type Db } from '../db';
import { deliverDueMails } from '../mail/delivery';
import { runReminders } from './run';
import {
	config,
	decoded,
	seedWorld,
	setSettings,
	startSmtp,
	subjectOf,
	t0,
	transportTo,
	type Received,
	type World
} from './reminders-test-support';

const stops: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	while (stops.length) await stops.pop()!();
});

let db: Db;
let world: World;
let smtp: Awaited<ReturnType<typeof startSmtp>>;

beforeEach(async () => {
	db = openTestDatabase();
	world = seedWorld(db);
	smtp = await startSmtp();
	stops.push(smtp.stop);
});

/** One daily run on `today`, delivered over SMTP; the mails this run sent. */
async function runOn(today: string, on: Db = db): Promise<Received[]> {
	const before = smtp.inbox.length;
	runReminders(on, { today, now: t0, config });
	const transport = transportTo(smtp.port);
	try {
		await deliverDueMails(on, transport, () => t0);
	} finally {
		transport.close();
	}
	return smtp.inbox.slice(before);
}

const recipients = (mails: Received[]) => mails.map((m) => m.to).sort();
const everyone = ['adviseur@example.nl', 'editor@example.nl', 'eigenaar@example.nl'];

describe('certificate reminders at 6, 3 and 1 months before expiry', () => {
	it('send exactly one mail each to every owner, editor and advisor, never to a viewer', async () => {
		expect(await runOn('2026-03-29')).toEqual([]);
		for (const day of ['2026-03-30', '2026-06-30', '2026-08-30']) {
			const mails = await runOn(day);
			expect(recipients(mails), day).toEqual(everyone);
			expect(
				mails.every((m) => /verloopt op 30-09-2026|expires on 30\/09\/2026/.test(subjectOf(m.raw)))
			).toBe(true);
			// A restart, and the next day's run, send nothing more.
			expect(await runOn(day), `${day} again`).toEqual([]);
		}
		expect(await runOn('2026-10-01')).toEqual([]);
		const keys = db
			.prepare(`SELECT key FROM sent_reminders WHERE kind = 'certificate'`)
			.pluck()
			.all();
		expect(keys).toHaveLength(9);
	});

	it("carry the renewal panel's essentials and a link to the organisation, in the reader's language", async () => {
		const mails = await runOn('2026-03-30');
		const dutch = decoded(mails.find((m) => m.to === 'eigenaar@example.nl')!.raw);
		expect(dutch).toContain(
			'Het PSO-certificaat van Schoonmaak Samen BV (trede 2) is geldig tot en met 30-09-2026: nog 184 dagen.'
		);
		expect(dutch).toContain('haalt de gecertificeerde trede (trede 2)');
		expect(dutch).toContain('Plaatsingsbeleid.pdf (Passend werk): geldig tot en met 31-05-2026');
		expect(dutch).toContain(`https://pso.example.nl/orgs/${world.orgId}`);
		expect(dutch).toContain('https://pso.example.nl/account/notifications');
		const english = decoded(mails.find((m) => m.to === 'editor@example.nl')!.raw);
		expect(subjectOf(mails.find((m) => m.to === 'editor@example.nl')!.raw)).toBe(
			'The PSO certificate of Schoonmaak Samen BV expires on 30/09/2026'
		);
		expect(english).toContain('reaches the certified rung');
	});

	it('a late run sends only the nearest reminder that became due', async () => {
		// The server was down from before the 6-month day until after the 3-month day.
		const mails = await runOn('2026-07-10');
		expect(
			recipients(mails.filter((m) => /verloopt op|expires on/.test(subjectOf(m.raw))))
		).toEqual(everyone);
		const keys = db
			.prepare(`SELECT key FROM sent_reminders WHERE kind = 'certificate'`)
			.pluck()
			.all() as string[];
		expect(keys.every((k) => k.includes(':3m:'))).toBe(true);
		expect(await runOn('2026-07-11')).toEqual([]);
	});

	it('a second scheduler on the same database the same day sends nothing', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'pso-reminders-')), 'r.sqlite');
		const a = openDatabase(file);
		const b = openDatabase(file);
		stops.push(
			() => void a.close(),
			() => void b.close()
		);
		seedWorld(a, 'Bouwbedrijf Van Dijk', 'b-');
		expect(await runOn('2026-03-30', a)).toHaveLength(3);
		expect(await runOn('2026-03-30', b)).toEqual([]);
	});
});

describe('evidence that lapses before the audit', () => {
	it('is announced once, 2 months ahead, to each person', async () => {
		expect(await runOn('2026-03-30')).toHaveLength(3); // the 6-month reminder only
		const mails = await runOn('2026-03-31');
		expect(recipients(mails)).toEqual(everyone);
		const text = decoded(mails.find((m) => m.to === 'eigenaar@example.nl')!.raw);
		expect(subjectOf(mails[0]!.raw)).toMatch(/Bewijs van Schoonmaak Samen BV verloopt|Evidence of/);
		expect(text).toContain('Plaatsingsbeleid.pdf');
		expect(text).not.toContain('Inwerkplan.pdf');
		expect(text).toContain(`/orgs/${world.orgId}/assessments/${world.assessmentId}/evidence`);
		expect(await runOn('2026-04-15')).toEqual([]);
	});
});

describe('opting out', () => {
	it('switches off each kind for that person only', async () => {
		setSettings(db, world.owner, { certificateReminders: false });
		setSettings(db, world.editor, { evidenceReminders: false, lang: 'en' });
		expect(recipients(await runOn('2026-03-30'))).toEqual([
			'adviseur@example.nl',
			'editor@example.nl'
		]);
		expect(recipients(await runOn('2026-03-31'))).toEqual([
			'adviseur@example.nl',
			'eigenaar@example.nl'
		]);
	});
});

describe("an advisor's weekly digest", () => {
	it('replaces the single mails with one mail a week about the flagged clients', async () => {
		setSettings(db, world.advisor, { advisorDigest: true });
		// Monday 30 March 2026: the owner and editor get their reminder, the advisor the digest.
		const monday = await runOn('2026-03-30');
		expect(recipients(monday)).toEqual(everyone);
		const digest = monday.find((m) => m.to === 'adviseur@example.nl')!;
		expect(subjectOf(digest.raw)).toBe(
			'Weekoverzicht van uw PSO-portefeuille: 1 met aandachtspunten'
		);
		const text = decoded(digest.raw);
		expect(text).toContain('Schoonmaak Samen BV');
		expect(text).toContain('Certificaat (trede 2) geldig tot en met 30-09-2026.');
		expect(text).toContain('Bewijs verlopen of verloopt voor de audit');
		expect(text).toContain('https://pso.example.nl/advisor');
		// The evidence reminder the next day goes to the others only; the week's digest is sent.
		expect(recipients(await runOn('2026-03-31'))).toEqual([
			'editor@example.nl',
			'eigenaar@example.nl'
		]);
		expect(await runOn('2026-04-05')).toEqual([]);
		// Next week, a new digest.
		expect(recipients(await runOn('2026-04-06'))).toEqual(['adviseur@example.nl']);
	});
});
