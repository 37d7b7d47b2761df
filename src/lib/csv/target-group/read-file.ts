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
import {
	fileProblem,
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

/**
 * Reads a target-group CSV (Dutch or English Excel, any of `;` `,` tab) into assessment
 * lines. All or nothing: lines only when the whole file is correct; otherwise every
 * problem found, each as a code with its row and column (the app words it).
 *
 * A file that looks like it holds personal data is refused before anything else is
 * read, and then only that is reported.
 */
export function parseTargetGroupCsv(bytes: Uint8Array): TargetGroupCsvResult {
	const csv = parseCsv(bytes);
	const [header, ...rows] = csv.records;
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

	const personalData = findPersonalData(csv.records);
	if (personalData.length > 0) {
		return fail(
			personalData.map(({ code, row, column }) => ({ ...fileProblem(code, {}), row, column }))
		);
	}
	if (csv.unterminatedQuoteRow !== null) {
		const row = csv.unterminatedQuoteRow;
		return fail([fileError('unterminated-quote', { row }, { row })]);
	}

	const { columns, errors: headerErrors, warnings } = mapHeader(header, rows);
	if (rows.length === 0) headerErrors.push(fileError('no-data-rows', {}));
	// Without the right columns every row would fail for the same reason: say it once.
	if (headerErrors.length > 0) return fail(headerErrors, [], warnings);

	const lines: TargetGroupLine[] = [];
	const rowErrors: TargetGroupRowError[] = [];
	const firstRowOfId = new Map<string, number>();
	const convention = numberConventionOf(csv.separator);
	for (const record of rows) {
		const outcome = readTargetGroupRow(record, columns, firstRowOfId, convention);
		if (outcome.id !== '' && !firstRowOfId.has(outcome.id)) {
			firstRowOfId.set(outcome.id, record.row);
		}
		if (outcome.ok) lines.push(outcome.line);
		else rowErrors.push(...outcome.errors);
	}
	if (rowErrors.length > 0) return fail([], rowErrors, warnings);
	return { ok: true, lines, warnings };
}
