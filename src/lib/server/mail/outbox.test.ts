import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, openTestDatabase, type Db } from '../db';
import { composeMail } from './compose';
import { deliverDueMails } from './delivery';
import { enqueueMail, listOutbox, retryDelaySeconds } from './outbox';
import { logTransport, smtpTransport } from './transport';

interface Received {
	to: string[];
	raw: string;
}

/** A real SMTP server on a loopback port that keeps what it receives. */
async function startSmtp(
	port = 0
): Promise<{ port: number; inbox: Received[]; stop: () => Promise<void> }> {
	const inbox: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			let raw = '';
			stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
			stream.on('end', () => {
				inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.server.address();
	const bound = typeof address === 'object' && address ? address.port : port;
	return {
		port: bound,
		inbox,
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

const stops: (() => unknown)[] = [];
afterEach(async () => {
	while (stops.length) await stops.pop()!();
});

function mail(to: string, extra: { sensitive?: boolean; dedupeKey?: string } = {}) {
	return {
		kind: 'test',
		to,
		lang: 'nl' as const,
		...composeMail({
			subject: 'Wachtwoord herstellen',
			paragraphs: ['Iemand vroeg een nieuw wachtwoord aan.'],
			action: { label: 'Kies een nieuw wachtwoord', url: 'https://pso.example.nl/reset/abc' }
		}),
		...extra
	};
}

function transportTo(port: number) {
	return smtpTransport({
		smtpUrl: `smtp://127.0.0.1:${port}`,
		from: 'PSO Readiness <no-reply@example.nl>',
		origin: 'https://pso.example.nl'
	});
}

describe('the mail outbox', () => {
	it('delivers a queued mail over SMTP once, with text and HTML', async () => {
		const smtp = await startSmtp();
		stops.push(smtp.stop);
		const db = openTestDatabase();
		enqueueMail(db, mail('kees@example.nl'), 1000);
		const transport = transportTo(smtp.port);
		stops.push(() => transport.close());
		expect(await deliverDueMails(db, transport, () => 1000)).toEqual({ delivered: 1, failed: 0 });
		expect(await deliverDueMails(db, transport, () => 2000)).toEqual({ delivered: 0, failed: 0 });
		expect(smtp.inbox).toHaveLength(1);
		const [received] = smtp.inbox;
		expect(received?.to).toEqual(['kees@example.nl']);
		expect(received?.raw).toContain('Subject: Wachtwoord herstellen');
		expect(received?.raw).toContain('text/html');
		expect(listOutbox(db, 10, 0)[0]).toMatchObject({ status: 'sent', attempts: 1 });
	});

	it('keeps a mail while the SMTP server is down and sends it after it comes back', async () => {
		const db = openTestDatabase();
		const down = await startSmtp();
		const port = down.port;
		await down.stop();
		enqueueMail(db, mail('kees@example.nl'), 1000);
		const transport = transportTo(port);
		stops.push(() => transport.close());
		expect(await deliverDueMails(db, transport, () => 1000)).toEqual({ delivered: 0, failed: 1 });
		const [pending] = listOutbox(db, 10, 0);
		expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
		expect(pending?.lastError).toBeTruthy();
		expect(pending?.nextAttemptAt).toBe(1000 + retryDelaySeconds(1));
		// Not before its back-off …
		expect(await deliverDueMails(db, transport, () => 1010)).toEqual({ delivered: 0, failed: 0 });
		// … and once the server is back, exactly once.
		const up = await startSmtp(port);
		stops.push(up.stop);
		const later = 1000 + retryDelaySeconds(1);
		expect(await deliverDueMails(db, transport, () => later)).toEqual({ delivered: 1, failed: 0 });
		expect(up.inbox).toHaveLength(1);
	});

	it('two processes on one database never send the same mail twice', async () => {
		const smtp = await startSmtp();
		stops.push(smtp.stop);
		const file = join(mkdtempSync(join(tmpdir(), 'pso-mail-')), 'mail.sqlite');
		const a: Db = openDatabase(file);
		const b: Db = openDatabase(file);
		stops.push(
			() => a.close(),
			() => b.close()
		);
		for (let i = 0; i < 30; i++) enqueueMail(a, mail(`p${i}@example.nl`), 1000);
		const ta = transportTo(smtp.port);
		const tb = transportTo(smtp.port);
		stops.push(
			() => ta.close(),
			() => tb.close()
		);
		const [ra, rb] = await Promise.all([
			deliverDueMails(a, ta, () => 1000),
			deliverDueMails(b, tb, () => 1000)
		]);
		expect(ra.delivered + rb.delivered).toBe(30);
		expect(smtp.inbox.map((m) => m.to[0]).sort()).toEqual(
			Array.from({ length: 30 }, (_, i) => `p${i}@example.nl`).sort()
		);
	});

	it('queues a mail with a dedupe key once, however often it is asked for', () => {
		const db = openTestDatabase();
		expect(
			enqueueMail(db, mail('a@example.nl', { dedupeKey: 'reminder:c1:6m:a' }), 1)
		).not.toBeNull();
		expect(enqueueMail(db, mail('a@example.nl', { dedupeKey: 'reminder:c1:6m:a' }), 2)).toBeNull();
		expect(listOutbox(db, 10, 0)).toHaveLength(1);
	});

	it('without SMTP the mail goes to the log, and a one-time link is not kept afterwards', async () => {
		const db = openTestDatabase();
		enqueueMail(db, mail('kees@example.nl', { sensitive: true }), 1000);
		const lines: string[] = [];
		await deliverDueMails(
			db,
			logTransport((l) => lines.push(l)),
			() => 1000
		);
		expect(lines.join('\n')).toContain('https://pso.example.nl/reset/abc');
		expect(lines.join('\n')).toContain('To: kees@example.nl');
		const [logged] = listOutbox(db, 10, 0);
		expect(logged).toMatchObject({ status: 'logged', text: null });
		const stored = db.prepare(`SELECT body_text, body_html FROM mail_outbox`).get();
		expect(JSON.stringify(stored)).not.toContain('reset/abc');
	});

	it.each([
		[1, 60],
		[2, 120],
		[5, 960],
		[20, 21600]
	])('waits longer after each failure: attempt %i → %i s', (attempts, seconds) => {
		expect(retryDelaySeconds(attempts)).toBe(seconds);
	});
});
