// Explanation steps and the text tables (every code has Dutch and English text).
import { describe, expect, it } from 'vitest';
import { contractLabels, purchaseKindLabels } from './contract-texts';
import {
	contractLabel,
	disclaimerText,
	explainResult,
	explanationSectionLabels,
	positionLabel,
	rungLabel,
	warningText
} from './explain';
import {
	contractCodes,
	positionCodes,
	purchaseKinds,
	qualitativeCriteria,
	qualitativeStatuses
} from './input-codes';
import { langs, type TextTable } from './lang';
import { positionLabels } from './position-texts';
import { aspirantMissingTexts, ineligibleReasonTexts, pso30plusReasonTexts } from './reason-texts';
import {
	aspirantMissingCodes,
	ineligibleReasonCodes,
	pso30plusReasonCodes,
	warningCodes
} from './result-codes';
import {
	qualitativeCriterionHelp,
	qualitativeCriterionLabels,
	qualitativeStatusLabels,
	rungLabels
} from './rung-texts';
import { evaluateAssessment, scoreAssessment } from './score';
import { assessment, line, purchaseForFte, ruleset } from './test-support/assessment-builder';
import { warningTexts } from './warning-texts';
import { explanationSections } from './explanation-step';

const tables: [string, TextTable<string>, readonly string[]][] = [
	['positions', positionLabels, positionCodes],
	['contracts', contractLabels, contractCodes],
	['purchase kinds', purchaseKindLabels, purchaseKinds],
	[
		'rungs',
		rungLabels,
		[
			'not-eligible',
			'none',
			'basistrede',
			'trede-1',
			'trede-2',
			'trede-3',
			'pso-30plus',
			'aspirant'
		]
	],
	['criteria', qualitativeCriterionLabels, qualitativeCriteria],
	['criterion help', qualitativeCriterionHelp, qualitativeCriteria],
	['statuses', qualitativeStatusLabels, qualitativeStatuses],
	['ineligible reasons', ineligibleReasonTexts, ineligibleReasonCodes],
	['aspirant missing', aspirantMissingTexts, aspirantMissingCodes],
	['30+ reasons', pso30plusReasonTexts, pso30plusReasonCodes],
	['warnings', warningTexts, warningCodes],
	['explanation sections', explanationSectionLabels, explanationSections]
];

describe('text tables', () => {
	it.each(tables)('%s: every code has non-empty nl and en text', (_name, table, codes) => {
		expect(Object.keys(table).sort()).toEqual([...codes].sort());
		for (const code of codes) {
			for (const lang of langs) expect(table[code]?.[lang]?.trim(), `${code}/${lang}`).toBeTruthy();
		}
	});

	it('keeps PSO proper nouns Dutch with an English gloss', () => {
		expect(rungLabel('trede-2', 'en')).toBe('trede 2 (rung 2)');
		expect(rungLabel('basistrede', 'en')).toBe('basistrede (base rung)');
		expect(rungLabel('trede-2', 'nl')).toBe('trede 2');
	});

	// The help beside the form moved to the message catalogue: src/lib/i18n/code-help.test.ts.
	it('offers label functions', () => {
		expect(positionLabel('ww', 'nl')).toBe('WW (minstens 6 maanden)');
		expect(contractLabel('trial', 'nl')).toBe('Proefplaatsing');
		expect(warningText('indirect-capped', 'en')).toContain('80 %');
	});

	// Validation issues are worded by the app: src/lib/i18n/validation-text.test.ts.
});

describe('disclaimer (contract §5)', () => {
	it.each([
		['nl', 'geen PSO-certificaat', 'rekenregels 2.1', '01-04-2023'],
		['en', 'not a PSO certificate', 'ruleset 2.1', '01/04/2023']
	] as const)(
		'%s names the ruleset and says it is no certificate',
		(lang, notCertificate, id, date) => {
			const text = disclaimerText(ruleset('2.1'), lang);
			expect(text).toContain(notCertificate);
			expect(text).toContain(id);
			expect(text).toContain(date);
			expect(text.toLowerCase()).toContain(
				lang === 'nl' ? 'indicatieve zelfbeoordeling' : 'indicative self-assessment'
			);
		}
	);
});

