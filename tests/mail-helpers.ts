// Mail that the app really sent during an end-to-end run: scripts/e2e-server.js runs a loopback
// SMTP server and appends every received mail as one JSON line to tests/.tmp/e2e-mail-<port>.jsonl.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 4173);
const appDir = new URL('..', import.meta.url).pathname;

export interface CapturedMail {
	to: string;
	subject: string;
	text: string;
	html: string;
	/** When the capture server received it (ms since epoch). */
	at: number;
}

export interface FoundMail extends CapturedMail {
	/** The first http(s) link in the text part, or null. */
	link: string | null;
}

export function mailFilePath(): string {
	return join(appDir, 'tests/.tmp', `e2e-mail-${port}.jsonl`);
}

/** The mail capture's SMTP address, for a second app a spec starts itself. */
export function e2eSmtpUrl(): string {
	return readFileSync(join(appDir, 'tests/.tmp', `e2e-smtp-url-${port}`), 'utf8').trim();
}

/** The e2e server's database file (scripts/e2e-server.js writes where it is). */
export function e2eDatabasePath(): string {
	return readFileSync(join(appDir, 'tests/.tmp', `e2e-db-path-${port}`), 'utf8').trim();
}

/** Every mail received so far for this address (case-insensitive), oldest first. */
export function readMails(to: string): CapturedMail[] {
	const file = mailFilePath();
	if (!existsSync(file)) return [];
	const wanted = to.toLowerCase();
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as CapturedMail)
		.filter((mail) => mail.to === wanted);
}

function firstLink(text: string): string | null {
	return /https?:\/\/[^\s<>"]+/.exec(text)?.[0] ?? null;
}

export interface WaitOptions {
	/** Give up after this many ms (default 10 000). */
	timeout?: number;
	/** Only mails received at or after this moment (ms since epoch), e.g. Date.now() before the action. */
	since?: number;
	/** Which matching mail: 'last' (default) or 'first'. */
	pick?: 'first' | 'last';
}

/** Waits until a mail to `to` whose subject matches arrives; returns it with its first link. */
export async function waitForMail(
	to: string,
	subject: RegExp,
	opts: WaitOptions = {}
): Promise<FoundMail> {
	const deadline = Date.now() + (opts.timeout ?? 10_000);
	for (;;) {
		const matches = readMails(to).filter(
			(mail) => subject.test(mail.subject) && mail.at >= (opts.since ?? 0)
		);
		const mail = opts.pick === 'first' ? matches[0] : matches.at(-1);
		if (mail) return { ...mail, link: firstLink(mail.text) };
		if (Date.now() > deadline) {
			throw new Error(
				`No mail to ${to} with a subject matching ${subject} within ${opts.timeout ?? 10_000} ms ` +
					`(${readMails(to).length} other mail(s) to that address; file ${mailFilePath()})`
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/**
 * Asserts that no mail to `to` arrives within `ms` (default 1500 ms; the app delivers at once,
 * so a mail that is coming shows up well within that).
 */
export async function expectNoMail(to: string, ms = 1500, since = 0): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, ms));
	const mails = readMails(to).filter((mail) => mail.at >= since);
	if (mails.length > 0) {
		throw new Error(`Expected no mail to ${to}, got: ${mails.map((m) => m.subject).join(', ')}`);
	}
}
