import { describe, expect, it } from 'vitest';
import { parseAssessment } from '$lib/pso/assessment-schema';
import { langs } from '$lib/pso/lang';
import { validJson } from '$lib/pso/test-support/assessment-json';
import { issueCodes, type IssueCode } from '$lib/pso/validation-issues';
import { issueText, numberRefusalText } from './validation-text';

// The engine reports validation problems as codes with values; these are the words pages
// and forms show for them.

const allValues = { min: 0, max: 60, id: 'mw-1', targetGroupFte: 1.8 };

describe('validation issues in words', () => {
	it.each(issueCodes)('%s has its own words in both languages', (code) => {
		for (const lang of langs) {
			const text = issueText({ code, params: allValues }, lang);
			expect(text.trim(), lang).not.toBe('');
			expect(text, lang).not.toMatch(/[{}]|undefined/);
			if (code !== 'invalid') expect(text, lang).not.toBe(issueText({ code: 'invalid' }, lang));
		}
		expect(issueText({ code, params: allValues }, 'nl')).not.toBe(
			issueText({ code, params: allValues }, 'en')
		);
	});

	it('fills the values in both languages', () => {
		const issue = { code: 'out-of-range' as const, params: { min: 0, max: 60 } };
		expect(issueText(issue, 'nl')).toBe('moet tussen 0 en 60 liggen');
		expect(issueText(issue, 'en')).toBe('must be between 0 and 60');
		expect(issueText({ code: 'duplicate-id', params: { id: 'mw-7' } }, 'nl')).toBe(
			'"mw-7" wordt al door een eerdere regel gebruikt'
		);
	});

	it.each([
		['too-long', { max: 200 }],
		['out-of-range', { min: 0, max: 60 }],
		['below-minimum', { min: 1 }],
		['above-maximum', { max: 366 }],
		['period-too-long', { max: 366 }],
		['duplicate-id', { id: 'a' }],
		['total-fte-below-target-group', { targetGroupFte: 2 }]
	] satisfies [IssueCode, Record<string, string | number>][])(
		'%s without the values it names reads "is invalid", not a sentence with a hole',
		(code, values) => {
			for (const lang of langs) {
				const invalid = issueText({ code: 'invalid' }, lang);
				expect(issueText({ code }, lang)).toBe(invalid);
				for (const name of Object.keys(values)) {
					const partial = Object.fromEntries(Object.entries(values).filter(([k]) => k !== name));
					expect(issueText({ code, params: partial }, lang)).toBe(invalid);
				}
				expect(issueText({ code, params: values }, lang)).not.toBe(invalid);
			}
		}
	);

	it('writes numbers as the reader does', () => {
		const issue = { code: 'above-maximum' as const, params: { max: 1_000_000_000 } };
		expect(issueText(issue, 'nl')).toBe('mag hoogstens 1.000.000.000 zijn');
		expect(issueText(issue, 'en')).toBe('must be at most 1,000,000,000');
	});

	it("names the target group's FTE when the total FTE is below it", () => {
		const json = validJson();
		json.totalFte = 1;
		const outcome = parseAssessment(json);
		const issue = outcome.ok ? undefined : outcome.issues[0];
		expect(issue?.path).toBe('totalFte');
		expect(issue && issueText(issue, 'nl')).toBe(
			'moet minstens gelijk zijn aan de fte van de doelgroep in het peiljaar (1,8)'
		);
		expect(issue && issueText(issue, 'en')).toBe(
			"must be at least the target group's FTE in the period (1.8)"
		);
	});
});

describe('refused numbers in words', () => {
	it.each([
		[
			'invalid-number',
			'amount',
			'nl',
			'Dit is geen getal. Schrijf het bedrag als 48500 of 48.500,00.'
		],
		['too-large', 'decimal', 'en', 'This number is too large. Write the number as 32 or 32.5.'],
		[
			'ambiguous-number',
			'integer',
			'nl',
			'Dit getal is niet eenduidig: in het Nederlands is de komma het decimaalteken en scheidt een punt duizendtallen. Schrijf een geheel getal, zoals 12.'
		],
		[
			'ambiguous-number',
			'amount',
			'en',
			'This number is ambiguous: in English the point is the decimal mark and a comma separates thousands. Write the amount as 48500 or 48,500.00.'
		]
	] as const)('%s (%s, %s) says why and how to write it', (reason, kind, lang, expected) => {
		expect(numberRefusalText(reason, kind, lang)).toBe(expected);
	});
});
