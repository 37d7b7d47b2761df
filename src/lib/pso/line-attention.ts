// Lines an auditor would ask about (issue 10 item 5): a contract that ended before the period
// end, a line that starts after it, and a line whose counting window (contract §4) ends before
// the next reference year is over. Dates are ISO strings, so they compare as text.
import { nextReferencePeriodEnd } from './renewal-summary';

export const lineAttentionCodes = [
	'contract-ended',
	'starts-after-period',
	'window-ends-next-year'
] as const;
export type LineAttentionCode = (typeof lineAttentionCodes)[number];

/** One reason a line needs attention, with the date it is about. */
export interface LineAttention {
	code: LineAttentionCode;
	date: string;
}

export interface LineDates {
	start: string;
	end: string | null;
}

/**
 * Why this line needs attention, if at all. `countsUntil` is the engine's last counting day of
 * the line (`lines[].countsUntil`, as in stopping-lines.ts); leave it out when unknown, e.g. for
 * inputs that cannot be scored yet: the date checks still apply.
 */
export function lineAttention(
	line: LineDates,
	period: { end: string },
	countsUntil?: string | null
): LineAttention[] {
	if (line.start > period.end) return [{ code: 'starts-after-period', date: line.start }];
	if (line.end !== null && line.end < period.end) {
		return [{ code: 'contract-ended', date: line.end }];
	}
	// Counting on the period end but no longer on the next one: the same limit as the result
	// page's "stops counting" list (result-view.ts).
	if (
		countsUntil != null &&
		countsUntil >= period.end &&
		countsUntil < nextReferencePeriodEnd(period.end)
	) {
		return [{ code: 'window-ends-next-year', date: countsUntil }];
	}
	return [];
}

export interface FlaggedLine {
	id: string;
	attention: LineAttention[];
}

/** The lines that need attention, in the order given. */
export function linesNeedingAttention(
	lines: readonly (LineDates & { id: string })[],
	period: { end: string },
	countsUntilById: ReadonlyMap<string, string>
): FlaggedLine[] {
	return lines
		.map((l) => ({ id: l.id, attention: lineAttention(l, period, countsUntilById.get(l.id)) }))
		.filter((l) => l.attention.length > 0);
}
