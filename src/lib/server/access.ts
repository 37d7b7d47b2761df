import type { Db } from './db';
import { getOrganisationForUser, type Organisation } from './organisations';

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

export type OrgAccessOutcome =
	| { status: 'granted'; role: Role; organisation: Organisation }
	/** A member whose role does not allow this. */
	| { status: 'forbidden'; role: Role }
	/** No grant at all, or no such organisation: the two must look the same. */
	| { status: 'not-found' };

/** What `userId` may do in the organisation, read with the organisation in one query. */
export function orgAccess(
	db: Db,
	userId: string,
	organisationId: string,
	level: AccessLevel
): OrgAccessOutcome {
	const found = getOrganisationForUser(db, organisationId, userId);
	if (!found) return { status: 'not-found' };
	const { role, ...organisation } = found;
	return roleAllows(role, level)
		? { status: 'granted', role, organisation }
		: { status: 'forbidden', role };
}

/** The caller's role when it allows `level`, else null. */
export function checkOrgAccess(
	db: Db,
	userId: string,
	organisationId: string,
	level: AccessLevel
): Role | null {
	const outcome = orgAccess(db, userId, organisationId, level);
	return outcome.status === 'granted' ? outcome.role : null;
}
