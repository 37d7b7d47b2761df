// The engine's per-line figures (result `lines[]`: FTE, weights, weighted FTE, last counting
// day) for the Doelgroep list. A 50,000-line assessment must not be scored per request, and the
// outcome cache (outcome.ts) keeps the result without its lines, so these are cached beside it
// in assessment_line_figures (migration 017), under the same key: the assessment's revision
// and its ruleset hash. A draft is scored at most once per revision; a final assessment's
// figures are those of its frozen result (scoring.ts). Writing is best-effort, like the
// outcome cache: when the database refuses, the page is served from what was computed.
import type { AssessmentResult } from '$lib/pso/result-schema';
import { writeCacheIfPossible } from '../cache-write';
import type { Db } from '../db';
import { rulesetHashFor } from './outcome-parts';
import type { Assessment } from './records';
import { scoreStoredAssessment } from './scoring';

export type LineFigures = Omit<AssessmentResult['lines'][number], 'id'>;

/**
 * Where a page's lines get their figures: the cache table (joined in SQL), a map computed
 * now (the cache could not be written), or nowhere (the inputs cannot be scored yet).
 */
export type LineFiguresSource =
	{ kind: 'table' } | { kind: 'memory'; byId: ReadonlyMap<string, LineFigures> } | { kind: 'none' };

interface KeyRow {
	revision: number;
	ruleset_hash: string;
	scored: number;
}

function store(db: Db, assessment: Assessment, lines: AssessmentResult['lines'] | null): void {
	db.transaction(() => {
		const assessmentId = assessment.id;
		db.prepare('DELETE FROM assessment_line_figures WHERE assessment_id = $assessmentId').run({
			assessmentId
		});
		const insert = db.prepare(
			`INSERT INTO assessment_line_figures (assessment_id, line_id, fte, position_weight,
			   contract_weight, weighted_fte, counts_on_period_end, counts_until)
			 VALUES ($assessmentId, $id, $fte, $positionWeight, $contractWeight, $weightedFte,
			   $countsOnPeriodEnd, $countsUntil)
			 ON CONFLICT (assessment_id, line_id) DO NOTHING`
		);
		for (const l of lines ?? []) {
			insert.run({ assessmentId, ...l, countsOnPeriodEnd: l.countsOnPeriodEnd ? 1 : 0 });
		}
		db.prepare(
			`INSERT INTO assessment_line_figures_key (assessment_id, revision, ruleset_hash, scored)
			 VALUES ($assessmentId, $revision, $rulesetHash, $scored)
			 ON CONFLICT (assessment_id) DO UPDATE SET revision = excluded.revision,
			   ruleset_hash = excluded.ruleset_hash, scored = excluded.scored`
		).run({
			assessmentId,
			revision: assessment.revision,
			rulesetHash: rulesetHashFor(assessment.rulesetId),
			scored: lines ? 1 : 0
		});
	}).immediate();
}

/** Makes sure this revision's per-line figures are at hand, scoring the assessment if not. */
export function lineFiguresFor(
	db: Db,
	assessment: Assessment,
	organisationName: string
): LineFiguresSource {
	const key = db
		.prepare(
			`SELECT revision, ruleset_hash, scored FROM assessment_line_figures_key
			 WHERE assessment_id = $assessmentId`
		)
		.get({ assessmentId: assessment.id }) as KeyRow | undefined;
	if (
		key &&
		key.revision === assessment.revision &&
		key.ruleset_hash === rulesetHashFor(assessment.rulesetId)
	) {
		return key.scored ? { kind: 'table' } : { kind: 'none' };
	}
	const scored = scoreStoredAssessment(db, assessment, organisationName);
	const lines = scored.ok ? scored.result.lines : null;
	if (writeCacheIfPossible(db, 'line figures', () => store(db, assessment, lines))) {
		return lines ? { kind: 'table' } : { kind: 'none' };
	}
	if (!lines) return { kind: 'none' };
	return { kind: 'memory', byId: new Map(lines.map(({ id, ...figures }) => [id, figures])) };
}
