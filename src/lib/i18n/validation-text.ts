import { m } from '$lib/paraglide/messages';
import type { Lang } from '$lib/pso/lang';
import type { NumberRefusal } from '$lib/pso/number-input';
import type { IssueCode, ValidationIssue } from '$lib/pso/validation-issues';

/**
 * Validation problems in the user's words. The engine (src/lib/pso) reports each problem as
 * a code with values and an English `message` for the CLI; pages and forms show these texts,
 * which live in the message catalogue. One `switch` over the codes, so a new code without
 * words is a type error.
 */

type Locale = { locale: Lang };
type Values = Partial<Record<string, string>>;

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** 1.000.000.000 in Dutch, 1,000,000,000 in English: as the reader writes numbers. */
function valuesIn(params: ValidationIssue['params'], lang: Lang): Values {
	const values: Values = {};
	for (const [key, value] of Object.entries(params ?? {})) {
		values[key] = typeof value === 'number' ? value.toLocaleString(LOCALES[lang]) : value;
	}
	return values;
}

/** The issue's words, or null when a value its sentence names is missing. */
function issueWords(code: IssueCode, v: Values, locale: Locale): string | null {
	switch (code) {
		case 'invalid-json':
			return m.issue_not_valid_json({}, locale);
		case 'required':
			return m.issue_required({}, locale);
		case 'invalid-type':
			return m.issue_wrong_type({}, locale);
		case 'not-finite':
			return m.issue_not_a_finite_number({}, locale);
		case 'unknown-field':
			return m.issue_unknown_field({}, locale);
		case 'invalid-date':
			return m.issue_not_a_real_date_yyyy_mm_dd({}, locale);
		case 'empty':
			return m.issue_must_not_be_empty({}, locale);
		case 'too-long':
			return v.max === undefined ? null : m.issue_at_most_max_characters({ max: v.max }, locale);
		case 'out-of-range':
			return v.min === undefined || v.max === undefined
				? null
				: m.issue_between_min_and_max({ min: v.min, max: v.max }, locale);
		case 'must-be-positive':
			return m.issue_must_be_positive({}, locale);
		case 'negative':
			return m.issue_must_not_be_negative({}, locale);
		case 'below-minimum':
			return v.min === undefined ? null : m.issue_at_least_min({ min: v.min }, locale);
		case 'above-maximum':
			return v.max === undefined ? null : m.issue_at_most_max({ max: v.max }, locale);
		case 'not-integer':
			return m.issue_not_a_whole_number({}, locale);
		case 'unknown-format':
			return m.issue_unsupported_file_format({}, locale);
		case 'unknown-ruleset':
			return m.issue_unknown_ruleset({}, locale);
		case 'unknown-position':
			return m.issue_unknown_starting_position({}, locale);
		case 'unknown-contract':
			return m.issue_unknown_contract_type({}, locale);
		case 'unknown-purchase-kind':
			return m.issue_unknown_supplier_kind({}, locale);
		case 'unknown-status':
			return m.issue_unknown_status({}, locale);
		case 'unknown-rung':
			return m.issue_unknown_rung({}, locale);
		case 'period-end-before-start':
			return m.issue_before_period_start({}, locale);
		case 'period-too-long':
			return v.max === undefined
				? null
				: m.issue_within_max_days_of_period_start({ max: v.max }, locale);
		case 'end-before-start':
			return m.issue_before_start_date({}, locale);
		case 'duplicate-id':
			return v.id === undefined ? null : m.issue_id_used_by_earlier_line({ id: v.id }, locale);
		case 'total-fte-below-target-group':
			return v.targetGroupFte === undefined
				? null
				: m.issue_below_target_group_fte({ targetGroupFte: v.targetGroupFte }, locale);
		case 'invalid-ruleset':
			return m.issue_not_a_valid_ruleset({}, locale);
		case 'looks-like-bsn':
			return m.issue_looks_like_bsn({}, locale);
		case 'looks-like-email':
			return m.issue_looks_like_email({}, locale);
		case 'looks-like-name':
			return m.issue_looks_like_name({}, locale);
		case 'contains-bsn':
			return m.issue_contains_possible_bsn({}, locale);
		case 'invalid':
			return m.issue_invalid({}, locale);
	}
}

/** The issue's sentence fragment in `lang` ("must be between 0 and 60"), values filled in. */
export function issueText(issue: Pick<ValidationIssue, 'code' | 'params'>, lang: Lang): string {
	const locale = { locale: lang };
	// An issue without the values its sentence names (e.g. "at most {max}" without max)
	// reads "is invalid" rather than a sentence with a hole.
	return (
		issueWords(issue.code, valuesIn(issue.params, lang), locale) ?? m.issue_invalid({}, locale)
	);
}

/** What a form field holds, for the examples of accepted forms in a refusal. */
export type NumberKind = 'amount' | 'decimal' | 'integer';

function refusalWords(reason: NumberRefusal, locale: Locale): string {
	switch (reason) {
		case 'ambiguous-number':
			return m.number_ambiguous_decimal_mark({}, locale);
		case 'invalid-number':
			return m.number_not_a_number({}, locale);
		case 'too-large':
			return m.number_too_large({}, locale);
	}
}

function acceptedForms(kind: NumberKind, locale: Locale): string {
	switch (kind) {
		case 'amount':
			return m.write_amount_like_48500({}, locale);
		case 'decimal':
			return m.write_number_like_32_5({}, locale);
		case 'integer':
			return m.write_whole_number_like_12({}, locale);
	}
}

/** Why a typed number was refused, and how to write it instead (number-input.ts). */
export function numberRefusalText(reason: NumberRefusal, kind: NumberKind, lang: Lang): string {
	const locale = { locale: lang };
	return `${refusalWords(reason, locale)} ${acceptedForms(kind, locale)}`;
}
