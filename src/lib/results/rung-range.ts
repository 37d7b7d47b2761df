// What the result leads with (contract §6.1, issue 10 item 2): the likely rung, and the range
// whenever the size's norm is not published, so one rung is not certain. Shared by the result
// page, report, overview, timeline and portfolio.
import type { RungCode } from '$lib/pso/input-codes';
import type { AssessmentResult } from '$lib/pso/result-schema';

export interface RungRangeView {
	likely: RungCode;
	atLeast: RungCode;
	atMost: RungCode;
	/** The organisation's size (rounded FTE), whose norm is not published. */
	size: number;
}

type RangeFacts = Pick<AssessmentResult, 'size' | 'rungRange' | 'likelyRung'>;

/**
 * The range when it spans more than one rung, else null (a tabled size, a single-rung range,
 * or a result stored before version 2, which has no range).
 */
export function rungRangeView(result: RangeFacts): RungRangeView | null {
	const range = result.rungRange;
	if (!range || range.atLeast === range.atMost) return null;
	return {
		likely: result.likelyRung ?? range.likely,
		atLeast: range.atLeast,
		atMost: range.atMost,
		size: result.size
	};
}

/** The rung to lead with: the likely one (§6.1), or the headline rung of a version-1 result. */
export function leadingRung(result: Pick<AssessmentResult, 'rung' | 'likelyRung'>): RungCode {
	return result.likelyRung ?? result.rung;
}
