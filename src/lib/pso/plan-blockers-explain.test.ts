// The plan in the explanation names the criterion that holds the rung back before any FTE,
// purchasing or PSO 30+ step (issue 10, item 3).
import { describe, expect, it } from 'vitest';
import { explainResult } from './explain';
import { scoreAssessment } from './score';
import { assessment, line, ruleset } from './test-support/assessment-builder';

const planOf = (input: ReturnType<typeof assessment>, lang: 'nl' | 'en' = 'nl') => {
	const rules = ruleset('2.1');
	return explainResult(input, rules, scoreAssessment(input, rules), lang)
		.filter((step) => step.section === 'plan')
		.map((step) => step.text);
};

// 10 full-time wajong lines of 50 FTE: 20 %, above trede 3 (6,8 %) at size 50.
const atTrede3 = (guidance: 'met' | 'partial') =>
	assessment({
		targetGroup: Array.from({ length: 10 }, () => line()),
		organisation: { monthsActive: 36, headcount: 60 },
		qualitative: { suitableWork: 'met', integration: 'met', development: 'met', guidance }
	});

describe('plan steps with a qualitative blocker', () => {
	it('puts "Begeleiding" first when the figures reach trede 3 but it is partly met', () => {
		const plan = planOf(atTrede3('partial'));
		expect(plan[0]).toBe('Maak Begeleiding aantoonbaar (nu: deels voldaan) → dan trede 3.');
		expect(plan.slice(1).some((text) => text.startsWith('Maak'))).toBe(false);
	});

	it('says it in English too', () => {
		expect(planOf(atTrede3('partial'), 'en')[0]).toBe(
			'Make Guidance demonstrable (now: partly met) → then trede 3 (rung 3).'
		);
	});

	it('has no blocker step when every criterion is met', () => {
		expect(planOf(atTrede3('met'))[0]).toBe('Kwantitatief haalt u al trede 3, de hoogste trede.');
	});

	it('comes before the FTE step when the figures reach only trede 1', () => {
		// 2 lines of 50 FTE: 4 %, trede 2 at size 50 (3,7 %); guidance unknown.
		const input = assessment({
			targetGroup: [line(), line()],
			qualitative: { suitableWork: 'met', integration: 'met', development: 'met' }
		});
		const plan = planOf(input);
		expect(plan[0]).toBe('Maak Begeleiding aantoonbaar (nu: onbekend) → dan trede 2.');
		expect(plan[1]).toContain('Naar trede 3');
	});
});
