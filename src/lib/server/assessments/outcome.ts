// "What are this assessment's numbers", for every page: result, report, organisation overview,
// timeline, renewal panel and (through the same table, in SQL) the advisor portfolio.
//
// One cache, assessment_outcomes (migration 014), one row per assessment, valid while its key
// (assessment revision, ruleset hash) matches. A final assessment's numbers are its frozen
// result (scoring.ts makes that choice, once); a draft is scored at most once per revision.
// Each page reads only the columns it shows. Writing the row is best-effort: a page whose
// cache cannot be written (another process holds the lock) is served from what it computed.
import type { ExplanationStep } from '$lib/pso/explain';
import type { Lang } from '$lib/pso/lang';
import type { RenewalSummary } from '$lib/pso/renewal-summary';
import type { ValidationIssue } from '$lib/pso/validation-issues';
import { writeCacheIfPossible } from '../cache-write';
import type { Db } from '../db';
import {
	computeOutcome,
	outcomeRow,
	rulesetHashFor,
	type OutcomeParts,
	type ResultPagePart,
	type ResultSummary
} from './outcome-parts';
import { getAssessment, type Assessment } from './records';

export { rulesetHashes, type ResultPagePart, type ResultSummary } from './outcome-parts';

export type Scored<T> = { ok: true } & T;
export type NotScored = { ok: false; issues: ValidationIssue[] };

const columns = [
	'assessment_id',
	'revision',
	'ruleset_hash',
	'rung',
	'total_pct',
	'aspirant',
	'pso30plus',
	'first_stop',
	'next_period_end',
	'first_evidence_expiry',
	'likely_rung',
	'rung_at_most',
	'pso30plus_possible',
	'result_json',
	'page_json',
	'steps_nl',
	'steps_en',
	'renewal_json',
	'issues_json'
] as const;

/** Upserts one outcome row; throws when the database refuses (callers decide what that means). */
export function storeOutcome(db: Db, assessment: Assessment, parts: OutcomeParts): void {
	const names = columns.join(', ');
	const values = columns.map((c) => `$${c}`).join(', ');
	const updates = columns
		.filter((c) => c !== 'assessment_id')
		.map((c) => `${c} = excluded.${c}`)
		.join(', ');
	db.prepare(
		`INSERT INTO assessment_outcomes (${names}) VALUES (${values})
		 ON CONFLICT (assessment_id) DO UPDATE SET ${updates}`
	).run(outcomeRow(assessment, parts));
}

type Column = (typeof columns)[number];

/**
 * What identifies an assessment's outcome. Pages that list many assessments pass just this,
 * so a final one's stored JSON is read and parsed only when its outcome must be computed.
 */
export type OutcomeKey = Pick<Assessment, 'id' | 'organisationId' | 'revision' | 'rulesetId'>;

function loaded(db: Db, key: OutcomeKey | Assessment): Assessment | null {
	return 'finalResult' in key ? key : getAssessment(db, key.organisationId, key.id);
}

/**
 * Computes and stores the outcomes of these assessments, inside the caller's transaction (a
 * batch is one disk sync). Throws when the database refuses the write.
 */
export function refreshOutcomes(
	db: Db,
	stale: readonly { key: OutcomeKey; organisationName: string }[]
): void {
	for (const { key, organisationName } of stale) {
		const assessment = loaded(db, key);
		if (assessment) storeOutcome(db, assessment, computeOutcome(db, assessment, organisationName));
	}
}

/**
 * The cached columns when the row's key matches, else the outcome computed now (and stored
 * if the database allows).
 */
function cachedOrComputed<C extends Column>(
	db: Db,
	key: OutcomeKey | Assessment,
	organisationName: string,
	wanted: readonly C[]
): { row: Record<C, string | null> } | { parts: OutcomeParts } {
	const row = db
		.prepare(
			`SELECT ${wanted.join(', ')} FROM assessment_outcomes
			 WHERE assessment_id = $id AND revision = $revision AND ruleset_hash = $rulesetHash`
		)
		.get({ id: key.id, revision: key.revision, rulesetHash: rulesetHashFor(key.rulesetId) }) as
		Record<C, string | null> | undefined;
	if (row) return { row };
	const assessment = loaded(db, key);
	if (!assessment) throw new Error(`No assessment ${key.id}`);
	const parts = computeOutcome(db, assessment, organisationName);
	writeCacheIfPossible(db, 'assessment outcome', () => storeOutcome(db, assessment, parts));
	return { parts };
}

const notScored = (issuesJson: string | null): NotScored => ({
	ok: false,
	issues: JSON.parse(issuesJson ?? '[]') as ValidationIssue[]
});

/** The headline result (overview, timeline), or why the inputs cannot be scored yet. */
export function resultOutcome(
	db: Db,
	assessment: OutcomeKey | Assessment,
	organisationName: string
): Scored<{ result: ResultSummary }> | NotScored {
	const got = cachedOrComputed(db, assessment, organisationName, ['result_json', 'issues_json']);
	if ('parts' in got) {
		const { parts } = got;
		return parts.ok ? { ok: true, result: parts.result } : { ok: false, issues: parts.issues };
	}
	const { result_json, issues_json } = got.row;
	return result_json === null
		? notScored(issues_json)
		: { ok: true, result: JSON.parse(result_json) as ResultSummary };
}

export type ResultPageOutcome =
	Scored<{ result: ResultSummary; steps: ExplanationStep[] } & ResultPagePart> | NotScored;

/** What the result page and the report show, with the explanation in one language. */
export function resultPageOutcome(
	db: Db,
	assessment: Assessment,
	organisationName: string,
	lang: Lang
): ResultPageOutcome {
	const stepsColumn = lang === 'en' ? 'steps_en' : 'steps_nl';
	const got = cachedOrComputed(db, assessment, organisationName, [
		'result_json',
		'page_json',
		stepsColumn,
		'issues_json'
	]);
	if ('parts' in got) {
		const { parts } = got;
		if (!parts.ok) return { ok: false, issues: parts.issues };
		return { ok: true, result: parts.result, ...parts.page, steps: parts.steps[lang] };
	}
	const { row } = got;
	if (row.result_json === null) return notScored(row.issues_json);
	return {
		ok: true,
		result: JSON.parse(row.result_json) as ResultSummary,
		...(JSON.parse(row.page_json!) as ResultPagePart),
		steps: JSON.parse(row[stepsColumn]!) as ExplanationStep[]
	};
}

/** What renewal readiness needs of the assessment (a summary with null numbers if unscored). */
export function renewalOutcome(
	db: Db,
	assessment: OutcomeKey | Assessment,
	organisationName: string
): RenewalSummary {
	const got = cachedOrComputed(db, assessment, organisationName, ['renewal_json']);
	return 'parts' in got ? got.parts.renewal : (JSON.parse(got.row.renewal_json!) as RenewalSummary);
}
