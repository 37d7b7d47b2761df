// Texts of version 2 (contract §6.1, §6.2, §6.4): a total that misses a norm never reads as
// equal to it, defaults are labelled, modelled values read as estimates, the range is
// said, and a blocked purchase names its reason. Also what the CLI prints.
import { describe, expect, it } from 'vitest';
import { runScoreCli } from '../../../scripts/score-cli';
import type { AssessmentInput } from './assessment-schema';
import { explainResult } from './explain';
import { formatPctApart } from './format-number';
import { scoreAssessment } from './score';
import { assessment, line, purchaseForFte, ruleset } from './test-support/assessment-builder';

function stepText(input: AssessmentInput, code: string, lang: 'nl' | 'en' = 'nl'): string {
	const result = scoreAssessment(input, ruleset());
	const steps = explainResult(input, ruleset(), result, lang);
	return steps
		.filter((step) => step.code === code)
		.map((step) => step.text)
		.join('\n');
}

describe('a total that misses a norm is never printed as equal to it', () => {
	it.each<[number, number, string, string]>([
		[5.6999, 5.7, 'nl', '5,6999\u00a0%'],
		[5.69999999, 5.7, 'en', '5.69999999\u00a0%'],
		[4.0, 4.0, 'nl', '4,0\u00a0%'],
		[3.61, 3.7, 'nl', '3,61\u00a0%']
	])('%d beside %d (%s): %s', (value, norm, lang, text) => {
		expect(formatPctApart(value, norm, lang as 'nl' | 'en')).toBe(text);
	});

	it('in the explanation: 5,6999 % misses the 5,7 % norm of trede 3 at size 60', () => {
		// 3 full-time + 0.41994 FTE in 60 FTE = 5.6999 %.
		const input = assessment({
			totalFte: 60,
			targetGroup: [line(), line(), line(), line({ hoursPerWeek: 0.41994 * 40 })]
		});
		const text = stepText(input, 'quantitative-rung');
		expect(text).toContain('Totaal 5,6999\u00a0%');
		expect(text).toContain('(5,7\u00a0%)');
	});
});

describe('defaults the user did not enter are labelled (contract §6.4)', () => {
	it.each<[AssessmentInput['organisation'], 'nl' | 'en', string, string]>([
		[{}, 'nl', '12 maanden (standaard)', 'uren per week / 40 (standaard)'],
		[{}, 'en', '12 months (default)', 'hours per week / 40 (default)'],
		[{ monthsActive: 12, fulltimeHours: 40 }, 'nl', '12 maanden met', 'uren per week / 40 ×']
	])('organisation %j in %s', (organisation, lang, months, hours) => {
		const input = assessment({ organisation, targetGroup: [line()] });
		expect(stepText(input, 'eligibility', lang)).toContain(months);
		expect(stepText(input, 'period', lang)).toContain(hours);
	});
});

describe('modelled basistrede and the range in the explanation (contract §6.1, §6.2)', () => {
	it('shows the modelled norm as an estimate with its formula', () => {
		const text = stepText(assessment({ targetGroup: [line()] }), 'norms');
		expect(text).toContain('basistrede 2,41\u00a0% (geschat model, geen PSO-norm');
		expect(text).toContain('exp(ln 3,0 − 1,0411 × (ln 3,7 − ln 3,0))');
	});

	it('names all three norm sets and the range for an untabled size', () => {
		const input = assessment({ totalFte: 9, targetGroup: [line({ hoursPerWeek: 36 })] });
		expect(stepText(input, 'norms')).toMatch(
			/strengere normen van 5 fte.*geïnterpoleerd.*Mild, met de normen van 10 fte/s
		);
		expect(stepText(input, 'quantitative-rung')).toContain(
			'waarschijnlijk trede 1 (tussen basistrede en trede 2)'
		);
	});

	it('a reached modelled basistrede reads as an estimate', () => {
		const input = assessment({ targetGroup: [line({ hoursPerWeek: 50 })] });
		expect(stepText(input, 'quantitative-rung')).toContain('2,41\u00a0%, geschat model');
	});
});

describe('the plan names why a purchase cannot do it (contract §6.4)', () => {
	it.each<[string, AssessmentInput, string]>([
		[
			'cap',
			assessment({ targetGroup: [line({ hoursPerWeek: 10 })] }),
			'hoogstens 4 × de directe bijdrage'
		],
		[
			'no-yield',
			assessment({
				targetGroup: [line()],
				purchases: [{ ...purchaseForFte(1), supplierDirectPct: 0 }]
			}),
			'levert geen fte per euro op'
		]
	])('%s', (_name, input, text) => {
		expect(stepText(input, 'next-rung')).toContain(text);
	});
});

describe('CLI text output (contract §6.1)', () => {
	it('prints the likely rung with its range and the modelled basistrede', () => {
		const input = assessment({ totalFte: 9, targetGroup: [line({ hoursPerWeek: 36 })] });
		const outcome = runScoreCli(['x.json', '--format', 'text'], {
			readFile: () => JSON.stringify(input)
		});
		expect(outcome.exitCode).toBe(0);
		expect(outcome.stdout).toContain('Waarschijnlijk: trede 1 (tussen basistrede en trede 2)');
		expect(outcome.stdout).toContain('Basistrede-norm: 9,22\u00a0% (geschat model, geen PSO-norm)');
	});

	it('prints every version-2 field in JSON', () => {
		const outcome = runScoreCli(['x.json'], {
			readFile: () => JSON.stringify(assessment({ targetGroup: [line()] }))
		});
		const result = JSON.parse(outcome.stdout) as Record<string, unknown>;
		for (const key of ['rungRange', 'likelyRung', 'evidenceMissing'])
			expect(result).toHaveProperty(key);
		expect(result).toHaveProperty('norms.lenient');
		expect(result).toHaveProperty('norms.basistredeModelled', true);
		expect(result).toHaveProperty('pso30plus.regularPct');
		expect(result).toHaveProperty('pso30plus.kernteamPossible');
	});
});
