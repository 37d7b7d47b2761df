import type { Db } from './db';

/**
 * Runs a write with `userId` named as its actor, so the audit triggers (migration 007) record
 * who did it. better-sqlite3 is synchronous, so no other request's write can interleave.
 */
export function asActor<T>(db: Db, userId: string, write: () => T): T {
	const setActor = (id: string | null) =>
		id === null
			? db.prepare('DELETE FROM audit_actor').run()
			: db
					.prepare(
						'INSERT INTO audit_actor (id, user_id) VALUES (1, $userId) ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id'
					)
					.run({ userId: id });
	return db
		.transaction(() => {
			// Nested calls restore the outer actor instead of clearing it.
			const previous = db.prepare('SELECT user_id FROM audit_actor WHERE id = 1').get() as
				{ user_id: string | null } | undefined;
			setActor(userId);
			try {
				return write();
			} finally {
				setActor(previous?.user_id ?? null);
			}
		})
		.immediate();
}

export type AuditEntity =
	| 'organisation'
	| 'access'
	| 'invitation'
	| 'assessment'
	| 'line'
	| 'purchase'
	| 'criterion'
	| 'evidence'
	| 'certificate'
	| 'tender'
	| 'sr-policy';

export interface AuditEntry {
	id: number;
	at: number;
	userEmail: string | null;
	entity: AuditEntity;
	entityId: string;
	action: 'create' | 'update' | 'delete';
	/** For updates: field → [before, after]; for create and delete: the row's fields. */
	changes: Record<string, unknown>;
}

export function listAuditEntries(
	db: Db,
	organisationId: string,
	options: { page: number; perPage: number; entity?: AuditEntity | null }
): { entries: AuditEntry[]; total: number } {
	const filter = options.entity ? 'AND entity = $entity' : '';
	const params = {
		org: organisationId,
		entity: options.entity ?? null,
		limit: options.perPage,
		offset: (options.page - 1) * options.perPage
	};
	const rows = db
		.prepare(
			`SELECT id, at, user_email, entity, entity_id, action, changes FROM audit_log
			 WHERE organisation_id = $org ${filter} ORDER BY id DESC LIMIT $limit OFFSET $offset`
		)
		.all(params) as {
		id: number;
		at: number;
		user_email: string | null;
		entity: AuditEntity;
		entity_id: string;
		action: AuditEntry['action'];
		changes: string;
	}[];
	const { total } = db
		.prepare(`SELECT count(*) AS total FROM audit_log WHERE organisation_id = $org ${filter}`)
		.get({ org: organisationId, entity: options.entity ?? null }) as { total: number };
	return {
		total,
		entries: rows.map((r) => ({
			id: r.id,
			at: r.at,
			userEmail: r.user_email,
			entity: r.entity,
			entityId: r.entity_id,
			action: r.action,
			changes: JSON.parse(r.changes) as Record<string, unknown>
		}))
	};
}
