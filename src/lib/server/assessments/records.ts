import type { AssessmentResult } from '$lib/pso/result-schema';
import { copyCriteriaAndEvidence } from './evidence';
import { copyLines } from './lines';
import { copyPurchases } from './purchases';
import { assertCan, type AssessmentStatus } from './state';
import type { Db } from '../db';
import { newId } from '../ids';
import {
	fromWithSource,
	lineageColumns,
	toLineage,
	type AssessmentLineage,
	type LineageRow
} from './lineage';

export interface Assessment extends AssessmentLineage {
	id: string;
	organisationId: string;
	name: string;
	periodStart: string;
	periodEnd: string;
	rulesetId: string;
	status: AssessmentStatus;
	basedOn: string | null;
	totalFte: number | null;
	headcount: number | null;
	fulltimeHours: number;
	monthsActive: number | null;
	plan: {
		adopted: boolean;
		smart: boolean;
		started: boolean;
		targetRung: 'basistrede' | 'trede-1' | 'trede-2' | 'trede-3' | null;
		note: string | null;
	};
	finalResult: AssessmentResult | null;
	finalisedBy: string | null;
	finalisedAt: number | null;
	createdAt: number;
	updatedAt: number;
	/** Moves with every change to the assessment or its rows (migration 006). */
	revision: number;
}

interface AssessmentRow extends LineageRow {
	id: string;
	organisation_id: string;
	name: string;
	period_start: string;
	period_end: string;
	ruleset_id: string;
	status: AssessmentStatus;
	based_on: string | null;
	total_fte: number | null;
	headcount: number | null;
	fulltime_hours: number;
	months_active: number | null;
	plan_adopted: number;
	plan_smart: number;
	plan_started: number;
	plan_target_rung: Assessment['plan']['targetRung'];
	plan_note: string | null;
	final_result_json: string | null;
	finalised_by: string | null;
	finalised_at: number | null;
	created_at: number;
	updated_at: number;
	revision: number;
}

const columns = `a.id, a.organisation_id, a.name, a.period_start, a.period_end, a.ruleset_id,
	a.status, a.total_fte, a.headcount, a.fulltime_hours, a.months_active, a.plan_adopted,
	a.plan_smart, a.plan_started, a.plan_target_rung, a.plan_note, a.final_result_json,
	a.finalised_by, a.finalised_at, a.created_at, a.revision, ${lineageColumns}`;

function toAssessment(r: AssessmentRow): Assessment {
	return {
		id: r.id,
		organisationId: r.organisation_id,
		name: r.name,
		periodStart: r.period_start,
		periodEnd: r.period_end,
		rulesetId: r.ruleset_id,
		status: r.status,
		basedOn: r.based_on,
		totalFte: r.total_fte,
		headcount: r.headcount,
		fulltimeHours: r.fulltime_hours,
		monthsActive: r.months_active,
		plan: {
			adopted: r.plan_adopted === 1,
			smart: r.plan_smart === 1,
			started: r.plan_started === 1,
			targetRung: r.plan_target_rung,
			note: r.plan_note
		},
		finalResult: r.final_result_json ? (JSON.parse(r.final_result_json) as AssessmentResult) : null,
		finalisedBy: r.finalised_by,
		finalisedAt: r.finalised_at,
		createdAt: r.created_at,
		updatedAt: r.updated_at,
		revision: r.revision,
		...toLineage(r)
	};
}

/** Scoped read: the assessment only when it belongs to this organisation. */
export function getAssessment(
	db: Db,
	organisationId: string,
	assessmentId: string
): Assessment | null {
	const row = db
		.prepare(
			`SELECT ${columns} ${fromWithSource}
			 WHERE a.id = $assessmentId AND a.organisation_id = $organisationId`
		)
		.get({ assessmentId, organisationId }) as AssessmentRow | undefined;
	return row ? toAssessment(row) : null;
}

/**
 * The one order of an organisation's assessments within a reference period: a final one before
 * drafts (a what-if draft does not override what was finalised), then the most recently
 * finalised or saved. Every list, picker, timeline and "latest assessment" uses it.
 */
