import { error, redirect } from '@sveltejs/kit';
import { orgAccess, type AccessLevel, type Role } from '../access';
import type { Organisation } from '../organisations';
import { getDb } from '../db';
import type { SessionUser } from './session';

/** Sends an anonymous visitor to the login page, coming back here afterwards. */
export function requireUser(locals: App.Locals, url: URL): SessionUser {
	if (!locals.user) {
		redirect(303, `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	}
	return locals.user;
}

export interface OrgAccess {
	user: SessionUser;
	role: Role;
	/** The organisation itself, read in the same query as the caller's role. */
	organisation: Organisation;
}

/**
 * Every load and action that touches an organisation calls this itself. Without the needed
 * level the answer is 404: a viewer who may see the organisation gets 403 for editing, a
 * stranger learns nothing.
 */
export function requireOrgAccess(
	locals: App.Locals,
	organisationId: string,
	level: AccessLevel
): OrgAccess {
	const user = locals.user;
	if (!user) error(404, { message: 'Not found' });
	const outcome = orgAccess(getDb(), user.id, organisationId, level);
	if (outcome.status === 'not-found') error(404, { message: 'Not found' });
	if (outcome.status === 'granted')
		return { user, role: outcome.role, organisation: outcome.organisation };
	error(403, { message: 'Forbidden' });
}

/**
 * Administrator pages (users.is_admin = 1). Anyone else gets 404, as strangers do for an
 * organisation, so the pages do not announce themselves.
 */
export function requireAdmin(locals: App.Locals): SessionUser {
	const user = locals.user;
	if (!user?.isAdmin) error(404, { message: 'Not found' });
	return user;
}
