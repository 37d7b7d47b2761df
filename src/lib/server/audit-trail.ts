import type { AuditEntity } from './audit';
import type { Db } from './db';

// The read side of the audit trail for people (issue 11 item 3): filtered, paged on the
// server, with the names the entries are about resolved in one lookup per page, scoped to the
// organisation. Rows are written by triggers (migrations 007, 009, 013, 027) and by
// recordBulkLineWrite (assessments/lines.ts); this module never writes.

export const auditEntities: readonly AuditEntity[] = [
	'organisation',
	'access',
	'invitation',
	'assessment',
	'line',
	'purchase',
	'criterion',
	'evidence',
	'certificate',
	'tender',
	'sr-policy'
];

export type AuditAction = 'create' | 'update' | 'delete';

export interface AuditTrailFilter {
	entity: AuditEntity | null;
	assessmentId: string | null;
	userId: string | null;
	/** Unix seconds, inclusive. */
	fromAt: number | null;
	/** Unix seconds, exclusive. */
	untilAt: number | null;
}

export const noAuditFilter: AuditTrailFilter = {
	entity: null,
	assessmentId: null,
	userId: null,
	fromAt: null,
	untilAt: null
};

/** One entry with what it is about already named; formatted for people by i18n/audit-text.ts. */
export interface AuditTrailEntry {
	id: number;
	at: number;
	userEmail: string | null;
	entity: AuditEntity;
	action: AuditAction;
	changes: Record<string, unknown>;
	/** The assessment the entry belongs to, if any, by its name (live, or as it was deleted). */
	assessment: { id: string; name: string | null; deleted: boolean } | null;
	/**
	 * What the entry is about, in the user's words: a line's kenmerk, a purchase's supplier,
	 * an evidence document, a member's e-mail, a criterion code. Null when nothing is left.
	 */
	subject: string | null;
}

export interface AuditTrailPage {
	entries: AuditTrailEntry[];
	total: number;
	page: number;
	pages: number;
}

// The assessment an entry belongs to: its own id, or the part before the first '/' of the
// ids the triggers write for an assessment's rows (assessment id + '/' + row id; assessment
// ids never hold a '/'). Stored as a generated column with an index by migration 018.
const whereSql = (f: AuditTrailFilter): string =>
	[
		'l.organisation_id = $org',
		f.entity ? 'l.entity = $entity' : null,
		f.assessmentId ? 'l.assessment_id = $assessmentId' : null,
		f.userId ? 'l.user_id = $userId' : null,
		f.fromAt !== null ? 'l.at >= $fromAt' : null,
		f.untilAt !== null ? 'l.at < $untilAt' : null
	]
		.filter((c) => c !== null)
		.join(' AND ');

const filterParams = (organisationId: string, f: AuditTrailFilter) => ({
	org: organisationId,
	entity: f.entity,
	assessmentId: f.assessmentId,
	userId: f.userId,
	fromAt: f.fromAt,
	untilAt: f.untilAt
});

interface Row {
	id: number;
	at: number;
	user_email: string | null;
	entity: AuditEntity;
	entity_id: string;
	action: AuditAction;
	changes: string;
	assessment_id: string | null;
}

export function listAuditTrail(
	db: Db,
	organisationId: string,
	filter: AuditTrailFilter,
	paging: { page: number; perPage: number }
): AuditTrailPage {
	const where = whereSql(filter);
	const params = filterParams(organisationId, filter);
	const { total } = db
		.prepare(`SELECT count(*) AS total FROM audit_log l WHERE ${where}`)
		.get(params) as { total: number };
	const pages = Math.max(1, Math.ceil(total / paging.perPage));
	// A page past the end (an old link, a narrower filter) shows the last page, not nothing.
	const page = Math.min(Math.max(1, paging.page), pages);
	const offset = (page - 1) * paging.perPage;
	// One row either side of the page, so an edit written as delete + insert (see
	// joinLineRewrites) is shown once, whole, even where a page boundary splits it.
	const window = db
		.prepare(
			`SELECT l.id, l.at, l.user_email, l.entity, l.entity_id, l.action, l.changes, l.assessment_id
			 FROM audit_log l WHERE ${where} ORDER BY l.id DESC LIMIT $limit OFFSET $offset`
		)
		.all({
			...params,
			limit: paging.perPage + (offset > 0 ? 2 : 1),
			offset: Math.max(0, offset - 1)
		}) as Row[];
	const rows = joinLineRewrites(window, offset > 0, paging.perPage);
	const names = resolveNames(db, organisationId, rows);
	return {
		total,
		page,
		pages,
		entries: rows.map((r) => {
			const changes = JSON.parse(r.changes) as Record<string, unknown>;
			const assessmentName = r.assessment_id ? names.assessments.get(r.assessment_id) : undefined;
			return {
				id: r.id,
				at: r.at,
				userEmail: r.user_email,
				entity: r.entity,
				action: r.action,
				changes,
				assessment: r.assessment_id
					? {
							id: r.assessment_id,
							name: assessmentName?.name ?? null,
							deleted: assessmentName?.deleted ?? true
						}
					: null,
				subject: subjectOf(r, changes, names)
			};
		})
	};
}

