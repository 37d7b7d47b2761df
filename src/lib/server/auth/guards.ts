import { error, redirect } from '@sveltejs/kit';
import { checkOrgAccess, roleOf, type AccessLevel, type Role } from '../access';
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
	const db = getDb();
	const role = checkOrgAccess(db, user.id, organisationId, level);
	if (role) return { user, role };
	if (roleOf(db, user.id, organisationId)) error(403, { message: 'Forbidden' });
	error(404, { message: 'Not found' });
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
