// Aspirant route (contract §3.13).
import { describe, expect, it } from 'vitest';
import type { ActionPlan } from './assessment-schema';
import { aspirantOutcome } from './aspirant';
import type { RungCode } from './input-codes';
import { scoreAssessment } from './score';
import { assessment, line, ruleset } from './test-support/assessment-builder';

const fullPlan: ActionPlan = { adopted: true, smart: true, started: true, targetRung: 'trede-1' };

describe('aspirantOutcome', () => {
	it.each<[string, boolean, RungCode, ActionPlan | undefined, string[]]>([
		['complete plan, no rung', true, 'none', fullPlan, []],
		['complete plan, basistrede', true, 'basistrede', fullPlan, []],
		['aiming at trede 3', true, 'none', { ...fullPlan, targetRung: 'trede-3' }, []],
		['not eligible', false, 'not-eligible', fullPlan, ['not-eligible']],
		['already trede 1', true, 'trede-1', fullPlan, ['rung-at-or-above-trede-1']],
		['already trede 3', true, 'trede-3', fullPlan, ['rung-at-or-above-trede-1']],
		['no plan', true, 'none', undefined, ['action-plan-missing']],
		['not adopted', true, 'none', { ...fullPlan, adopted: false }, ['not-adopted']],
		['not SMART', true, 'none', { ...fullPlan, smart: undefined }, ['not-smart']],
		['not started', true, 'none', { ...fullPlan, started: null }, ['not-started']],
		[
			'aiming at the basistrede',
			true,
			'none',
			{ ...fullPlan, targetRung: 'basistrede' },
			['target-below-trede-1']
		],
		[
			'no target',
			true,
			'none',
			{ adopted: true, smart: true, started: true },
			['target-below-trede-1']
		],
		[
			'empty plan',
			true,
			'none',
			{},
			['not-adopted', 'not-smart', 'not-started', 'target-below-trede-1']
		],
		[
			'everything missing',
			false,
			'not-eligible',
			undefined,
			['not-eligible', 'action-plan-missing']
		]
	])('%s', (_name, eligible, rung, plan, missing) => {
		expect(aspirantOutcome(eligible, rung, plan)).toEqual({
			available: missing.length === 0,
			missing
		});
	});
});

describe('aspirant in a result', () => {
	it('is available when the final rung is below trede 1 because of qualitative gaps', () => {
		const result = scoreAssessment(
			assessment({ targetGroup: [line(), line()], qualitative: {}, actionPlan: fullPlan }),
			ruleset()
		);
		expect(result.quantitativeRung).toBe('trede-2');
		expect(result.rung).toBe('none');
		expect(result.aspirant).toEqual({ available: true, missing: [] });
	});
});
