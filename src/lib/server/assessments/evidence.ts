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
		.prepare('SELECT criterion, status, note FROM assessment_criteria WHERE assessment_id = ?')
		.all(assessment.id) as {
		criterion: QualitativeCriterion;
		status: QualitativeStatus;
		note: string | null;
	}[];
	const items = db
		.prepare(
			`SELECT id, criterion, document, holder, valid_until FROM assessment_evidence
			 WHERE assessment_id = ? ORDER BY created_at, id`
		)
		.all(assessment.id) as {
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
			`INSERT INTO assessment_criteria (assessment_id, criterion, status, note) VALUES (?, ?, ?, ?)
			 ON CONFLICT (assessment_id, criterion) DO UPDATE SET status = excluded.status, note = excluded.note`
		);
		for (const c of update.criteria) upsert.run(assessment.id, c.criterion, c.status, c.note);
		const p = update.plan;
		db.prepare(
			`UPDATE assessments SET plan_adopted = ?, plan_smart = ?, plan_started = ?, plan_target_rung = ?,
			   plan_note = ?, updated_at = ? WHERE id = ? AND organisation_id = ?`
		).run(
			p.adopted ? 1 : 0,
			p.smart ? 1 : 0,
			p.started ? 1 : 0,
			p.targetRung,
			p.note,
			now,
			assessment.id,
			assessment.organisationId
		);
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
		 VALUES (?, ?, ?, ?, ?, ?, ?)`
	);
	db.transaction(() => {
		for (const i of items)
			insert.run(newId(), assessment.id, i.criterion, i.document, i.holder, i.validUntil, now);
	}).immediate();
}

export function deleteEvidence(db: Db, assessment: Assessment, id: string): boolean {
	assertCan(assessment.status, 'edit');
	return (
		db
			.prepare('DELETE FROM assessment_evidence WHERE id = ? AND assessment_id = ?')
			.run(id, assessment.id).changes > 0
	);
}
