import {
	parseAssessment,
	type AssessmentInput,
	type ValidationIssue
} from '$lib/pso/assessment-schema';
import type { RungCode } from '$lib/pso/input-codes';
import type { AssessmentStatus } from './state';
import { assessmentDocument } from './document';
import { resultOutcome, type ResultSummary } from './outcome';
import {
	fromWithSource,
	lineageColumns,
	toLineage,
	type AssessmentLineage,
	type LineageRow
} from './lineage';
import { withinPeriodOrderOf, type Assessment } from './records';
import type { Db } from '../db';

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
	/** Rules version 2 (contract §6.1); absent in results stored before it. */
	likelyRung?: ResultSummary['likelyRung'];
	rungRange?: ResultSummary['rungRange'];
	basistredeModelled?: boolean;
	quantitativeRung: RungCode;
	eligible: boolean;
	/** The total FTE as entered; `size` is it rounded for the norm table (contract §3.9). */
	totalFte: number;
	size: number;
	norms: {
		tabledSize: number;
		estimated: boolean;
		basistrede: number | null;
		trede1: number;
		trede2: number;
		trede3: number;
		/**
		 * Contract §6.1: the milder norms of the smallest tabled size above; the true norm of an
		 * untabled size lies between these and the headline. Absent in results stored before it.
		 */
		lenient?: { trede1: number; trede2: number; trede3: number; size: number };
	};
}

export interface AssessmentSummary extends AssessmentLineage {
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

function summarise(result: ResultSummary): OutcomeSummary {
	const { norms } = result;
	return {
		totalPct: result.totalPct,
		rung: result.rung,
		likelyRung: result.likelyRung,
		rungRange: result.rungRange,
		basistredeModelled: result.norms.basistredeModelled,
		quantitativeRung: result.quantitativeRung,
		eligible: result.eligible,
		totalFte: result.totalFte,
		size: result.size,
		norms: {
			tabledSize: norms.size,
			estimated: norms.estimated,
			basistrede: norms.basistrede,
			trede1: norms.trede1,
			trede2: norms.trede2,
			trede3: norms.trede3,
			...(norms.lenient && {
				lenient: {
					trede1: norms.lenient.trede1,
					trede2: norms.lenient.trede2,
					trede3: norms.lenient.trede3,
					size: norms.lenient.size
				}
			})
		}
	};
}

interface SummaryRow extends LineageRow {
	id: string;
	name: string;
	period_start: string;
	period_end: string;
	ruleset_id: string;
	status: AssessmentStatus;
	created_at: number;
	revision: number;
}

/**
 * Every assessment of the organisation with its headline numbers, oldest period first (within
 * a period in the one order of records.ts). The numbers come from the assessment outcome
 * cache (outcome.ts): a final one's frozen result, a draft scored once per revision.
 */
export function listAssessmentSummaries(
	db: Db,
	organisationId: string,
	organisationName: string
): AssessmentSummary[] {
	const rows = db
		.prepare(
			`SELECT a.id, a.name, a.period_start, a.period_end, a.ruleset_id, a.status, a.created_at,
			   a.revision, ${lineageColumns}
			 ${fromWithSource} WHERE a.organisation_id = $organisationId
			 ORDER BY a.period_end, a.period_start, ${withinPeriodOrderOf('a.')}`
		)
		.all({ organisationId }) as SummaryRow[];
	return rows.map((row) => {
		const key = { id: row.id, organisationId, revision: row.revision, rulesetId: row.ruleset_id };
		const outcome = resultOutcome(db, key, organisationName);
		return {
			id: row.id,
			name: row.name,
			periodStart: row.period_start,
			periodEnd: row.period_end,
			rulesetId: row.ruleset_id,
			status: row.status,
			createdAt: row.created_at,
			...toLineage(row),
			outcome: outcome.ok ? summarise(outcome.result) : null
		};
	});
}

export interface AssessmentChoice extends AssessmentLineage {
	id: string;
	name: string;
	periodStart: string;
	periodEnd: string;
	status: AssessmentStatus;
}

/** For pickers: the one order of records.ts, the latest assessment first. */
export function listAssessmentChoices(db: Db, organisationId: string): AssessmentChoice[] {
	return (
		db
			.prepare(
				`SELECT a.id, a.name, a.period_start, a.period_end, a.status, ${lineageColumns}
				 ${fromWithSource} WHERE a.organisation_id = $organisationId
				 ORDER BY a.period_end DESC, ${withinPeriodOrderOf('a.')}`
			)
			.all({ organisationId }) as (LineageRow & {
			id: string;
			name: string;
			period_start: string;
			period_end: string;
			status: AssessmentStatus;
		})[]
	).map((r) => ({
		id: r.id,
		name: r.name,
		periodStart: r.period_start,
		periodEnd: r.period_end,
		status: r.status,
		...toLineage(r)
	}));
}
