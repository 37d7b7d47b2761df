import type { AssessmentInput, ValidationIssue } from '$lib/pso/assessment-schema';
import { decomposeChange, type ChangeDecomposition } from '$lib/pso/change-decomposition';
import { diffInputs, type InputDiff } from '$lib/pso/input-diff';
import { getRuleset } from '$lib/pso/ruleset-registry';
import { COMPARISON_TOLERANCE } from '$lib/pso/threshold';
import { loadInput } from './history';
import type { Assessment } from './records';
import type { Db } from '../db';

export interface Comparison {
	/** null when either side has no usable inputs at all (an empty draft). */
	diff: InputDiff | null;
	/** null until both sides can be scored. */
	decomposition: ChangeDecomposition | null;
	/**
	 * Both sides were scored but a total is not a finite number (a stored amount from
	 * before the input limits overflows): there is nothing meaningful to decompose.
	 */
	notComputable: boolean;
	issues: { a: ValidationIssue[]; b: ValidationIssue[] };
	/**
	 * A final assessment whose stored total differs from today's engine on its stored
	 * inputs (the engine changed since it was finalised). The comparison uses today's
	 * engine on both sides, so its parts add up; the page says so.
	 */
	storedDiffers: { a: boolean; b: boolean };
}

function inputOf(loaded: ReturnType<typeof loadInput>): AssessmentInput | null {
	return loaded.ok ? loaded.input : loaded.document;
}

/** What changed from `a` to `b`, and why their total % differ. Both of one organisation. */
export function compareAssessments(
	db: Db,
	a: Assessment,
	b: Assessment,
	organisationName: string
): Comparison {
	const loadedA = loadInput(db, a, organisationName);
	const loadedB = loadInput(db, b, organisationName);
	const inputA = inputOf(loadedA);
	const inputB = inputOf(loadedB);
	const rulesetA = getRuleset(a.rulesetId);
	const rulesetB = getRuleset(b.rulesetId);
	const scorable = loadedA.ok && loadedB.ok && rulesetA !== null && rulesetB !== null;
	const decomposition =
		loadedA.ok && loadedB.ok && rulesetA && rulesetB
			? decomposeChange(
					{ input: loadedA.input, ruleset: rulesetA },
					{ input: loadedB.input, ruleset: rulesetB }
				)
			: null;
	const differs = (stored: Assessment, fresh: number | undefined) =>
		stored.finalResult !== null &&
		fresh !== undefined &&
		Math.abs(stored.finalResult.totalPct - fresh) > COMPARISON_TOLERANCE;
	return {
		diff: inputA && inputB ? diffInputs(inputA, inputB) : null,
		decomposition,
		notComputable: scorable && decomposition === null,
		issues: {
			a: loadedA.ok ? [] : loadedA.issues,
			b: loadedB.ok ? [] : loadedB.issues
		},
		storedDiffers: {
			a: differs(a, decomposition?.from.totalPct),
			b: differs(b, decomposition?.to.totalPct)
		}
	};
}
