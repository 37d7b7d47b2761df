// Lines that count on the period end but whose counting window ends (contract §3.16): who
// stops counting, and when. Renewal readiness warns about them before the audit.
import type { AssessmentResult } from './result-schema';

export interface StoppingLine {
	id: string;
	countsUntil: string;
	weightedFte: number;
}

/** The stopping lines of a result, earliest first. */
export function stoppingLines(lines: AssessmentResult['lines']): StoppingLine[] {
	return lines
		.filter((l) => l.countsOnPeriodEnd && l.countsUntil !== null)
		.map((l) => ({ id: l.id, countsUntil: l.countsUntil!, weightedFte: l.weightedFte }))
		.sort((a, b) => a.countsUntil.localeCompare(b.countsUntil) || a.id.localeCompare(b.id));
}
