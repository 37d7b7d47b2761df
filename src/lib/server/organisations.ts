import type { Role } from './access';
import type { Db } from './db';
import { newId } from './ids';

export interface Organisation {
	id: string;
	name: string;
	kvk: string;
	sector: string | null;
	fulltimeHours: number;
	createdAt: number;
}

export interface OrganisationWithRole extends Organisation {
	role: Role;
}

interface OrgRow {
	id: string;
	name: string;
	kvk: string;
	sector: string | null;
	fulltime_hours: number;
	created_at: number;
	role?: Role;
}

const toOrg = (r: OrgRow): Organisation => ({
	id: r.id,
	name: r.name,
	kvk: r.kvk,
	sector: r.sector,
	fulltimeHours: r.fulltime_hours,
	createdAt: r.created_at
});

export interface OrganisationFields {
	name: string;
	kvk: string;
	sector: string | null;
	fulltimeHours: number;
}

/** Creates the organisation and makes its creator the owner, in one transaction. */
export function createOrganisation(
	db: Db,
	userId: string,
	fields: OrganisationFields,
	now: number
): Organisation {
	const id = newId();
	db.transaction(() => {
		db.prepare(
			`INSERT INTO organisations (id, name, kvk, sector, fulltime_hours, created_by, created_at)
			 VALUES ($id, $name, $kvk, $sector, $fulltimeHours, $userId, $now)`
		).run({ id, ...fields, userId, now });
		db.prepare(
			`INSERT INTO memberships (organisation_id, user_id, role, granted_by, created_at)
			 VALUES ($id, $userId, 'owner', $userId, $now)`
		).run({ id, userId, now });
	}).immediate();
	return { id, ...fields, createdAt: now };
}

export function updateOrganisation(
	db: Db,
	organisationId: string,
	fields: OrganisationFields
): void {
	db.prepare(
		`UPDATE organisations SET name = $name, kvk = $kvk, sector = $sector,
		   fulltime_hours = $fulltimeHours WHERE id = $organisationId`
	).run({ ...fields, organisationId });
}

/** The organisations a user may see, with their role, by name. */
export function listOrganisationsForUser(db: Db, userId: string): OrganisationWithRole[] {
	const rows = db
		.prepare(
			`SELECT o.id, o.name, o.kvk, o.sector, o.fulltime_hours, o.created_at, m.role
			 FROM organisations o JOIN memberships m ON m.organisation_id = o.id
			 WHERE m.user_id = $userId ORDER BY o.name COLLATE NOCASE, o.id`
		)
		.all({ userId }) as OrgRow[];
	return rows.map((r) => ({ ...toOrg(r), role: r.role as Role }));
}

/** How many organisations the user holds a grant on. */
export function countOrganisationsForUser(db: Db, userId: string): number {
	return (
		db.prepare('SELECT count(*) AS n FROM memberships WHERE user_id = $userId').get({ userId }) as {
			n: number;
		}
	).n;
}

/** Scoped read: null when the user has no grant on it, whether or not it exists. */
export function getOrganisationForUser(
	db: Db,
	organisationId: string,
	userId: string
): OrganisationWithRole | null {
	const row = db
		.prepare(
			`SELECT o.id, o.name, o.kvk, o.sector, o.fulltime_hours, o.created_at, m.role
			 FROM organisations o JOIN memberships m ON m.organisation_id = o.id
			 WHERE o.id = $organisationId AND m.user_id = $userId`
		)
		.get({ organisationId, userId }) as OrgRow | undefined;
	return row ? { ...toOrg(row), role: row.role as Role } : null;
}
