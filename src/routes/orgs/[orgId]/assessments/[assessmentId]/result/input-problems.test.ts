import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/pso/lang';
import type { ValidationIssue } from '$lib/pso/validation-issues';
import { inputProblems, type InputStep } from './input-problems';

type Issue = Pick<ValidationIssue, 'path' | 'code' | 'params'>;

describe('why a draft has no result, in words with the step that fixes it', () => {
	it.each<[string, Issue, Lang, InputStep, string]>([
		[
			'the empty draft: no total FTE',
			{ path: 'totalFte', code: 'must-be-positive' },
			'nl',
			'organisation',
			'Vul het totaal aantal fte in bij stap 1 (Organisatie).'
		],
		[
			'the empty draft in English',
			{ path: 'totalFte', code: 'must-be-positive' },
			'en',
			'organisation',
			'Fill in the total FTE in step 1 (Organisation).'
		],
		[
			'a total below the target group',
			{ path: 'totalFte', code: 'total-fte-below-target-group', params: { targetGroupFte: 3.5 } },
			'nl',
			'organisation',
			'Het totaal aantal fte is lager dan de fte van de doelgroep (3,5). Pas het totaal aan bij stap 1 (Organisatie).'
		],
		[
			'a figure of the organisation',
			{ path: 'organisation.monthsActive', code: 'above-maximum', params: { max: 600 } },
			'nl',
			'organisation',
			'Maanden met minstens 2 fte mag hoogstens 600 zijn. Pas dit aan bij stap 1 (Organisatie).'
		],
		[
			'a period date',
			{ path: 'period.end', code: 'period-end-before-start' },
			'nl',
			'organisation',
			'Einddatum mag niet vóór het begin van het peiljaar liggen. Pas dit aan bij stap 1 (Organisatie).'
		],
		[
			'a target-group line, named by its id',
			{ path: 'targetGroup[1].hoursPerWeek', code: 'out-of-range', params: { min: 0, max: 60 } },
			'nl',
			'workforce',
			'Doelgroepregel mw-002: Uren per week moet tussen 0 en 60 liggen. Pas dit aan bij stap 2 (Doelgroep).'
		],
		[
			'a purchase, by its place in the list',
			{ path: 'purchases[0].amount', code: 'negative' },
			'nl',
			'purchases',
			'Inkoopregel 1: Inkoopbedrag (€) mag niet negatief zijn. Pas dit aan bij stap 3 (Sociale inkoop).'
		],
		[
			'evidence, without a field label of its own',
			{ path: 'evidence.guidance.items[0].document', code: 'empty' },
			'nl',
			'evidence',
			'Kwalitatief en bewijs mag niet leeg zijn. Pas dit aan bij stap 4 (Kwalitatief en bewijs).'
		]
	])('%s', (_name, issue, lang, step, text) => {
		const lineIds = ['mw-001', 'mw-002'];
		const [problem] = inputProblems([issue], lang, (i) => lineIds[i]);
		expect(problem).toEqual({ step, text });
	});

	it('never shows a document path or an engine code', () => {
		const issues: Issue[] = [
			{ path: 'totalFte', code: 'must-be-positive' },
			{ path: 'targetGroup[0].start', code: 'invalid-date' },
			{ path: 'organisation.headcount', code: 'not-integer' },
			{ path: 'actionPlan.targetRung', code: 'unknown-rung' },
			{ path: 'ruleset', code: 'unknown-ruleset' }
		];
		for (const lang of ['nl', 'en'] as const) {
			for (const { text } of inputProblems(issues, lang)) {
				expect(text).not.toMatch(/totalFte|targetGroup|\[0\]|organisation\.|actionPlan|must-be/);
			}
		}
	});
});