const isRewrite = (newer: Row | undefined, older: Row | undefined) =>
	newer !== undefined &&
	older !== undefined &&
	newer.entity === 'line' &&
	newer.action === 'create' &&
	older.action === 'delete' &&
	older.entity === 'line' &&
	older.id + 1 === newer.id &&
	older.entity_id === newer.entity_id &&
	older.at === newer.at &&
	older.user_email === newer.user_email;

/**
 * Saving a line rewrites it (assessments/lines.ts, updateLine: delete, then insert in one
 * transaction), which the triggers record as two rows. People edited one line, so the pair
 * reads as one change with only what differs. `window` is the page with the row before it
 * (when `hasBefore`) and the row after it.
 */
function joinLineRewrites(window: Row[], hasBefore: boolean, perPage: number): Row[] {
	// window[first .. end - 1] is the page; the row before it, if any, is window[0].
	const first = hasBefore ? 1 : 0;
	const end = first + perPage;
	const out: Row[] = [];
	// The previous page showed this page's first row joined to its own last one; the row after
	// the page only completes a pair (it is the next page's first row).
	for (
		let i = hasBefore && isRewrite(window[0], window[1]) ? 2 : first;
		i < Math.min(window.length, end);
		i++
	) {
		const row = window[i]!;
		const older = window[i + 1];
		if (!isRewrite(row, older)) {
			out.push(row);
			continue;
		}
		const was = JSON.parse(older!.changes) as Record<string, unknown>;
		const is = JSON.parse(row.changes) as Record<string, unknown>;
		const changed = Object.fromEntries(
			[...new Set([...Object.keys(was), ...Object.keys(is)])]
				.filter((k) => (was[k] ?? null) !== (is[k] ?? null))
				.map((k) => [k, [was[k] ?? null, is[k] ?? null]])
		);
		out.push({ ...row, action: 'update', changes: JSON.stringify(changed) });
		i++;
	}
	return out;
}

interface Names {
	assessments: Map<string, { name: string | null; deleted: boolean }>;
	purchases: Map<string, string>;
	evidence: Map<string, string>;
	users: Map<string, string>;
	certificates: Map<string, string>;
	tenders: Map<string, string>;
	srPolicies: Map<string, string>;
}

const rowId = (entityId: string) => entityId.slice(entityId.indexOf('/') + 1);
const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const newest = (v: unknown) => (Array.isArray(v) ? text(v[1]) : text(v));

function subjectOf(r: Row, changes: Record<string, unknown>, names: Names): string | null {
	switch (r.entity) {
		case 'line':
		case 'criterion':
			return rowId(r.entity_id);
		case 'purchase':
			return names.purchases.get(rowId(r.entity_id)) ?? newest(changes.supplier);
		case 'evidence':
			return names.evidence.get(rowId(r.entity_id)) ?? newest(changes.document);
		case 'access':
			return names.users.get(r.entity_id) ?? null;
		case 'invitation':
			return r.entity_id;
		case 'certificate':
			return names.certificates.get(r.entity_id) ?? newest(changes.certifying_body);
		case 'tender':
			return names.tenders.get(r.entity_id) ?? newest(changes.name);
		case 'sr-policy':
			return names.srPolicies.get(r.entity_id) ?? newest(changes.title);
		case 'organisation':
			return newest(changes.name);
		case 'assessment':
			return null;
	}
}

