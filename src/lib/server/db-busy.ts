import Database from 'better-sqlite3';
import { m } from '$lib/paraglide/messages';

/**
 * Whether an error means another connection held the database lock for longer than the busy
 * timeout: a reason to answer "try again" (503), not a fault of the app (500).
 */
export function isDatabaseBusy(err: unknown): boolean {
	for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as Error).cause, depth++) {
		if (e instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(e.code)) return true;
	}
	return false;
}

/** Above this much text the "try again" page offers no resubmission (a pasted CSV, say). */
const maxRetryChars = 200_000;

/**
 * The error a visitor sees when the database stayed locked: what happened, and for a form post
 * the same post ready to send again, so nothing typed is lost. Passwords are never echoed into
 * a page and files cannot be; those have to be entered again.
 */
export async function busyError(
	method: string,
	url: URL,
	submitted: Promise<FormData> | undefined
): Promise<App.Error> {
	const form = method === 'POST' ? await submitted?.catch(() => undefined) : undefined;
	const fields: [string, string][] = [];
	let chars = 0;
	for (const [name, value] of form ?? []) {
		if (typeof value !== 'string' || /password/i.test(name)) continue;
		chars += name.length + value.length;
		fields.push([name, value]);
	}
	if (!form || chars > maxRetryChars) return { message: m.error_busy_read_text(), code: 'busy' };
	return {
		message: m.error_busy_save_text(),
		code: 'busy',
		retry: { action: url.pathname + url.search, fields }
	};
}
