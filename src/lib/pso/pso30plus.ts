// PSO 30+ (contract §3.14, pso-method §9, source S22): a read-out within trede 3 that
// needs at least 30 % of the workforce from the target group, by headcount and by FTE.
import type { TargetGroupLine } from './assessment-schema';
import type { RungCode } from './input-codes';
import type { Pso30plusReasonCode } from './result-codes';
import type { ContractRule, PositionRule } from './ruleset-schema';
import { reaches } from './threshold';

/** Whether a line that counts on period.end qualifies for the 30+ shares (contract §3.14). */
export function lineQualifiesForPso30plus(
	position: PositionRule,
	contract: ContractRule,
	line: TargetGroupLine
): boolean {
	const byPosition = position.pso30plus.rule;
	if (byPosition === 'excluded') return false;
	if (byPosition === 'excluded-on-placement' && line.contract === 'placement') return false;
	if (byPosition === 'needs-further-indication' && line.furtherIndication !== true) return false;
	const byContract = contract.pso30plus.rule;
	if (byContract === 'never') return false;
	// Durable secondments qualify from 1.7; before it the ruleset says "never" (S22).
	if (byContract === 'durable-only' && line.durable !== true) return false;
	return true;
}

export interface Pso30plusOutcome {
	eligible: boolean;
	headcountPct: number | null;
	ftePct: number;
	reasons: Pso30plusReasonCode[];
}

export interface Pso30plusInputs {
	rung: RungCode;
	qualifyingPersons: number;
	qualifyingFte: number;
	headcount: number | null;
	totalFte: number;
	minSharePct: number;
}

export function pso30plusOutcome(inputs: Pso30plusInputs): Pso30plusOutcome {
	const { rung, qualifyingPersons, qualifyingFte, headcount, totalFte, minSharePct } = inputs;
	const headcountPct = headcount === null ? null : (100 * qualifyingPersons) / headcount;
	const ftePct = (100 * qualifyingFte) / totalFte;
	const reasons: Pso30plusReasonCode[] = [];
	if (rung !== 'trede-3') reasons.push('rung-below-trede-3');
	if (headcountPct === null) reasons.push('headcount-missing');
	else if (!reaches(headcountPct, minSharePct)) reasons.push('headcount-share-below-30');
	if (!reaches(ftePct, minSharePct)) reasons.push('fte-share-below-30');
	return { eligible: reasons.length === 0, headcountPct, ftePct, reasons };
}
