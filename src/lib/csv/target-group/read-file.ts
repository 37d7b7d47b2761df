import type { TargetGroupLine } from '../../pso/assessment-schema';
import { numberConventionOf } from '../cell-values';
import { columnLetter } from '../column-letter';
import { parseCsv, type CsvRecord } from '../parse-csv';
import { findPersonalData } from '../personal-data';
import {
	fieldForHeader,
	targetGroupColumns,
	targetGroupFields,
	type TargetGroupField
} from './columns';
import type { NumberConvention } from '../../pso/number-input';
import {
	fileProblem,
	rowProblem,
	type FileErrorCode,
	type FileErrorParams,
	type FileProblem,
	type WarningCode
} from './problems';
import { readTargetGroupRow, type ColumnMap, type TargetGroupRowError } from './row';

export type { TargetGroupRowError } from './row';

/** A problem with the file as a whole; the app words it (`code`, `params`) in the user's language. */
export type TargetGroupFileError = FileProblem & {
	/** Excel row number, when the problem is in one row. */
	readonly row: number | null;
	/** The header as the user wrote it (or a column letter), when the problem is in one column. */
	readonly column: string | null;
};

export interface TargetGroupWarning {
	readonly code: WarningCode;
	readonly column: string;
}

export type TargetGroupCsvResult =
	| {
			readonly ok: true;
			readonly lines: TargetGroupLine[];
			readonly warnings: TargetGroupWarning[];
	  }
	| {
			readonly ok: false;
			readonly fileErrors: TargetGroupFileError[];
			readonly rowErrors: TargetGroupRowError[];
			readonly warnings: TargetGroupWarning[];
			/** Data rows in the file (blank rows and the header not counted). */
			readonly rowCount: number;
	  };

function fileError<C extends FileErrorCode>(
	code: C,
	params: FileErrorParams[C],
	where: { row?: number; column?: string } = {}
): TargetGroupFileError {
	return { ...fileProblem(code, params), row: where.row ?? null, column: where.column ?? null };
}

/** Which field each header names, and what is wrong with the header as a whole. */
function mapHeader(header: CsvRecord, rows: readonly CsvRecord[]) {
	const fields = new Map<TargetGroupField, { index: number; header: string }>();
	const duplicates = new Map<TargetGroupField, string[]>();
	const warnings: TargetGroupWarning[] = [];
	const warn = (code: WarningCode, column: string) => warnings.push({ code, column });

	header.cells.forEach((cell, index) => {
		const text = cell.trim();
		if (text === '') {
			if (rows.some((row) => (row.cells[index] ?? '').trim() !== '')) {
				warn('unnamed-column', columnLetter(index));
			}
			return;
		}
		const field = fieldForHeader(text);
		if (field === undefined) return warn('unknown-column', text);
		const first = fields.get(field);
		if (first === undefined) fields.set(field, { index, header: text });
		else duplicates.set(field, [...(duplicates.get(field) ?? [first.header]), text]);
	});

	const errors: TargetGroupFileError[] = [];
	for (const [field, columns] of duplicates) {
		errors.push(fileError('duplicate-column', { field, columns }, { row: header.row }));
	}
	for (const field of targetGroupFields) {
		if (targetGroupColumns[field].required && !fields.has(field)) {
			errors.push(fileError('missing-column', { field }, { row: header.row }));
		}
	}
	const columns: ColumnMap = { fields, width: header.cells.length };
	return { columns, errors, warnings };
}

/** A target-group sheet's rows, from a CSV (parse-csv.ts) or the first worksheet of a workbook. */
export interface TargetGroupSheet {
	/** Non-empty records; the first is the header. */
	readonly records: readonly CsvRecord[];
	/** How the file writes its numbers (cell-values.ts `parseDecimal`). */
	readonly convention: NumberConvention | 'either';
	/** CSV only: the row where a quoted field is never closed. */
	readonly unterminatedQuoteRow?: number | null;
}

export interface TargetGroupReadOptions {
	/**
	 * Ids already in the assessment the lines are added to: a row with one of them is refused
	 * in the preview (`id-exists`) rather than after the user confirmed the whole file.
	 */
	readonly existingIds?: ReadonlySet<string>;
}

/**
 * Reads target-group rows into assessment lines. All or nothing: lines only when the whole
 * sheet is correct; otherwise every problem found, each as a code with its row (as Excel shows
 * it) and column (the app words it).
 *
 * A sheet that looks like it holds personal data is refused before anything else is read,
 * and then only that is reported.
 */
export function readTargetGroupSheet(
	sheet: TargetGroupSheet,
	options: TargetGroupReadOptions = {}
): TargetGroupCsvResult {
	const [header, ...rows] = sheet.records;
	const fail = (
		fileErrors: TargetGroupFileError[],
		rowErrors: TargetGroupRowError[] = [],
		warnings: TargetGroupWarning[] = []
	): TargetGroupCsvResult => ({
		ok: false,
		fileErrors,
		rowErrors,
		warnings,
		rowCount: rows.length
	});

	if (header === undefined) return fail([fileError('empty-file', {})]);

	const personalData = findPersonalData(sheet.records);
	if (personalData.length > 0) {
		return fail(
			personalData.map(({ code, row, column }) => ({ ...fileProblem(code, {}), row, column }))
		);
	}
	const unterminated = sheet.unterminatedQuoteRow ?? null;
	if (unterminated !== null) {
		return fail([fileError('unterminated-quote', { row: unterminated }, { row: unterminated })]);
	}

	const { columns, errors: headerErrors, warnings } = mapHeader(header, rows);
	if (rows.length === 0) headerErrors.push(fileError('no-data-rows', {}));
	// Without the right columns every row would fail for the same reason: say it once.
	if (headerErrors.length > 0) return fail(headerErrors, [], warnings);

	const lines: TargetGroupLine[] = [];
	const rowErrors: TargetGroupRowError[] = [];
	const firstRowOfId = new Map<string, number>();
	const existingIds = options.existingIds ?? new Set<string>();
	for (const record of rows) {
		const outcome = readTargetGroupRow(record, columns, firstRowOfId, sheet.convention);
		if (outcome.id !== '' && !firstRowOfId.has(outcome.id)) {
			firstRowOfId.set(outcome.id, record.row);
		}
		const errors = outcome.ok ? [] : [...outcome.errors];
		if (existingIds.has(outcome.id) && !errors.some((e) => e.field === 'id')) {
			const column = columns.fields.get('id')?.header ?? 'id';
			const problem = rowProblem('id-exists', { id: outcome.id });
			errors.unshift({ row: record.row, column, field: 'id', ...problem });
		}
		if (outcome.ok && errors.length === 0) lines.push(outcome.line);
		else rowErrors.push(...errors);
	}
	if (rowErrors.length > 0) return fail([], rowErrors, warnings);
	return { ok: true, lines, warnings };
}

/** Reads a target-group CSV (Dutch or English Excel, any of `;` `,` tab); see `readTargetGroupSheet`. */
export function parseTargetGroupCsv(
	bytes: Uint8Array,
	options: TargetGroupReadOptions = {}
): TargetGroupCsvResult {
	const csv = parseCsv(bytes);
	return readTargetGroupSheet(
		{
			records: csv.records,
			convention: numberConventionOf(csv.separator),
			unterminatedQuoteRow: csv.unterminatedQuoteRow
		},
		options
	);
}
