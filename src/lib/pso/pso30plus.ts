// PSO 30+ (contract §3.14 and §6.3, pso-method §9, sources S22, S2): a read-out within
// trede 3 that needs at least 30 % of the workforce from the target group, by headcount and
// by FTE, and from handbook 1.7 a fifth of those 30 % on regular contracts.
import type { TargetGroupLine } from './assessment-schema';
import type { ContractCode, RungCode } from './input-codes';
import type { Pso30plusReasonCode } from './result-codes';
import type { ContractRule, PositionRule } from './ruleset-schema';
import { reaches } from './threshold';

/** The 1.7 conditions for one assessment (contract §6.3); null under a ruleset without them. */
export interface QualifyingConditions {
	minHoursPerWeek: number;
	/** Day number: a flex line must have started on or before it (period.end − 6 months). */
	flexLatestStart: number;
}

/** Contracts that count as regular employment for the fifth of §6.3. */
export function isRegularContract(contract: ContractCode): boolean {
	return contract === 'regular' || contract === 'supported';
}

/**
 * Whether a line that counts on period.end qualifies for the 30+ shares (contract §3.14,
 * §6.3). `start` is the line's start as a day number.
 */
export function lineQualifiesForPso30plus(
	position: PositionRule,
	contract: ContractRule,
	line: TargetGroupLine,
	start: number,
	conditions: QualifyingConditions | null
): boolean {
	const byPosition = position.pso30plus.rule;
	if (byPosition === 'excluded') return false;
	if (byPosition === 'excluded-on-placement' && line.contract === 'placement') return false;
	if (byPosition === 'needs-further-indication' && line.furtherIndication !== true) return false;
	const byContract = contract.pso30plus.rule;
	if (byContract === 'never') return false;
	// Durable secondments qualify from 1.7; before it the ruleset says "never" (S22).
	if (byContract === 'durable-only' && line.durable !== true) return false;
	if (conditions !== null) {
		// §6.3: stated for flex work, applied to every line [I]: a 0-hour line is not a worker.
		if (!(line.hoursPerWeek >= conditions.minHoursPerWeek)) return false;
		if (line.contract === 'secondment-flex' && start > conditions.flexLatestStart) return false;
	}
	return true;
}

export interface Pso30plusOutcome {
	eligible: boolean;
	headcountPct: number | null;
	ftePct: number;
	/** Qualifying persons on a regular contract / headcount (§6.3); null without headcount. */
	regularPct: number | null;
	/** The regular fifth is the only missing condition: the PSO Kernteam may decide (§6.3). */
	kernteamPossible: boolean;
	reasons: Pso30plusReasonCode[];
}

export interface Pso30plusInputs {
	rung: RungCode;
	qualifyingPersons: number;
	/** Qualifying persons on a `regular` or `supported` contract. */
	regularPersons: number;
	qualifyingFte: number;
	headcount: number | null;
	totalFte: number;
	minSharePct: number;
	/** The regular fifth (6 %) under rulesets from 1.7; null where it does not apply. */
	regularMinSharePct: number | null;
}

export function pso30plusOutcome(inputs: Pso30plusInputs): Pso30plusOutcome {
	const { rung, qualifyingPersons, regularPersons, qualifyingFte, headcount, totalFte } = inputs;
	const { minSharePct, regularMinSharePct } = inputs;
	const headcountPct = headcount === null ? null : (100 * qualifyingPersons) / headcount;
	const regularPct = headcount === null ? null : (100 * regularPersons) / headcount;
	const ftePct = (100 * qualifyingFte) / totalFte;
	const reasons: Pso30plusReasonCode[] = [];
	if (rung !== 'trede-3') reasons.push('rung-below-trede-3');
	if (headcountPct === null) reasons.push('headcount-missing');
	else if (!reaches(headcountPct, minSharePct)) reasons.push('headcount-share-below-30');
	if (!reaches(ftePct, minSharePct)) reasons.push('fte-share-below-30');
	// §6.6 item 3: not listed without a headcount (the share is unknown, not missing).
	if (
		regularMinSharePct !== null &&
		regularPct !== null &&
		!reaches(regularPct, regularMinSharePct)
	) {
		reasons.push('regular-share-below-fifth');
	}
	const kernteamPossible = reasons.length === 1 && reasons[0] === 'regular-share-below-fifth';
	return {
		eligible: reasons.length === 0,
		headcountPct,
		ftePct,
		regularPct,
		kernteamPossible,
		reasons
	};
}
