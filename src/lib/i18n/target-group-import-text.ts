import { contractCellText, positionCellText } from '$lib/csv/target-group/codes';
import { targetGroupColumns, targetGroupFields } from '$lib/csv/target-group/columns';
import type { CellPlace, FileProblem, RowProblem } from '$lib/csv/target-group/problems';
import type {
	TargetGroupFileError,
	TargetGroupRowError,
	TargetGroupWarning
} from '$lib/csv/target-group/read-file';
import { m } from '$lib/paraglide/messages';
import { contractCodes, positionCodes } from '$lib/pso/input-codes';
import type { NumberConvention } from '$lib/pso/number-input';
import type { Lang } from '$lib/pso/lang';

/**
 * The target-group import's problems in the user's words. The CSV layer reports codes
 * and values; every text is in the message catalogue. Each row message is a whole
 * sentence naming its row and column, so it can stand alone in a list or a log.
 */

const MAX_ECHO = 40;

/** The user's own text, shortened so a pasted paragraph does not fill the page. */
function echo(value: string): string {
	return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO - 1)}…` : value;
}

function quoted(value: string): string {
	return `‘${echo(value)}’`;
}

function formatNumber(value: number, lang: Lang): string {
	return value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
}

/** The accepted forms of a number in a file with this convention (see number-input.ts). */
function numberForms(convention: NumberConvention | 'either' = 'either', lang: Lang): string {
	const locale = { locale: lang };
	switch (convention) {
		case 'nl':
			return m.csv_number_forms_decimal_comma({}, locale);
		case 'en':
			return m.csv_number_forms_decimal_point({}, locale);
		case 'either':
			return m.csv_number_forms_no_thousands({}, locale);
	}
}

function cellText(problem: RowProblem, lang: Lang): string {
	const locale = { locale: lang };
	switch (problem.code) {
		case 'invalid-number': {
			const { value, convention } = problem.params;
			const forms = numberForms(convention, lang);
			return m.csv_cell_not_a_number({ value: echo(value), forms }, locale);
		}
		case 'ambiguous-number': {
			const { value, convention } = problem.params;
			const why =
				(convention ?? 'either') === 'either'
					? m.csv_number_decimal_or_thousands({}, locale)
					: m.csv_number_other_convention({}, locale);
			const forms = numberForms(convention, lang);
			return m.csv_cell_ambiguous_number({ value: echo(value), why, forms }, locale);
		}
		case 'too-large':
			return m.csv_cell_too_large({ value: echo(problem.params.value) }, locale);
		// Never echo the value: it may be a real person's name or address.
		case 'looks-like-name':
			return m.csv_cell_id_looks_like_name({}, locale);
		case 'looks-like-email':
			return m.csv_cell_id_looks_like_email({}, locale);
		case 'invalid-date':
			return m.csv_cell_invalid_date({ value: echo(problem.params.value) }, locale);
		case 'two-digit-year':
			return m.csv_cell_two_digit_year({ value: echo(problem.params.value) }, locale);
		case 'invalid-boolean':
			return m.csv_cell_not_yes_or_no({ value: echo(problem.params.value) }, locale);
		case 'unknown-position': {
			const choices = positionCodes.map((code) => positionCellText(code, lang)).join(', ');
			return m.csv_cell_unknown_position({ value: echo(problem.params.value), choices }, locale);
		}
		case 'unknown-contract': {
			const choices = contractCodes.map((code) => contractCellText(code, lang)).join(', ');
			return m.csv_cell_unknown_contract({ value: echo(problem.params.value), choices }, locale);
		}
		case 'too-many-cells':
			return m.csv_row_more_cells_than_header({ columns: problem.params.headerColumns }, locale);
		case 'duplicate-id':
			return m.csv_cell_id_used_before({ firstRow: problem.params.firstRow }, locale);
		case 'id-exists':
			return m.csv_cell_id_exists({ id: echo(problem.params.id) }, locale);
		case 'required':
			return m.csv_cell_empty({}, locale);
		case 'too-long':
			return m.csv_cell_text_too_long({ max: problem.params.max }, locale);
		case 'out-of-range': {
			const { min, max } = problem.params;
			if (min !== undefined && max !== undefined) {
				const range = { min: formatNumber(min, lang), max: formatNumber(max, lang) };
				return m.csv_cell_value_between(range, locale);
			}
			if (max !== undefined) {
				return m.csv_cell_value_at_most({ max: formatNumber(max, lang) }, locale);
			}
			return m.csv_cell_value_out_of_range({}, locale);
		}
		case 'negative':
			return m.csv_cell_value_negative({}, locale);
		case 'below-minimum':
			return m.csv_cell_value_at_least({ min: formatNumber(problem.params.min, lang) }, locale);
		case 'must-be-positive':
			return m.csv_cell_value_not_above_zero({}, locale);
		case 'not-integer':
			return m.csv_cell_value_not_whole({}, locale);
		case 'end-before-start':
			return m.csv_cell_end_before_start({}, locale);
		case 'invalid':
			return m.csv_cell_value_invalid({ detail: problem.params.detail }, locale);
	}
}

function placeText({ row, column }: CellPlace, lang: Lang): string {
	return column === ''
		? m.csv_place_row({ row }, { locale: lang })
		: m.csv_place_cell({ row, column: echo(column) }, { locale: lang });
}

/** "Rij 4, kolom ‘uren’: ‘abc’ is geen getal. …" */
export function rowErrorText(error: TargetGroupRowError, lang: Lang): string {
	return `${placeText(error, lang)}: ${cellText(error, lang)}`;
}

function headerText(field: keyof typeof targetGroupColumns, lang: Lang): string {
	return targetGroupColumns[field].header[lang];
}

function fileProblemText(
	problem: FileProblem,
	where: { row: number | null; column: string | null },
	lang: Lang
): string {
	const locale = { locale: lang };
	const why = () => m.csv_personal_data_refused({}, locale);
	switch (problem.code) {
		case 'empty-file':
			return m.csv_file_empty({}, locale);
		case 'no-data-rows':
			return m.csv_file_no_data_rows({}, locale);
		case 'unterminated-quote':
			return m.csv_unterminated_quote({ row: problem.params.row }, locale);
		case 'missing-column':
			return m.csv_column_missing({ column: headerText(problem.params.field, lang) }, locale);
		case 'duplicate-column': {
			const and = ` ${m.conjunction_and({}, locale)} `;
			const columns = problem.params.columns.map(quoted).join(and);
			const column = headerText(problem.params.field, lang);
			return m.csv_columns_mean_the_same({ columns, column }, locale);
		}
		// The column is the header, or its letter where the header itself is a possible BSN.
		case 'personal-data-column':
			return m.csv_column_personal_data({ column: where.column ?? '', why: why() }, locale);
		case 'possible-bsn':
			return m.csv_cell_possible_bsn(
				{ row: where.row ?? 0, column: where.column ?? '', why: why() },
				locale
			);
	}
}

export function fileErrorText(error: TargetGroupFileError, lang: Lang): string {
	return fileProblemText(error, error, lang);
}

export function importWarningText(warning: TargetGroupWarning, lang: Lang): string {
	const locale = { locale: lang };
	if (warning.code === 'unnamed-column') {
		return m.csv_column_unnamed({ column: warning.column }, locale);
	}
	const known = targetGroupFields.map((field) => headerText(field, lang)).join(', ');
	return m.csv_column_unknown({ column: echo(warning.column), known }, locale);
}
