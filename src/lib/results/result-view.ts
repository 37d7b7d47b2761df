import type { AssessmentInput } from '$lib/pso/assessment-schema';
import type { AssessmentResult } from '$lib/pso/result-schema';
import type { Ruleset } from '$lib/pso/ruleset-schema';

export interface NormView {
	key: 'basistrede' | 'trede1' | 'trede2' | 'trede3';
	rung: 'basistrede' | 'trede-1' | 'trede-2' | 'trede-3';
	value: number | null;
	interpolated: number | null;
	confirmed: boolean;
	source: string[];
}

/** The norms the result used, with whether a source confirms them for this ruleset. */
export function normsView(result: AssessmentResult, ruleset: Ruleset): NormView[] {
	const row = ruleset.norms.table.find((r) => r.size === result.norms.size) ?? null;
	const confirmed = row !== null && row.confirmed && !result.norms.estimated;
	const source = row?.source ?? [];
	return (
		[
			['basistrede', 'basistrede'],
			['trede1', 'trede-1'],
			['trede2', 'trede-2'],
			['trede3', 'trede-3']
		] as const
	)
		.filter(([key]) => key !== 'basistrede' || ruleset.norms.basistrede.exists)
		.map(([key, rung]) => ({
			key,
			rung,
			value: result.norms[key],
			interpolated: key === 'basistrede' ? null : result.norms.interpolated[key],
			confirmed: confirmed && result.norms[key] !== null,
			source
		}));
}

/** One year after the period's end: the end of the next reference year. */
export function nextPeriodEnd(periodEnd: string): string {
	const [y, m, d] = periodEnd.split('-').map(Number) as [number, number, number];
	const next = new Date(Date.UTC(y + 1, m - 1, d));
	// 29 February + 1 year → 28 February, not 1 March.
	if (next.getUTCMonth() !== m - 1) next.setUTCDate(0);
	return next.toISOString().slice(0, 10);
}

export interface StoppingLine {
	id: string;
	countsUntil: string;
	weightedFte: number;
}

/** Lines that count now but stop before the end of the next reference year. */
export function linesStoppingBefore(
	result: AssessmentResult,
	input: AssessmentInput
): StoppingLine[] {
	const limit = nextPeriodEnd(input.period.end);
	return result.lines
		.filter((l) => l.countsOnPeriodEnd && l.countsUntil !== null && l.countsUntil < limit)
		.map((l) => ({ id: l.id, countsUntil: l.countsUntil!, weightedFte: l.weightedFte }))
		.sort((a, b) => a.countsUntil.localeCompare(b.countsUntil));
}
