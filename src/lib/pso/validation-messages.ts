// Validation problems in the reader's language, from their stable code and params
// (see validation-issues.ts). English texts match the `message` of the issue in spirit.
import { fillTemplate, type Lang, type TextTable } from './lang';
import type { NumberRefusal } from './number-input';
import type { IssueCode, ValidationIssue } from './validation-issues';

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export const issueTexts: TextTable<IssueCode> = {
	'invalid-json': { nl: 'is geen geldige JSON', en: 'is not valid JSON' },
	required: { nl: 'ontbreekt', en: 'is required' },
	'invalid-type': { nl: 'heeft het verkeerde type', en: 'has the wrong type' },
	'not-finite': { nl: 'moet een eindig getal zijn', en: 'must be a finite number' },
	'unknown-field': { nl: 'is geen bekend veld', en: 'is not a known field' },
	'invalid-date': {
		nl: 'moet een bestaande datum zijn in de vorm JJJJ-MM-DD',
		en: 'must be a real date written as YYYY-MM-DD'
	},
	empty: { nl: 'mag niet leeg zijn', en: 'must not be empty' },
	'too-long': {
		nl: 'mag hoogstens {max} tekens lang zijn',
		en: 'must be at most {max} characters'
	},
	'out-of-range': {
		nl: 'moet tussen {min} en {max} liggen',
		en: 'must be between {min} and {max}'
	},
	'must-be-positive': { nl: 'moet groter zijn dan 0', en: 'must be above 0' },
	negative: { nl: 'mag niet negatief zijn', en: 'must not be negative' },
	'below-minimum': { nl: 'moet minstens {min} zijn', en: 'must be at least {min}' },
	'above-maximum': { nl: 'mag hoogstens {max} zijn', en: 'must be at most {max}' },
	'not-integer': { nl: 'moet een geheel getal zijn', en: 'must be a whole number' },
	'unknown-format': {
		nl: 'is geen ondersteund bestandsformaat',
		en: 'is not a supported file format'
	},
	'unknown-ruleset': {
		nl: 'is geen bekende versie van de rekenregels',
		en: 'is not a known ruleset'
	},
	'unknown-position': {
		nl: 'is geen bekende uitgangspositie',
		en: 'is not a known starting position'
	},
	'unknown-contract': { nl: 'is geen bekend contracttype', en: 'is not a known contract type' },
	'unknown-purchase-kind': {
		nl: 'is geen bekend soort leverancier',
		en: 'is not a known kind of supplier'
	},
	'unknown-status': { nl: 'is geen bekende status', en: 'is not a known status' },
	'unknown-rung': { nl: 'is geen bekende trede', en: 'is not a known rung' },
	'period-end-before-start': {
		nl: 'mag niet vóór het begin van het peiljaar liggen',
		en: 'must not be before period.start'
	},
	'period-too-long': {
		nl: 'moet binnen {max} dagen na het begin van het peiljaar liggen',
		en: 'must lie within {max} days of period.start'
	},
	'end-before-start': { nl: 'mag niet vóór de startdatum liggen', en: 'must not be before start' },
	'duplicate-id': {
		nl: '"{id}" wordt al door een eerdere regel gebruikt',
		en: '"{id}" is used by an earlier line'
	},
	'total-fte-below-target-group': {
		nl: 'moet minstens gelijk zijn aan de fte van de doelgroep in het peiljaar ({targetGroupFte})',
		en: "must be at least the target group's FTE in the period ({targetGroupFte})"
	},
	'invalid-ruleset': { nl: 'is geen geldige set rekenregels', en: 'is not a valid ruleset' },
	'looks-like-bsn': {
		nl: 'lijkt op een BSN; gebruik een eigen code zoals mw-017, nooit een BSN of naam',
		en: 'looks like a BSN; use your own code such as emp-017, never a BSN or name'
	},
	'looks-like-email': {
		nl: 'lijkt op een e-mailadres; gebruik een eigen code zoals mw-017, nooit een naam of e-mailadres',
		en: 'looks like an e-mail address; use your own code such as emp-017, never a name or e-mail address'
	},
	'looks-like-name': {
		nl: 'lijkt op een naam; deze tool slaat geen namen op, gebruik een eigen code zoals mw-017',
		en: "looks like a person's name; this tool stores no names, use your own code such as emp-017"
	},
	'contains-bsn': {
		nl: 'bevat een nummer dat een BSN kan zijn (het voldoet aan de elfproef); deze tool slaat geen BSN’s op, laat het nummer weg',
		en: 'contains a number that could be a BSN (it passes the eleven test); this tool stores no BSNs, leave the number out'
	},
	invalid: { nl: 'is ongeldig', en: 'is invalid' }
};

/** The issue's sentence fragment in `lang`, placeholders filled from its params. */
export function issueText(issue: Pick<ValidationIssue, 'code' | 'params'>, lang: Lang): string {
	const params: Record<string, string | number> = {};
	for (const [key, value] of Object.entries(issue.params ?? {})) {
		// 1.000.000.000 in Dutch, 1,000,000,000 in English: as the reader writes numbers.
		params[key] = typeof value === 'number' ? value.toLocaleString(LOCALES[lang]) : value;
	}
	const text = fillTemplate(issueTexts[issue.code][lang], params);
	// A template whose params are missing (e.g. "at most {max}" without max) falls back.
	return /\{\w+\}/.test(text) ? issueTexts.invalid[lang] : text;
}

/** What a form field holds, for the examples of accepted forms in a refusal. */
export type NumberKind = 'amount' | 'decimal' | 'integer';

const numberRefusalTexts: TextTable<NumberRefusal> = {
	'ambiguous-number': {
		nl: 'Dit getal is niet eenduidig: in het Nederlands is de komma het decimaalteken en scheidt een punt duizendtallen.',
		en: 'This number is ambiguous: in English the point is the decimal mark and a comma separates thousands.'
	},
	'invalid-number': { nl: 'Dit is geen getal.', en: 'This is not a number.' },
	'too-large': { nl: 'Dit getal is te groot.', en: 'This number is too large.' }
};

const acceptedForms: TextTable<NumberKind> = {
	amount: {
		nl: 'Schrijf het bedrag als 48500 of 48.500,00.',
		en: 'Write the amount as 48500 or 48,500.00.'
	},
	decimal: { nl: 'Schrijf het getal als 32 of 32,5.', en: 'Write the number as 32 or 32.5.' },
	integer: { nl: 'Schrijf een geheel getal, zoals 12.', en: 'Write a whole number, such as 12.' }
};

/** Why a typed number was refused, and how to write it instead (number-input.ts). */
export function numberRefusalText(reason: NumberRefusal, kind: NumberKind, lang: Lang): string {
	return `${numberRefusalTexts[reason][lang]} ${acceptedForms[kind][lang]}`;
}
