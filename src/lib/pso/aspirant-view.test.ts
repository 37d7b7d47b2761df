// Issue 11, small things: under trede 3 the aspirant text listed four action-plan reasons that
// cannot matter, joined by ".;". Only the reasons that apply to the rung are shown.
import { describe, expect, it } from 'vitest';
import { aspirantView, type AspirantView } from './aspirant';
import { explainResult } from './explain';
import type { AspirantMissingCode } from './result-codes';
import { aspirantViewText } from './reason-texts';
import { scoreAssessment } from './score';
import { assessment, line, ruleset } from './test-support/assessment-builder';

const planGaps: AspirantMissingCode[] = [
	'not-adopted',
	'not-smart',
	'not-started',
	'target-below-trede-1'
];

describe('aspirantView', () => {
	it.each<[string, AspirantMissingCode[], AspirantView]>([
		['everything in place', [], { kind: 'available' }],
		[
			'trede 3 with an empty plan',
			['rung-at-or-above-trede-1', ...planGaps],
			{ kind: 'not-needed' }
		],
		[
			'trede 1 without a plan',
			['rung-at-or-above-trede-1', 'action-plan-missing'],
			{
				kind: 'not-needed'
			}
		],
		[
			'not eligible, no plan',
			['not-eligible', 'action-plan-missing'],
			{
				kind: 'not-possible',
				reasons: ['not-eligible']
			}
		],
		['below trede 1, empty plan', planGaps, { kind: 'not-possible', reasons: planGaps }],
		[
			'below trede 1, not started',
			['not-started'],
			{
				kind: 'not-possible',
				reasons: ['not-started']
			}
		]
	])('%s', (_name, missing, view) => {
		expect(aspirantView({ available: missing.length === 0, missing })).toEqual(view);
	});
});

describe('aspirantViewText', () => {
	it.each<[string, AspirantView, 'nl' | 'en', string | null]>([
		['available', { kind: 'available' }, 'nl', null],
		[
			'not needed (nl)',
			{ kind: 'not-needed' },
			'nl',
			'De organisatie haalt al trede 1 of hoger; aspirant-status is dan niet nodig.'
		],
		[
			'not needed (en)',
			{ kind: 'not-needed' },
			'en',
			'The organisation already reaches trede 1 (rung 1) or higher, so aspirant status is not needed.'
		],
		[
			'two plan gaps (nl)',
			{ kind: 'not-possible', reasons: ['not-smart', 'not-started'] },
			'nl',
			'Aspirant-status is niet mogelijk. Het plan van aanpak is niet SMART (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden). De uitvoering van het plan van aanpak is nog niet begonnen.'
		]
	])('%s', (_name, view, lang, text) => {
		expect(aspirantViewText(view, lang)).toBe(text);
	});
});

describe('the aspirant explanation of a trede-3 result', () => {
	// 12 of 50 FTE = 24 %: trede 3, with an empty action plan.
	const input = assessment({
		targetGroup: Array.from({ length: 12 }, () => line()),
		actionPlan: {}
	});
	const result = scoreAssessment(input, ruleset());

	it.each(['nl', 'en'] as const)('names only "already trede 1" (%s)', (lang) => {
		expect(result.rung).toBe('trede-3');
		// The result itself (the CLI's contract) still lists every unmet condition.
		expect(result.aspirant.missing).toEqual(['rung-at-or-above-trede-1', ...planGaps]);
		const step = explainResult(input, ruleset(), result, lang).find((s) => s.code === 'aspirant');
		expect(step?.text).toBe(aspirantViewText({ kind: 'not-needed' }, lang));
		expect(step?.text).not.toMatch(/\.;|\.\.|SMART/);
	});
});
