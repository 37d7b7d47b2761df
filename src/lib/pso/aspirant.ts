// Aspirant route (contract §3.13, pso-method §8, sources S20, S52): a status for an
// organisation below trede 1 with an adopted, SMART, started plan aiming at trede 1+.
import type { ActionPlan } from './assessment-schema';
import { rungIndex, type RungCode } from './input-codes';
import type { AspirantMissingCode } from './result-codes';

export interface AspirantOutcome {
	available: boolean;
	missing: AspirantMissingCode[];
}

export function aspirantOutcome(
	eligible: boolean,
	rung: RungCode,
	plan: ActionPlan | null | undefined
): AspirantOutcome {
	const missing: AspirantMissingCode[] = [];
	if (!eligible) missing.push('not-eligible');
	else if (rungIndex(rung) >= rungIndex('trede-1')) missing.push('rung-at-or-above-trede-1');
	if (plan === null || plan === undefined) {
		missing.push('action-plan-missing');
	} else {
		if (plan.adopted !== true) missing.push('not-adopted');
		if (plan.smart !== true) missing.push('not-smart');
		if (plan.started !== true) missing.push('not-started');
		const target = plan.targetRung;
		if (target === null || target === undefined || rungIndex(target) < rungIndex('trede-1')) {
			missing.push('target-below-trede-1');
		}
	}
	return { available: missing.length === 0, missing };
}

/**
 * What to tell the user about the aspirant route. `missing` lists every unmet condition (the
 * result's contract), but once the organisation is not eligible, or already reaches trede 1,
 * the action plan cannot change the answer: only that one reason applies to the rung.
 */
export type AspirantView =
	| { kind: 'available' }
	| { kind: 'not-needed' }
	| { kind: 'not-possible'; reasons: AspirantMissingCode[] };

export function aspirantView(outcome: AspirantOutcome): AspirantView {
	if (outcome.available) return { kind: 'available' };
	if (outcome.missing.includes('not-eligible')) {
		return { kind: 'not-possible', reasons: ['not-eligible'] };
	}
	if (outcome.missing.includes('rung-at-or-above-trede-1')) return { kind: 'not-needed' };
	return { kind: 'not-possible', reasons: outcome.missing };
}