/** The names one page needs: a handful of indexed lookups, each scoped to the organisation. */
function resolveNames(db: Db, organisationId: string, rows: Row[]): Names {
	const ids = (entity: AuditEntity, id: (r: Row) => string) =>
		JSON.stringify([...new Set(rows.filter((r) => r.entity === entity).map(id))]);
	const pairs = (sql: string, list: string) =>
		new Map(
			(db.prepare(sql).all({ org: organisationId, ids: list }) as { k: string; v: string }[]).map(
				(p) => [p.k, p.v]
			)
		);
	const assessmentIds = [
		...new Set(rows.flatMap((r) => (r.assessment_id ? [r.assessment_id] : [])))
	];
	const live = pairs(
		`SELECT id AS k, name AS v FROM assessments
		 WHERE organisation_id = $org AND id IN (SELECT value FROM json_each($ids))`,
		JSON.stringify(assessmentIds)
	);
	const gone = assessmentIds.filter((id) => !live.has(id));
	// A deleted assessment is still named by the row that recorded its deletion.
	const deleted = pairs(
		`SELECT l.entity_id AS k, json_extract(l.changes, '$.name') AS v FROM audit_log l
		 WHERE l.organisation_id = $org AND l.entity = 'assessment' AND l.action = 'delete'
		   AND l.entity_id IN (SELECT value FROM json_each($ids))`,
		JSON.stringify(gone)
	);
	const assessments = new Map<string, { name: string | null; deleted: boolean }>();
	for (const id of assessmentIds) {
		assessments.set(
			id,
			live.has(id)
				? { name: live.get(id)!, deleted: false }
				: { name: deleted.get(id) ?? null, deleted: true }
		);
	}
	return {
		assessments,
		purchases: pairs(
			`SELECT p.id AS k, p.supplier AS v FROM assessment_purchases p
			 JOIN assessments a ON a.id = p.assessment_id AND a.organisation_id = $org
			 WHERE p.id IN (SELECT value FROM json_each($ids))`,
			ids('purchase', (r) => rowId(r.entity_id))
		),
		evidence: pairs(
			`SELECT e.id AS k, e.document AS v FROM assessment_evidence e
			 JOIN assessments a ON a.id = e.assessment_id AND a.organisation_id = $org
			 WHERE e.id IN (SELECT value FROM json_each($ids))`,
			ids('evidence', (r) => rowId(r.entity_id))
		),
		// Only people who are (or were) members of this organisation are named.
		users: pairs(
			`SELECT u.id AS k, u.email AS v FROM users u
			 WHERE u.id IN (SELECT value FROM json_each($ids))
			   AND EXISTS (SELECT 1 FROM audit_log l WHERE l.organisation_id = $org
			     AND l.entity = 'access' AND l.entity_id = u.id)`,
			ids('access', (r) => r.entity_id)
		),
		certificates: pairs(
			`SELECT id AS k, certifying_body AS v FROM certificates
			 WHERE organisation_id = $org AND id IN (SELECT value FROM json_each($ids))`,
			ids('certificate', (r) => r.entity_id)
		),
		// The tender's name now; a deleted one is named by what the trail recorded.
		tenders: pairs(
			`SELECT id AS k, name AS v FROM tenders
			 WHERE organisation_id = $org AND id IN (SELECT value FROM json_each($ids))`,
			ids('tender', (r) => r.entity_id)
		),
		srPolicies: pairs(
			`SELECT id AS k, json ->> '$.title' AS v FROM custom_sr_policies
			 WHERE organisation_id = $org AND id IN (SELECT value FROM json_each($ids))`,
			ids('sr-policy', (r) => r.entity_id)
		)
	};
}

export interface AuditFilterOptions {
	assessments: { id: string; name: string; deleted: boolean }[];
	people: { id: string; email: string }[];
}

/** What the filters offer: every assessment the trail mentions, and everyone who made a change. */
export function listAuditFilterOptions(db: Db, organisationId: string): AuditFilterOptions {
	const live = db
		.prepare(
			`SELECT id, name, 0 AS deleted FROM assessments WHERE organisation_id = $org
			 ORDER BY period_end DESC, name`
		)
		.all({ org: organisationId }) as { id: string; name: string; deleted: number }[];
	const deleted = db
		.prepare(
			`SELECT l.entity_id AS id, json_extract(l.changes, '$.name') AS name, 1 AS deleted
			 FROM audit_log l
			 WHERE l.organisation_id = $org AND l.entity = 'assessment' AND l.action = 'delete'
			   AND NOT EXISTS (SELECT 1 FROM assessments a WHERE a.id = l.entity_id)
			 ORDER BY l.id DESC`
		)
		.all({ org: organisationId }) as { id: string; name: string; deleted: number }[];
	const people = db
		.prepare(
			`SELECT u.id, u.email FROM users u
			 WHERE u.id IN (SELECT DISTINCT user_id FROM audit_log
			   WHERE organisation_id = $org AND user_id IS NOT NULL)
			 ORDER BY u.email`
		)
		.all({ org: organisationId }) as { id: string; email: string }[];
	return {
		assessments: [...live, ...deleted].map((a) => ({ ...a, deleted: a.deleted === 1 })),
		people
	};
}
