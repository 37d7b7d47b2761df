import type { Cookies } from '@sveltejs/kit';
import { sessionExpiresAt, type Session } from './session';

export const sessionCookieName = 'pso_session';

/** Secure everywhere except plain-http localhost, where browsers would drop a Secure cookie. */
function isSecure(url: URL): boolean {
	return url.protocol === 'https:';
}

export function setSessionCookie(
	cookies: Cookies,
	url: URL,
	token: string,
	session: Session
): void {
	cookies.set(sessionCookieName, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecure(url),
		expires: sessionExpiresAt(session)
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(sessionCookieName, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecure(url)
	});
}
