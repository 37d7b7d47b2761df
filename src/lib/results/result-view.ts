import type { AssessmentInput } from '$lib/pso/assessment-schema';
import { normBands, type NormKey, type NormRung } from '$lib/pso/norm-bands';
import { modelledBasistrede } from '$lib/pso/norms';
import { nextReferencePeriodEnd } from '$lib/pso/renewal-summary';
import { stoppingLines, type StoppingLine } from '$lib/pso/stopping-lines';
import type { AssessmentResult } from '$lib/pso/result-schema';
import type { Ruleset } from '$lib/pso/ruleset-schema';

export interface NormView {
	key: NormKey;
	rung: NormRung;
	value: number | null;
	interpolated: number | null;
	/**
	 * The norm of the smallest tabled size above (contract §6.1): the true norm of an untabled
	 * size lies between it and `value`. Equal to `value` for a tabled size; null when unknown.
	 */
	lenient: number | null;
	confirmed: boolean;
	source: string[];
}

/** The norms the result used, with whether a source confirms them for this ruleset. */
export function normsView(result: AssessmentResult, ruleset: Ruleset): NormView[] {
	const row = ruleset.norms.table.find((r) => r.size === result.norms.size) ?? null;
	const confirmed = row !== null && row.confirmed && !result.norms.estimated;
	const source = row?.source ?? [];
	return normBands
		.filter(({ key }) => key !== 'basistrede' || ruleset.norms.basistrede.exists)
		.map(({ key, rung }) => ({
			key,
			rung,
			value: result.norms[key],
			interpolated: key === 'basistrede' ? null : result.norms.interpolated[key],
			lenient: lenientNorm(result.norms, key),
			confirmed: confirmed && result.norms[key] !== null,
			source
		}));
}

/**
 * The lenient bound of one norm. A modelled basistrede gets the model applied to the lenient
 * trede norms (§6.2: each norm set has its own); a stated one has no lenient value here. A
 * result stored before version 2 has no lenient norms at all.
 */
function lenientNorm(norms: AssessmentResult['norms'], key: NormKey): number | null {
	const { lenient } = norms;
	if (!lenient || !norms.estimated) return norms[key];
	if (key !== 'basistrede') return lenient[key];
	return norms.basistredeModelled === true
		? modelledBasistrede(lenient.trede1, lenient.trede2)
		: null;
}

/** Lines that count now but stop before the end of the next reference year. */
export function linesStoppingBefore(
	result: AssessmentResult,
	input: AssessmentInput
): StoppingLine[] {
	const limit = nextReferencePeriodEnd(input.period.end);
	return stoppingLines(result.lines).filter((l) => l.countsUntil < limit);
}
