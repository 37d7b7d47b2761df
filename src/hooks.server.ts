import { building, dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { m } from '$lib/paraglide/messages';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from '$lib/server/auth/cookie';
import { isEmailVerified } from '$lib/server/auth/email-verification';
import { validateSessionToken } from '$lib/server/auth/session';
import { closeDb, getDb, initDb } from '$lib/server/db';
import { mailConfig } from '$lib/server/mail/config';
import { startMailDelivery } from '$lib/server/mail/delivery';
import { startReminderScheduler } from '$lib/server/reminders/scheduler';
import { busyError, isDatabaseBusy } from '$lib/server/db-busy';
import { bodySizeLimitBytes, guardFormBody, submittedForm } from '$lib/server/form-body';
import { nowSeconds } from '$lib/server/clock';
import { securityHeaders } from '$lib/server/security-headers';
import {
	error,
	redirect,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';

export const init: ServerInit = () => {
	if (building) return;
	try {
		initDb();
	} catch (err) {
		if (dev) throw err;
		// One line an operator can act on (it names the database file and any migration),
		// not a stack trace.
		console.error(`PSO Readiness cannot start: ${err instanceof Error ? err.message : err}`);
		process.exit(1);
	}
	startMailDelivery(getDb);
	// Throws on a malformed REMINDER_HOUR: better than never reminding anyone.
	startReminderScheduler(getDb);
	if (!mailConfig().smtpUrl)
		console.log(
			'E-mail: no SMTP_URL set, so mails are written to this log (and kept in the outbox).'
		);
	const close = () => closeDb();
	process.once('SIGINT', close);
	process.once('SIGTERM', close);
};

const bodyLimit = bodySizeLimitBytes();

/**
 * Another process (`npm run demo`, a backup, an administrator's shell) held the database lock
 * for longer than the busy timeout: the request answers 503 "try again", never 500. Errors in
 * loads and actions reach handleError, which marks the request; errors in the hooks below
 * (the session check writes) arrive here.
 */
const databaseBusy: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (err) {
		if (isDatabaseBusy(err)) error(503, { message: m.error_busy_read_text(), code: 'busy' });
		throw err;
	}
	if (!event.locals.databaseBusy) return response;
	const headers = new Headers(response.headers);
	headers.set('Retry-After', '5');
	return new Response(response.body, { status: 503, headers });
};

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const set = securityHeaders({ signedIn: event.locals.user != null, origin: env.ORIGIN });
	for (const [name, value] of Object.entries(set)) response.headers.set(name, value);
	return response;
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale)
		});
	});

const formContentTypes = ['multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain'];

/**
 * Every POST in this app goes to a form action (the +server endpoints only answer GET), so a
 * body that is not form data is a bad request: 400 with a message, not Kit's bare 415.
 */
const formBody: Handle = ({ event, resolve }) => {
	if (event.request.method === 'POST') {
		const type = (event.request.headers.get('content-type') ?? '').split(';')[0]!.trim();
		if (!formContentTypes.includes(type.toLowerCase()))
			error(400, { message: m.error_body_not_form_text(), code: 'bad-body' });
		// Kit throws a plain error (a 500) for a post to the reserved name `?/default`.
		if (event.url.searchParams.has('/default')) error(404, { message: m.error_not_found_text() });
	}
	if (event.request.body) guardFormBody(event.request, bodyLimit);
	return resolve(event);
};

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

const verifiedEmailPrefixes = ['/orgs', '/advisor', '/invitations'];

/**
 * An account that has not proven its e-mail address sees no organisations and answers no
 * invitation (issue 12): those pages send it to "Bevestig eerst uw e-mailadres". Accepting is
 * refused in memberships.acceptInvitation as well; this is where the visitor is told why.
 */
const verifiedEmailRequired: Handle = ({ event, resolve }) => {
	const user = event.locals.user;
	const path = event.url.pathname;
	if (
		user &&
		verifiedEmailPrefixes.some((p) => path === p || path.startsWith(`${p}/`)) &&
		!isEmailVerified(getDb(), user.id)
	) {
		redirect(303, '/verify');
	}
	return resolve(event);
};

export const handle = sequence(
	databaseBusy,
	headers,
	i18n,
	formBody,
	auth,
	signInRequired,
	verifiedEmailRequired
);

export const handleError: HandleServerError = async ({ error: err, event, status, message }) => {
	if (isDatabaseBusy(err)) {
		event.locals.databaseBusy = true;
		return busyError(event.request.method, event.url, submittedForm(event.request));
	}
	if (status >= 500) console.error(err);
	return { message };
};
