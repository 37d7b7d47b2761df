import { describe, expect, it } from 'vitest';
import type { QualitativeCriterion, QualitativeStatus, RungCode } from './input-codes';
import {
	blockersFromCriteria,
	planBlockers,
	planBlockerText,
	type BlockerFacts
} from './plan-blockers';
import { resultRungLabel } from './result-rung-label';

const facts = (over: Partial<BlockerFacts> = {}): BlockerFacts => ({
	eligible: true,
	quantitativeRung: 'trede-3',
	qualitativeGaps: [],
	norms: { basistredeModelled: false },
	...over
});

type Statuses = Partial<Record<QualitativeCriterion, QualitativeStatus>>;

describe('planBlockers', () => {
	const cases: {
		name: string;
		result: BlockerFacts;
		statuses: Statuses | undefined;
		expected: ReturnType<typeof planBlockers>;
	}[] = [
		{
			name: 'trede 3 by the numbers, Begeleiding partly met',
			result: facts({ qualitativeGaps: ['guidance'] }),
			statuses: { guidance: 'partial' },
			expected: {
				criteria: [{ criterion: 'guidance', status: 'partial' }],
				unlocks: 'trede-3',
				basistredeModelled: false
			}
		},
		{
			name: 'every criterion met: nothing blocks',
			result: facts(),
			statuses: { guidance: 'met' },
			expected: null
		},
		{
			name: 'no rung by the numbers: the criteria do not hold anything back',
			result: facts({ quantitativeRung: 'none', qualitativeGaps: ['guidance'] }),
			statuses: { guidance: 'unmet' },
			expected: null
		},
		{
			name: 'not eligible',
			result: facts({
				eligible: false,
				quantitativeRung: 'not-eligible',
				qualitativeGaps: ['guidance']
			}),
			statuses: {},
			expected: null
		},
		{
			name: 'absent statuses read as unknown, in the handbook order',
			result: facts({ quantitativeRung: 'trede-1', qualitativeGaps: ['guidance', 'integration'] }),
			statuses: undefined,
			expected: {
				criteria: [
					{ criterion: 'integration', status: 'unknown' },
					{ criterion: 'guidance', status: 'unknown' }
				],
				unlocks: 'trede-1',
				basistredeModelled: false
			}
		},
		{
			name: 'a modelled basistrede is carried along',
			result: facts({
				quantitativeRung: 'basistrede',
				qualitativeGaps: ['development'],
				norms: { basistredeModelled: true }
			}),
			statuses: { development: 'unmet' },
			expected: {
				criteria: [{ criterion: 'development', status: 'unmet' }],
				unlocks: 'basistrede',
				basistredeModelled: true
			}
		},
		{
			name: 'a stored version-1 result (no basistredeModelled)',
			result: facts({ quantitativeRung: 'trede-2', qualitativeGaps: ['suitableWork'], norms: {} }),
			statuses: { suitableWork: 'partial' },
			expected: {
				criteria: [{ criterion: 'suitableWork', status: 'partial' }],
				unlocks: 'trede-2',
				basistredeModelled: false
			}
		}
	];
	it.each(cases)('$name', ({ result, statuses, expected }) => {
		expect(planBlockers(result, statuses)).toEqual(expected);
	});
});

describe('planBlockerText', () => {
	const cases: {
		gaps: QualitativeCriterion[];
		statuses: Statuses;
		rung: RungCode;
		modelled: boolean;
		nl: string;
		en: string;
	}[] = [
		{
			gaps: ['guidance'],
			statuses: { guidance: 'partial' },
			rung: 'trede-3',
			modelled: false,
			nl: 'Maak Begeleiding aantoonbaar (nu: deels voldaan) → dan trede 3',
			en: 'Make Guidance demonstrable (now: partly met) → then trede 3 (rung 3)'
		},
		{
			gaps: ['integration', 'guidance'],
			statuses: { integration: 'unmet' },
			rung: 'trede-1',
			modelled: false,
			nl: 'Maak Integratie (nu: niet voldaan) en Begeleiding (nu: onbekend) aantoonbaar → dan trede 1',
			en: 'Make Integration (now: not met) and Guidance (now: unknown) demonstrable → then trede 1 (rung 1)'
		},
		{
			gaps: ['development'],
			statuses: { development: 'partial' },
			rung: 'basistrede',
			modelled: true,
			nl: 'Maak Functioneren en ontwikkeling aantoonbaar (nu: deels voldaan) → dan basistrede (geschat model)',
			en: 'Make Functioning and development demonstrable (now: partly met) → then basistrede (base rung, estimated model)'
		}
	];
	it.each(cases)('$nl', ({ gaps, statuses, rung, modelled, nl, en }) => {
		const blockers = planBlockers(
			facts({
				quantitativeRung: rung,
				qualitativeGaps: gaps,
				norms: { basistredeModelled: modelled }
			}),
			statuses
		)!;
		expect(planBlockerText(blockers, 'nl')).toBe(nl);
		expect(planBlockerText(blockers, 'en')).toBe(en);
	});
});

describe('resultRungLabel', () => {
	it.each([
		{ code: 'basistrede', modelled: true, nl: 'basistrede (geschat model)' },
		{ code: 'basistrede', modelled: false, nl: 'basistrede' },
		{ code: 'basistrede', modelled: undefined, nl: 'basistrede' },
		{ code: 'trede-2', modelled: true, nl: 'trede 2' }
	] as const)('$code, modelled $modelled → $nl', ({ code, modelled, nl }) => {
		expect(resultRungLabel(code, 'nl', modelled)).toBe(nl);
	});
});

describe('blockersFromCriteria (renewal panel)', () => {
	it.each([
		{
			name: 'partly met guidance, numbers reach trede 3',
			criteria: [
				{ criterion: 'guidance', status: 'partial' },
				{ criterion: 'integration', status: 'met' }
			],
			unlocks: 'trede-3',
			text: 'Maak Begeleiding aantoonbaar (nu: deels voldaan) → dan trede 3'
		},
		{
			name: 'numbers short too: no promise of a rung',
			criteria: [{ criterion: 'guidance', status: 'unmet' }],
			unlocks: null,
			text: 'Maak Begeleiding aantoonbaar (nu: niet voldaan)'
		}
	] as const)('$name', ({ criteria, unlocks, text }) => {
		// The panel lists only gaps: a criterion met, or absent, does not block.
		expect(planBlockerText(blockersFromCriteria(criteria, unlocks)!, 'nl')).toBe(text);
	});

	it('is null when every listed criterion is met (met without evidence is a gap, not a blocker)', () => {
		expect(blockersFromCriteria([{ criterion: 'guidance', status: 'met' }], 'trede-2')).toBeNull();
		expect(blockersFromCriteria([], 'trede-2')).toBeNull();
	});
});
