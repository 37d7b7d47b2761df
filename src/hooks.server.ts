import { building } from '$app/environment';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from '$lib/server/auth/cookie';
import { validateSessionToken } from '$lib/server/auth/session';
import { closeDb, getDb, initDb } from '$lib/server/db';
import { clearResultCache } from '$lib/server/result-view-cache';
import { nowSeconds } from '$lib/server/ids';
import { redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';

export const init: ServerInit = () => {
	if (building) return;
	clearResultCache(initDb());
	const close = () => closeDb();
	process.once('SIGINT', close);
	process.once('SIGTERM', close);
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale)
		});
	});

const auth: Handle = ({ event, resolve }) => {
	const token = event.cookies.get(sessionCookieName);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const result = validateSessionToken(getDb(), token, nowSeconds());
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			if (result.refreshed) setSessionCookie(event.cookies, event.url, token, result.session);
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};

const protectedPrefixes = ['/orgs', '/account', '/advisor', '/admin'];

/**
 * Sends anonymous visitors of app pages to the login page. This is a convenience only: every
 * load and action still checks access itself.
 */
const signInRequired: Handle = ({ event, resolve }) => {
	const path = event.url.pathname;
	if (!event.locals.user && protectedPrefixes.some((p) => path === p || path.startsWith(`${p}/`))) {
		redirect(303, `/login?redirectTo=${encodeURIComponent(path + event.url.search)}`);
	}
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	return response;
};

export const handle = sequence(securityHeaders, i18n, auth, signInRequired);