export const withinPeriodOrder = withinPeriodOrderOf('');

/** `withinPeriodOrder` for a query that names the table, e.g. `a.` with `fromWithSource`. */
export function withinPeriodOrderOf(prefix: '' | 'a.'): string {
	return `${prefix}status = 'final' DESC, coalesce(${prefix}finalised_at, ${prefix}updated_at) DESC, ${prefix}id`;
}

/** Newest reference period first: the first row is "the latest assessment" everywhere. */
export const latestFirstOrder = `period_end DESC, ${withinPeriodOrder}`;

/** Newest reference period first; within a period as `withinPeriodOrder`. */
export function listAssessments(db: Db, organisationId: string): Assessment[] {
	return (
		db
			.prepare(
				`SELECT ${columns} ${fromWithSource} WHERE a.organisation_id = $organisationId
				 ORDER BY a.period_end DESC, ${withinPeriodOrderOf('a.')}`
			)
			.all({ organisationId }) as AssessmentRow[]
	).map(toAssessment);
}

export interface NewAssessment {
	name: string;
	periodStart: string;
	periodEnd: string;
	rulesetId: string;
	fulltimeHours: number;
}

// The next version number in the reference period; inside the write transaction, so two
// assessments made at once never share one.
const nextVersion = `(SELECT coalesce(max(version), 0) + 1 FROM assessments
	WHERE organisation_id = $organisationId AND period_start = $periodStart
	  AND period_end = $periodEnd)`;

export function createAssessment(
	db: Db,
	organisationId: string,
	userId: string,
	fields: NewAssessment,
	now: number,
	origin: 'new' | 'import' = 'new'
): string {
	const id = newId();
	db.transaction(() => {
		db.prepare(
			`INSERT INTO assessments (id, organisation_id, name, period_start, period_end, ruleset_id,
			   fulltime_hours, version, origin, created_by, created_at, updated_at)
			 VALUES ($id, $organisationId, $name, $periodStart, $periodEnd, $rulesetId,
			   $fulltimeHours, ${nextVersion}, $origin, $userId, $now, $now)`
		).run({
			id,
			organisationId,
			origin,
			name: fields.name,
			periodStart: fields.periodStart,
			periodEnd: fields.periodEnd,
			rulesetId: fields.rulesetId,
			fulltimeHours: fields.fulltimeHours,
			userId,
			now
		});
		insertDefaultCriteria(db, id);
	}).immediate();
	return id;
}

const criteria = ['suitableWork', 'integration', 'development', 'guidance'] as const;

function insertDefaultCriteria(db: Db, assessmentId: string): void {
	const insert = db.prepare(
		"INSERT INTO assessment_criteria (assessment_id, criterion, status) VALUES ($assessmentId, $criterion, 'unknown')"
	);
	for (const criterion of criteria) insert.run({ assessmentId, criterion });
}

/**
 * Copies another assessment of the same organisation into a new draft: its organisation
 * figures, lines, purchases, criteria, evidence and action plan. With `fields` it is "start
 * from a previous assessment" (origin 'copy'); without, the "new version" of a final one, with
 * the source's name, period and ruleset (origin 'new-version').
 */
