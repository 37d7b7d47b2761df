// The likely rung and its range of the portfolio rows shown (contract §6.1, issue 10 item 2),
// read from each row's cached result (assessment_outcomes.result_json). Only the rows shown
// (25 a page) reach this, so the wide JSON is never read for the whole client list; filters and
// flags keep to the scalar columns.
import type { RungCode } from '$lib/pso/input-codes';
import type { ResultSummary } from './assessments/outcome';
import type { Db } from './db';

/** What LikelyRung.svelte and the CSV export need of one client's result. */
export type PortfolioRungFacts = Pick<
	ResultSummary,
	'rung' | 'likelyRung' | 'rungRange' | 'size'
> & {
	basistredeModelled?: boolean;
};

interface FactsRow {
	assessment_id: string;
	rung: RungCode;
	likely: RungCode | null;
	range: string | null;
	size: number;
	modelled: number | null;
}

/**
 * The rung facts per assessment id. Pass only assessments whose outcome row is fresh (the
 * portfolio's row has its rung), since this reads the row by id alone. A result stored before
 * rules version 2 has no likely rung or range: it leads with its rung, as elsewhere.
 */
export function rungFactsOf(
	db: Db,
	assessmentIds: readonly string[]
): Map<string, PortfolioRungFacts> {
	if (assessmentIds.length === 0) return new Map();
	const rows = db
		.prepare(
			`SELECT assessment_id, json_extract(result_json, '$.rung') AS rung,
				json_extract(result_json, '$.likelyRung') AS likely,
				json_extract(result_json, '$.rungRange') AS range, json_extract(result_json, '$.size') AS size,
				json_extract(result_json, '$.norms.basistredeModelled') AS modelled
			 FROM assessment_outcomes
			 WHERE assessment_id IN (SELECT value FROM json_each($ids)) AND result_json IS NOT NULL`
		)
		.all({ ids: JSON.stringify(assessmentIds) }) as FactsRow[];
	return new Map(
		rows.map((r) => [
			r.assessment_id,
			{
				rung: r.rung,
				size: r.size,
				...(r.likely === null ? {} : { likelyRung: r.likely }),
				...(r.range === null
					? {}
					: { rungRange: JSON.parse(r.range) as ResultSummary['rungRange'] }),
				...(r.modelled === null ? {} : { basistredeModelled: r.modelled === 1 })
			}
		])
	);
}