describe('explainResult', () => {
	const t1 = assessment({
		targetGroup: [line(), line()],
		organisation: { monthsActive: 36, headcount: 55 }
	});
	const rules = ruleset('2.1');
	const result = scoreAssessment(t1, rules);

	it('walks from the lines to the rung with the engine’s numbers (Dutch)', () => {
		const steps = explainResult(t1, rules, result, 'nl');
		const text = (code: string) =>
			steps.filter((step) => step.code === code).map((step) => step.text);
		expect(text('line-group')).toEqual([
			'2 × Wajong, regulier contract: samen 2,0 fte × weging 1 × 1 = 2,0 gewogen fte.'
		]);
		expect(text('direct')).toEqual([
			'Directe bijdrage: 2,0 gewogen fte / 50,0 fte totaal = 4,0\u00a0%.'
		]);
		expect(text('norms')[0]).toContain('trede 2 3,7\u00a0%');
		expect(text('norms')[0]).toContain('rekenregels 2.1, bron S19');
		expect(text('quantitative-rung')).toEqual([
			'Totaal 4,0\u00a0% haalt de norm voor trede 2 (3,7\u00a0%) maar niet die voor trede 3 (6,8\u00a0%): kwantitatief trede 2.'
		]);
		expect(text('rung')).toEqual(['Uitkomst: trede 2.']);
		expect(text('next-rung')[0]).toContain('Naar trede 3: nog 1,51 gewogen fte');
		expect(steps.find((step) => step.code === 'norms')).toMatchObject({
			rule: '§3.9',
			source: ['S19']
		});
	});

	it('walks the same steps in English', () => {
		const steps = explainResult(t1, rules, result, 'en');
		expect(steps.find((step) => step.code === 'direct')?.text).toBe(
			'Direct contribution: 2.0 weighted FTE / 50.0 total FTE = 4.0\u00a0%.'
		);
		expect(steps.find((step) => step.code === 'rung')?.text).toBe('Outcome: trede 2 (rung 2).');
		expect(steps.map((step) => step.code)).toEqual(
			explainResult(t1, rules, result, 'nl').map((step) => step.code)
		);
	});

	it('orders steps by section', () => {
		const steps = explainResult(t1, rules, result, 'en');
		const order = steps.map((step) => explanationSections.indexOf(step.section));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('uses a given trace and refuses a result of another ruleset', () => {
		const { trace } = evaluateAssessment(t1, rules);
		expect(explainResult(t1, rules, result, 'nl', { trace })).toEqual(
			explainResult(t1, rules, result, 'nl')
		);
		expect(() => explainResult(t1, ruleset('1.9'), result, 'nl')).toThrow(/2\.1/);
	});

	it('explains estimated norms, the cap and every warning', () => {
		const input = assessment({
			totalFte: 12,
			targetGroup: [line({ hoursPerWeek: 20 }), line({ position: 'ww' })],
			purchases: [purchaseForFte(5)]
		});
		const capped = scoreAssessment(input, rules);
		const steps = explainResult(input, rules, capped, 'nl');
		expect(steps.find((step) => step.code === 'norms')?.text).toContain(
			'strengere normen van 10 fte'
		);
		expect(steps.find((step) => step.code === 'cap')?.text).toContain('begrensd van');
		expect(steps.find((step) => step.code === 'lines-not-counted')?.text).toContain('maanden WW');
		expect(steps.filter((step) => step.code === 'warning').map((step) => step.warning)).toEqual(
			capped.warnings
		);
	});

	it('explains an ineligible organisation without grading it', () => {
		const input = assessment({ totalFte: 1.5, targetGroup: [line({ hoursPerWeek: 20 })] });
		const steps = explainResult(input, rules, scoreAssessment(input, rules), 'en');
		const codes = steps.map((step) => step.code);
		expect(codes).not.toContain('quantitative-rung');
		expect(codes).not.toContain('norms');
		expect(steps.find((step) => step.code === 'eligibility')?.text).toContain('less than 2 FTE');
		expect(steps.find((step) => step.code === 'rung')?.text).toBe('Outcome: not eligible.');
	});

	it('explains the aspirant route and PSO 30+', () => {
		const input = assessment({
			totalFte: 10,
			organisation: { headcount: 10 },
			targetGroup: [line(), line(), line(), line()]
		});
		const steps = explainResult(input, rules, scoreAssessment(input, rules), 'nl');
		expect(steps.find((step) => step.code === 'pso30plus')?.text).toContain('Voldoet aan PSO 30+.');
		expect(steps.find((step) => step.code === 'aspirant')?.text).toContain('al trede 1 of hoger');
	});
});