export function copyAssessment(
	db: Db,
	organisationId: string,
	sourceId: string,
	userId: string,
	fields: NewAssessment | null,
	now: number
): string | null {
	const source = getAssessment(db, organisationId, sourceId);
	if (!source) return null;
	const id = newId();
	const f = fields ?? {
		name: source.name,
		periodStart: source.periodStart,
		periodEnd: source.periodEnd,
		rulesetId: source.rulesetId,
		fulltimeHours: source.fulltimeHours
	};
	db.transaction(() => {
		db.prepare(
			`INSERT INTO assessments (id, organisation_id, name, period_start, period_end, ruleset_id,
			   based_on, total_fte, headcount, fulltime_hours, months_active, plan_adopted, plan_smart,
			   plan_started, plan_target_rung, plan_note, version, origin, created_by, created_at,
			   updated_at)
			 SELECT $id, organisation_id, $name, $periodStart, $periodEnd, $rulesetId, id, total_fte,
			   headcount, $fulltimeHours, months_active, plan_adopted, plan_smart, plan_started,
			   plan_target_rung, plan_note, ${nextVersion}, $origin, $userId, $now, $now
			 FROM assessments WHERE id = $sourceId`
		).run({
			id,
			organisationId,
			origin: fields ? 'copy' : 'new-version',
			name: f.name,
			periodStart: f.periodStart,
			periodEnd: f.periodEnd,
			rulesetId: f.rulesetId,
			fulltimeHours: f.fulltimeHours,
			userId,
			now,
			sourceId
		});
		copyLines(db, sourceId, id);
		copyPurchases(db, sourceId, id);
		copyCriteriaAndEvidence(db, sourceId, id, now);
	}).immediate();
	return id;
}

export interface OrganisationFigures {
	totalFte: number;
	headcount: number | null;
	fulltimeHours: number;
	monthsActive: number;
}

export function saveOrganisationFigures(
	db: Db,
	assessment: Assessment,
	figures: OrganisationFigures,
	now: number
): void {
	assertCan(assessment.status, 'edit');
	db.prepare(
		`UPDATE assessments SET total_fte = $totalFte, headcount = $headcount,
		   fulltime_hours = $fulltimeHours, months_active = $monthsActive, updated_at = $now
		 WHERE id = $id AND organisation_id = $organisationId`
	).run({
		totalFte: figures.totalFte,
		headcount: figures.headcount,
		fulltimeHours: figures.fulltimeHours,
		monthsActive: figures.monthsActive,
		now,
		id: assessment.id,
		organisationId: assessment.organisationId
	});
}

export function renameAssessment(db: Db, assessment: Assessment, name: string, now: number): void {
	assertCan(assessment.status, 'edit');
	db.prepare(
		`UPDATE assessments SET name = $name, updated_at = $now
		 WHERE id = $id AND organisation_id = $organisationId`
	).run({ name, now, id: assessment.id, organisationId: assessment.organisationId });
}

export function touchAssessment(db: Db, assessment: Assessment, now: number): void {
	db.prepare(
		'UPDATE assessments SET updated_at = $now WHERE id = $id AND organisation_id = $organisationId'
	).run({ now, id: assessment.id, organisationId: assessment.organisationId });
}

export function deleteDraft(db: Db, assessment: Assessment): void {
	assertCan(assessment.status, 'delete');
	db.prepare(
		`DELETE FROM assessments
		 WHERE id = $id AND organisation_id = $organisationId AND status = 'draft'`
	).run({ id: assessment.id, organisationId: assessment.organisationId });
}

/** Locks the assessment with the exact inputs and result it was scored on. */
export function finaliseAssessment(
	db: Db,
	assessment: Assessment,
	input: unknown,
	result: AssessmentResult,
	userId: string,
	now: number
): void {
	assertCan(assessment.status, 'finalise');
	db.prepare(
		`UPDATE assessments SET status = 'final', final_input_json = $inputJson,
		   final_result_json = $resultJson, finalised_by = $userId, finalised_at = $now,
		   updated_at = $now
		 WHERE id = $id AND organisation_id = $organisationId AND status = 'draft'`
	).run({
		inputJson: JSON.stringify(input),
		resultJson: JSON.stringify(result),
		userId,
		now,
		id: assessment.id,
		organisationId: assessment.organisationId
	});
}

/** The inputs as they were when finalised (null for a draft). */
export function finalInput(db: Db, assessment: Assessment): unknown {
	const row = db
		.prepare(
			`SELECT final_input_json FROM assessments
			 WHERE id = $id AND organisation_id = $organisationId`
		)
		.get({ id: assessment.id, organisationId: assessment.organisationId }) as
		{ final_input_json: string | null } | undefined;
	return row?.final_input_json ? JSON.parse(row.final_input_json) : null;
}
