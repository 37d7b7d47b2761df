import {
	parseAssessment,
	type AssessmentInput,
	type ValidationIssue
} from '$lib/pso/assessment-schema';
import type { RungCode } from '$lib/pso/input-codes';
import type { AssessmentResult } from '$lib/pso/result-schema';
import type { AssessmentStatus } from './state';
import { assessmentDocument } from './document';
import { getAssessment, type Assessment } from './records';
import type { Db } from '../db';
import { resultViewFor } from './result-view-cache';

export type LoadedInput =
	| { ok: true; input: AssessmentInput }
	/** `document` is the draft as it stands, for showing what was entered; null for a final. */
	| { ok: false; issues: ValidationIssue[]; document: AssessmentInput | null };

/**
 * The inputs an assessment is scored from: a final one's stored snapshot, a draft's
 * current inputs. Validated, because a draft may not be complete yet.
 */
export function loadInput(db: Db, assessment: Assessment, organisationName: string): LoadedInput {
	const document = assessmentDocument(db, assessment, organisationName);
	const parsed = parseAssessment(document);
	if (parsed.ok) return { ok: true, input: parsed.value };
	return {
		ok: false,
		issues: parsed.issues,
		document: assessment.status === 'draft' ? (document as AssessmentInput) : null
	};
}

/** The numbers a timeline shows of one assessment's result. */
export interface OutcomeSummary {
	totalPct: number;
	rung: RungCode;
	quantitativeRung: RungCode;
	eligible: boolean;
	size: number;
	norms: {
		tabledSize: number;
		estimated: boolean;
		basistrede: number | null;
		trede1: number;
		trede2: number;
		trede3: number;
	};
}

export interface AssessmentSummary {
	id: string;
	name: string;
	periodStart: string;
	periodEnd: string;
	rulesetId: string;
	status: AssessmentStatus;
	createdAt: number;
	/** null: a draft that cannot be scored yet. */
	outcome: OutcomeSummary | null;
}

function summarise(result: Omit<AssessmentResult, 'lines'>): OutcomeSummary {
	const { norms } = result;
	return {
		totalPct: result.totalPct,
		rung: result.rung,
		quantitativeRung: result.quantitativeRung,
		eligible: result.eligible,
		size: result.size,
		norms: {
			tabledSize: norms.size,
			estimated: norms.estimated,
			basistrede: norms.basistrede,
			trede1: norms.trede1,
			trede2: norms.trede2,
			trede3: norms.trede3
		}
	};
}

interface SummaryRow {
	id: string;
	name: string;
	period_start: string;
	period_end: string;
	ruleset_id: string;
	status: AssessmentStatus;
	created_at: number;
	/** JSON array of the paths below, for a final assessment; null for a draft. */
	outcome: string | null;
}

const outcomePaths = [
	'$.totalPct',
	'$.rung',
	'$.quantitativeRung',
	'$.eligible',
	'$.size',
	'$.norms.size',
	'$.norms.estimated',
	'$.norms.basistrede',
	'$.norms.trede1',
	'$.norms.trede2',
	'$.norms.trede3'
];

type OutcomeTuple = [
	number,
	RungCode,
	RungCode,
	boolean | 0 | 1,
	number,
	number,
	boolean | 0 | 1,
	number | null,
	number,
	number,
	number
];

function fromTuple(t: OutcomeTuple): OutcomeSummary {
	const [totalPct, rung, quantitativeRung, eligible, size, tabledSize, estimated, ...rest] = t;
	const [basistrede, trede1, trede2, trede3] = rest;
	return {
		totalPct,
		rung,
		quantitativeRung,
		eligible: Boolean(eligible),
		size,
		norms: { tabledSize, estimated: Boolean(estimated), basistrede, trede1, trede2, trede3 }
	};
}

/**
 * Every assessment of the organisation with its headline numbers, oldest period first.
 * A final assessment's numbers come from its stored result: SQLite picks the few fields
 * out of the JSON, so the per-line part of a large result is never parsed in JavaScript.
 * A draft is scored now from its current inputs (it has no stored result).
 */
export function listAssessmentSummaries(
	db: Db,
	organisationId: string,
	organisationName: string
): AssessmentSummary[] {
	return readSummaries(db, organisationId, organisationName);
}

function readSummaries(
	db: Db,
	organisationId: string,
	organisationName: string
): AssessmentSummary[] {
	const paths = outcomePaths.map((p) => `'${p}'`).join(', ');
	const rows = db
		.prepare(
			`SELECT id, name, period_start, period_end, ruleset_id, status, created_at,
			   CASE WHEN status = 'final' THEN json_extract(final_result_json, ${paths}) END AS outcome
			 FROM assessments WHERE organisation_id = ?
			 ORDER BY period_end, period_start, status = 'final' DESC, created_at DESC, id`
		)
		.all(organisationId) as SummaryRow[];
	return rows.map((row) => ({
		id: row.id,
		name: row.name,
		periodStart: row.period_start,
		periodEnd: row.period_end,
		rulesetId: row.ruleset_id,
		status: row.status,
		createdAt: row.created_at,
		outcome:
			row.outcome !== null
				? fromTuple(JSON.parse(row.outcome) as OutcomeTuple)
				: scoreDraft(db, organisationId, row.id, organisationName)
	}));
}

function scoreDraft(
	db: Db,
	organisationId: string,
	id: string,
	organisationName: string
): OutcomeSummary | null {
	const assessment = getAssessment(db, organisationId, id);
	if (!assessment) return null;
	// The result page's cache, kept per revision of the draft (result-view-cache.ts).
	const view = resultViewFor(db, assessment, organisationName);
	return view.ok ? summarise(view.view.result) : null;
}

export interface AssessmentChoice {
	id: string;
	name: string;
	periodStart: string;
	periodEnd: string;
	status: AssessmentStatus;
}

/** For pickers: newest reference period first, finals before drafts, then newest. */
export function listAssessmentChoices(db: Db, organisationId: string): AssessmentChoice[] {
	return (
		db
			.prepare(
				`SELECT id, name, period_start, period_end, status FROM assessments
				 WHERE organisation_id = ?
				 ORDER BY period_end DESC, status = 'final' DESC, created_at DESC, id`
			)
			.all(organisationId) as {
			id: string;
			name: string;
			period_start: string;
			period_end: string;
			status: AssessmentStatus;
		}[]
	).map((r) => ({
		id: r.id,
		name: r.name,
		periodStart: r.period_start,
		periodEnd: r.period_end,
		status: r.status
	}));
}
