import { assessmentDocument } from './assessments/document';
import { asActor } from './audit';
import { listAssessments } from './assessments/records';
import type { Db } from './db';
import { listInvitations, listMembers } from './memberships';

/**
 * Everything stored about one organisation, as one JSON document (data portability). Each
 * assessment is included in the pso-assessment/1 format, so it can be imported again.
 */
export function exportOrganisationData(db: Db, organisationId: string, exportedAt: string) {
	const org = db
		.prepare(
			'SELECT id, name, kvk, sector, fulltime_hours, created_at FROM organisations WHERE id = $organisationId'
		)
		.get({ organisationId }) as {
		id: string;
		name: string;
		kvk: string;
		sector: string | null;
		fulltime_hours: number;
		created_at: number;
	};
	return {
		format: 'pso-organisation-export/1',
		exportedAt,
		organisation: {
			id: org.id,
			name: org.name,
			kvk: org.kvk,
			sector: org.sector,
			fulltimeHours: org.fulltime_hours,
			createdAt: new Date(org.created_at * 1000).toISOString()
		},
		access: listMembers(db, organisationId).map((m) => ({ email: m.email, role: m.role })),
		invitations: listInvitations(db, organisationId).map((i) => ({ email: i.email, role: i.role })),
		assessments: listAssessments(db, organisationId).map((a) => ({
			id: a.id,
			name: a.name,
			// Tells same-named assessments apart (issue 11 item 4).
			version: a.version,
			origin: a.origin,
			basedOn: a.basedOn,
			changedAt: new Date(a.changedAt * 1000).toISOString(),
			status: a.status,
			rulesetId: a.rulesetId,
			finalisedAt: a.finalisedAt ? new Date(a.finalisedAt * 1000).toISOString() : null,
			input: assessmentDocument(db, a, org.name),
			result: a.finalResult
		})),
		certificates: db
			.prepare(
				`SELECT rung, pso30plus, issued_on AS issuedOn, expires_on AS expiresOn, certifying_body AS certifyingBody,
				   certificate_number AS certificateNumber, note FROM certificates WHERE organisation_id = $organisationId ORDER BY issued_on`
			)
			.all({ organisationId }),
		tenders: db
			.prepare(
				`SELECT name, policy_id AS policyId, contract_value AS contractValue, scope,
				   labour_share_pct AS labourSharePct, start_on AS start, end_on AS end,
				   pct_override AS pctOverride, notes
				 FROM tenders WHERE organisation_id = $organisationId ORDER BY start_on, created_at`
			)
			.all({ organisationId }),
		customSrPolicies: (
			db
				.prepare(
					'SELECT id, json FROM custom_sr_policies WHERE organisation_id = $organisationId ORDER BY created_at'
				)
				.all({ organisationId }) as { id: string; json: string }[]
		).map((r) => ({ id: r.id, policy: JSON.parse(r.json) as unknown })),
		customRulesets: (
			db
				.prepare(
					'SELECT id, name, ruleset_json FROM custom_rulesets WHERE organisation_id = $organisationId ORDER BY created_at'
				)
				.all({ organisationId }) as { id: string; name: string; ruleset_json: string }[]
		).map((r) => ({ id: r.id, name: r.name, ruleset: JSON.parse(r.ruleset_json) as unknown })),
		auditTrail: (
			db
				.prepare(
					'SELECT at, user_email, entity, entity_id, action, changes FROM audit_log WHERE organisation_id = $organisationId ORDER BY id'
				)
				.all({ organisationId }) as {
				at: number;
				user_email: string | null;
				entity: string;
				entity_id: string;
				action: string;
				changes: string;
			}[]
		).map((r) => ({
			at: new Date(r.at * 1000).toISOString(),
			by: r.user_email,
			entity: r.entity,
			entityId: r.entity_id,
			action: r.action,
			changes: JSON.parse(r.changes) as unknown
		}))
	};
}

/** Deletes the organisation and, through the foreign keys, every row that belongs to it. */
export function deleteOrganisationData(db: Db, organisationId: string): boolean {
	return (
		db.prepare('DELETE FROM organisations WHERE id = $organisationId').run({ organisationId })
			.changes > 0
	);
}

/**
 * Deletes the organisation on behalf of `actorId` and leaves none of its text in the database
 * files: `secure_delete` (src/lib/server/db.ts) zeroes the freed rows, and a TRUNCATE
 * checkpoint copies the zeroed pages into the database file and empties the WAL, which still
 * held the old page images. Backups taken earlier still hold the data (README).
 */
export function eraseOrganisation(db: Db, organisationId: string, actorId: string): boolean {
	const deleted = asActor(db, actorId, () => deleteOrganisationData(db, organisationId));
	if (deleted) db.pragma('wal_checkpoint(TRUNCATE)');
	return deleted;
}
