import type { QualitativeCriterion, QualitativeStatus } from '$lib/pso/assessment-schema';
import type { Assessment } from './records';
import { assertCan } from './state';
import type { Db } from '../db';
import { newId } from '../ids';

export interface EvidenceItem {
	id: string;
	criterion: QualitativeCriterion;
	document: string;
	holder: string | null;
	validUntil: string | null;
}

export interface CriterionState {
	criterion: QualitativeCriterion;
	status: QualitativeStatus;
	note: string | null;
	items: EvidenceItem[];
}

const order: QualitativeCriterion[] = ['suitableWork', 'integration', 'development', 'guidance'];

export function listCriteria(db: Db, assessment: Pick<Assessment, 'id'>): CriterionState[] {
	const rows = db
		.prepare(
			'SELECT criterion, status, note FROM assessment_criteria WHERE assessment_id = $assessmentId'
		)
		.all({ assessmentId: assessment.id }) as {
		criterion: QualitativeCriterion;
		status: QualitativeStatus;
		note: string | null;
	}[];
	const items = db
		.prepare(
			`SELECT id, criterion, document, holder, valid_until FROM assessment_evidence
			 WHERE assessment_id = $assessmentId ORDER BY created_at, id`
		)
		.all({ assessmentId: assessment.id }) as {
		id: string;
		criterion: QualitativeCriterion;
		document: string;
		holder: string | null;
		valid_until: string | null;
	}[];
	return order.map((criterion) => {
		const row = rows.find((r) => r.criterion === criterion);
		return {
			criterion,
			status: row?.status ?? 'unknown',
			note: row?.note ?? null,
			items: items
				.filter((i) => i.criterion === criterion)
				.map((i) => ({
					id: i.id,
					criterion: i.criterion,
					document: i.document,
					holder: i.holder,
					validUntil: i.valid_until
				}))
		};
	});
}

export interface CriteriaUpdate {
	criteria: { criterion: QualitativeCriterion; status: QualitativeStatus; note: string | null }[];
	plan: Assessment['plan'];
}

/** Saves the four criteria and the action plan together, as the step's one form does. */
export function saveCriteriaAndPlan(
	db: Db,
	assessment: Assessment,
	update: CriteriaUpdate,
	now: number
): void {
	assertCan(assessment.status, 'edit');
	db.transaction(() => {
		const upsert = db.prepare(
			`INSERT INTO assessment_criteria (assessment_id, criterion, status, note)
			 VALUES ($assessmentId, $criterion, $status, $note)
			 ON CONFLICT (assessment_id, criterion) DO UPDATE SET status = excluded.status, note = excluded.note`
		);
		for (const c of update.criteria) {
			upsert.run({
				assessmentId: assessment.id,
				criterion: c.criterion,
				status: c.status,
				note: c.note
			});
		}
		const p = update.plan;
		db.prepare(
			`UPDATE assessments SET plan_adopted = $adopted, plan_smart = $smart, plan_started = $started,
			   plan_target_rung = $targetRung, plan_note = $note, updated_at = $now
			 WHERE id = $assessmentId AND organisation_id = $organisationId`
		).run({
			adopted: p.adopted ? 1 : 0,
			smart: p.smart ? 1 : 0,
			started: p.started ? 1 : 0,
			targetRung: p.targetRung,
			note: p.note,
			now,
			assessmentId: assessment.id,
			organisationId: assessment.organisationId
		});
	}).immediate();
}

export function addEvidence(
	db: Db,
	assessment: Assessment,
	items: readonly Omit<EvidenceItem, 'id'>[],
	now: number
): void {
	assertCan(assessment.status, 'edit');
	const insert = db.prepare(
		`INSERT INTO assessment_evidence (id, assessment_id, criterion, document, holder, valid_until, created_at)
		 VALUES ($id, $assessmentId, $criterion, $document, $holder, $validUntil, $now)`
	);
	db.transaction(() => {
		for (const i of items) {
			insert.run({
				id: newId(),
				assessmentId: assessment.id,
				criterion: i.criterion,
				document: i.document,
				holder: i.holder,
				validUntil: i.validUntil,
				now
			});
		}
	}).immediate();
}

export interface EvidenceStepUpdate extends CriteriaUpdate {
	/** The new-item rows that were filled in, each inside its criterion. */
	newItems: Omit<EvidenceItem, 'id'>[];
}

/**
 * The evidence step's one form: the criteria, the plan and any new evidence items are saved
 * together, so adding an item never throws away a criterion change typed beside it.
 */
export function saveEvidenceStep(
	db: Db,
	assessment: Assessment,
	update: EvidenceStepUpdate,
	now: number
): void {
	assertCan(assessment.status, 'edit');
	db.transaction(() => {
		saveCriteriaAndPlan(db, assessment, update, now);
		if (update.newItems.length > 0) addEvidence(db, assessment, update.newItems, now);
	}).immediate();
}

/** One evidence item of this assessment only (an id from elsewhere is not found). */
export function findEvidenceItem(
	db: Db,
	assessment: Pick<Assessment, 'id'>,
	id: string
): EvidenceItem | null {
	const row = db
		.prepare(
			`SELECT id, criterion, document, holder, valid_until FROM assessment_evidence
			 WHERE id = $id AND assessment_id = $assessmentId`
		)
		.get({ id, assessmentId: assessment.id }) as
		| {
				id: string;
				criterion: QualitativeCriterion;
				document: string;
				holder: string | null;
				valid_until: string | null;
		  }
		| undefined;
	return row
		? {
				id: row.id,
				criterion: row.criterion,
				document: row.document,
				holder: row.holder,
				validUntil: row.valid_until
			}
		: null;
}

export function deleteEvidence(db: Db, assessment: Assessment, id: string): boolean {
	assertCan(assessment.status, 'edit');
	return (
		db
			.prepare('DELETE FROM assessment_evidence WHERE id = $id AND assessment_id = $assessmentId')
			.run({ id, assessmentId: assessment.id }).changes > 0
	);
}

/**
 * Copies the criteria and evidence of one assessment into another (a new version or a copy);
 * the copied evidence counts as added `now`.
 */
export function copyCriteriaAndEvidence(db: Db, fromId: string, toId: string, now: number): void {
	db.prepare(
		`INSERT INTO assessment_criteria (assessment_id, criterion, status, note)
		 SELECT $toId, criterion, status, note FROM assessment_criteria WHERE assessment_id = $fromId`
	).run({ fromId, toId });
	const ids = db
		.prepare('SELECT id FROM assessment_evidence WHERE assessment_id = $fromId')
		.pluck()
		.all({ fromId }) as string[];
	const copy = db.prepare(
		`INSERT INTO assessment_evidence (id, assessment_id, criterion, document, holder, valid_until,
		   created_at)
		 SELECT $id, $toId, criterion, document, holder, valid_until, $now
		 FROM assessment_evidence WHERE id = $sourceId`
	);
	for (const sourceId of ids) copy.run({ id: newId(), toId, now, sourceId });
}
