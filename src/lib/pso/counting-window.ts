// Counting windows (contract §4): the days on which a line may count, from its position
// and contract. "N years from D" runs through the day before D + N years (contract §3).
import type { TargetGroupLine } from './assessment-schema';
import type { LineDateField } from './input-codes';
import { lastDayOfYearsFrom, optionalDayNumber } from './iso-date';
import type { ContractRule, CountingWindow } from './ruleset-schema';

/** Filled in by `resolveWindow`; reused across lines so the scoring loop allocates nothing. */
export interface WindowBounds {
	/** First counting day (day number), -Infinity when open. */
	from: number;
	/** Last counting day (day number), Infinity when open. */
	to: number;
	/** Whether position or contract imposes an end (then `countsUntil` is `to`). */
	hasEnd: boolean;
	/** The window runs from an `inflow` later than `start` (warning `inflow-after-start`). */
	inflowAfterStart: boolean;
}

export function emptyWindowBounds(): WindowBounds {
	return { from: -Infinity, to: Infinity, hasEnd: false, inflowAfterStart: false };
}

function dateOf(line: TargetGroupLine, field: LineDateField): number | null {
	return optionalDayNumber(line[field]);
}

/**
 * Writes the counting window of `line` into `out`. `start` is the line's start as a day
 * number (already parsed by the caller).
 */
export function resolveWindow(
	rule: CountingWindow,
	contract: ContractRule,
	line: TargetGroupLine,
	start: number,
	out: WindowBounds
): void {
	out.from = -Infinity;
	out.to = Infinity;
	out.hasEnd = false;
	out.inflowAfterStart = false;
	switch (rule.kind) {
		case 'none':
			break;
		case 'years-from-inflow':
		case 'years-from-inflow-or-until': {
			// `inflow` defaults to `start` (contract §2); days before `start` never count anyway.
			const inflow = optionalDayNumber(line.inflow) ?? start;
			out.from = inflow;
			out.to = lastDayOfYearsFrom(inflow, rule.years);
			out.hasEnd = true;
			out.inflowAfterStart = inflow > start;
			if (rule.kind === 'years-from-inflow-or-until') {
				// participatiewet-lks: the later of the LKS end and N years from inflow (contract §4).
				// Without an end date the subsidy is taken as still running: no end (§6.4).
				const until = dateOf(line, rule.until);
				if (until === null) {
					out.to = Infinity;
					out.hasEnd = false;
				} else if (until > out.to) out.to = until;
			}
			break;
		}
		case 'until': {
			// wsw: until the indication ends, inclusive; no end date means no end (contract §2).
			const until = dateOf(line, rule.until);
			if (until !== null) {
				out.to = until;
				out.hasEnd = true;
			}
			break;
		}
		case 'years-after': {
			// vso-pro: 5 years after leaving school; no window while still at school (contract §4).
			const after = dateOf(line, rule.after);
			if (after !== null) {
				out.to = lastDayOfYearsFrom(after, rule.years);
				out.hasEnd = true;
			}
			break;
		}
	}
	const maxYears = contract.maxYearsFromStart;
	if (maxYears !== null) {
		// Placements count at most 3 years from `start` (contract §4, source S5).
		const last = lastDayOfYearsFrom(start, maxYears.value);
		if (last < out.to) out.to = last;
		out.hasEnd = true;
	}
}
