import type { Cookies } from '@sveltejs/kit';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db';

/**
 * OWASP's "device cookie" against lockout attacks: a browser that signed in to an account
 * before carries a cookie naming that account, signed with a key only the server knows. Its
 * login attempts are counted on their own, so a stranger who locks the account by e-mail
 * does not lock out its owner.
 */
export const deviceCookieName = 'pso_device';
export const deviceCookieLifetimeSeconds = 365 * 24 * 60 * 60;
// Sent with login posts only: no other page needs it.
const cookiePath = '/login';

function signingKey(db: Db): Buffer {
	const row = db.prepare("SELECT value FROM server_secrets WHERE name = 'device-cookie'").get() as
		{ value: Buffer } | undefined;
	if (!row) throw new Error('device-cookie secret missing: migration 010 not applied');
	return row.value;
}

const mac = (key: Buffer, payload: string) =>
	createHmac('sha256', key).update(payload).digest('base64url');

export function createDeviceToken(db: Db, userId: string, now: number): string {
	const payload = `${userId}.${randomBytes(16).toString('base64url')}.${now}`;
	return `${payload}.${mac(signingKey(db), payload)}`;
}

/**
 * The device's nonce when `token` is a genuine, unexpired, still trusted device cookie of
 * `userId`; null otherwise.
 */
export function trustedDeviceNonce(
	db: Db,
	token: string | undefined,
	userId: string,
	now: number
): string | null {
	const parts = token?.split('.') ?? [];
	if (parts.length !== 4) return null;
	const [owner, nonce, issued, signature] = parts as [string, string, string, string];
	const expected = Buffer.from(mac(signingKey(db), `${owner}.${nonce}.${issued}`));
	const given = Buffer.from(signature);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	const issuedAt = Number(issued);
	if (owner !== userId || !Number.isSafeInteger(issuedAt)) return null;
	if (now - issuedAt >= deviceCookieLifetimeSeconds) return null;
	const distrusted = db
		.prepare('SELECT 1 FROM distrusted_devices WHERE nonce = $nonce')
		.get({ nonce });
	return distrusted ? null : nonce;
}

/** After too many failures the cookie is worth no more than none at all. */
export function distrustDevice(db: Db, nonce: string, now: number): void {
	db.prepare(
		'INSERT INTO distrusted_devices (nonce, distrusted_at) VALUES ($nonce, $now) ON CONFLICT DO NOTHING'
	).run({ nonce, now });
	// Entries older than any cookie that could still be presented are useless.
	db.prepare('DELETE FROM distrusted_devices WHERE distrusted_at <= $before').run({
		before: now - deviceCookieLifetimeSeconds
	});
}

export function setDeviceCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(deviceCookieName, token, {
		path: cookiePath,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: deviceCookieLifetimeSeconds
	});
}

export function readDeviceCookie(cookies: Cookies): string | undefined {
	return cookies.get(deviceCookieName);
}

export function deleteDeviceCookie(cookies: Cookies, url: URL): void {
	cookies.delete(deviceCookieName, {
		path: cookiePath,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}
