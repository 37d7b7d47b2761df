import type { Db } from './db';

export const roles = ['owner', 'editor', 'viewer', 'advisor'] as const;
export type Role = (typeof roles)[number];
export type AccessLevel = 'view' | 'edit' | 'own';

/** What each role may do: advisors edit assessments for their clients but manage no people. */
const allowed: Record<Role, readonly AccessLevel[]> = {
	owner: ['view', 'edit', 'own'],
	editor: ['view', 'edit'],
	advisor: ['view', 'edit'],
	viewer: ['view']
};

export function roleAllows(role: Role, level: AccessLevel): boolean {
	return allowed[role].includes(level);
}

export function roleOf(db: Db, userId: string, organisationId: string): Role | null {
	const row = db
		.prepare('SELECT role FROM memberships WHERE user_id = ? AND organisation_id = ?')
		.get(userId, organisationId) as { role: Role } | undefined;
	return row?.role ?? null;
}

/**
 * The caller's role when it allows `level`, else null. Callers turn null into a 404, so a
 * stranger cannot tell a missing organisation from one they may not see.
 */
export function checkOrgAccess(
	db: Db,
	userId: string,
	organisationId: string,
	level: AccessLevel
): Role | null {
	const role = roleOf(db, userId, organisationId);
	return role && roleAllows(role, level) ? role : null;
}
