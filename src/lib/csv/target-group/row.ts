import { targetGroupLineSchema, type TargetGroupLine } from '../../pso/assessment-schema';
import type { NumberConvention } from '../../pso/number-input';
import { issuesFromZod, type ValidationIssue } from '../../pso/validation-issues';
import { parseBoolean, parseDate, parseDecimal } from '../cell-values';
import { columnLetter } from '../column-letter';
import { unescapeFormula } from '../formula-escape';
import type { CsvRecord } from '../parse-csv';
import { lookupContract, lookupPosition } from './codes';
import { targetGroupColumns, targetGroupFields, type TargetGroupField } from './columns';
import {
	rowProblem,
	type CellPlace,
	type RowErrorCode,
	type RowErrorParams,
	type RowProblem
} from './problems';

/** A problem in one row; the app words it (`code`, `params`) in the user's language. */
export type TargetGroupRowError = RowProblem & {
	/** Excel row number (the header is row 1). */
	readonly row: number;
	/** The header as the user wrote it (the field name if the column is absent, a letter if unnamed). */
	readonly column: string;
	/** `null` for a problem with the row as a whole. */
	readonly field: TargetGroupField | null;
};

/** Where each known field is in the file; `width` is the number of header cells. */
export interface ColumnMap {
	readonly fields: ReadonlyMap<
		TargetGroupField,
		{ readonly index: number; readonly header: string }
	>;
	readonly width: number;
}

export type RowOutcome =
	| { readonly ok: true; readonly line: TargetGroupLine; readonly id: string }
	| { readonly ok: false; readonly errors: TargetGroupRowError[]; readonly id: string };

/** The trimmed text of a cell, with our own formula escape undone. */
function cellText(record: CsvRecord, index: number): string {
	return unescapeFormula((record.cells[index] ?? '').trim());
}

function makeError<C extends RowErrorCode>(
	place: CellPlace,
	field: TargetGroupField | null,
	code: C,
	params: RowErrorParams[C]
): TargetGroupRowError {
	return { ...place, field, ...rowProblem(code, params) };
}

type CellErrorCode =
	| 'unknown-position'
	| 'unknown-contract'
	| 'invalid-number'
	| 'ambiguous-number'
	| 'too-large'
	| 'invalid-date'
	| 'two-digit-year'
	| 'invalid-boolean';

type CellRead = { ok: true; value: unknown } | { ok: false; code: CellErrorCode };

function readCell(
	field: TargetGroupField,
	text: string,
	convention: NumberConvention | 'either'
): CellRead {
	switch (targetGroupColumns[field].kind) {
		case 'text':
			return { ok: true, value: text };
		case 'position': {
			const code = lookupPosition(text);
			return code ? { ok: true, value: code } : { ok: false, code: 'unknown-position' };
		}
		case 'contract': {
			const code = lookupContract(text);
			return code ? { ok: true, value: code } : { ok: false, code: 'unknown-contract' };
		}
		case 'decimal': {
			const result = parseDecimal(text, convention);
			return result.ok ? result : { ok: false, code: result.reason };
		}
		case 'date': {
			const result = parseDate(text);
			return result.ok ? result : { ok: false, code: result.reason };
		}
		case 'boolean': {
			const result = parseBoolean(text);
			return result.ok ? result : { ok: false, code: result.reason };
		}
	}
}

const numberParam = (issue: ValidationIssue, key: string): number | undefined => {
	const value = issue.params?.[key];
	return typeof value === 'number' ? value : undefined;
};

/** A schema issue in this file's words; codes the CSV cannot produce fall back to `invalid`. */
function errorFromIssue(
	place: CellPlace,
	field: TargetGroupField | null,
	issue: ValidationIssue
): TargetGroupRowError {
	switch (issue.code) {
		case 'required':
		case 'empty':
			return makeError(place, field, 'required', {});
		case 'too-long':
			return makeError(place, field, 'too-long', { max: numberParam(issue, 'max') ?? 0 });
		case 'out-of-range':
			return makeError(place, field, 'out-of-range', {
				min: numberParam(issue, 'min'),
				max: numberParam(issue, 'max')
			});
		case 'below-minimum':
			return makeError(place, field, 'below-minimum', { min: numberParam(issue, 'min') ?? 0 });
		case 'above-maximum':
			return makeError(place, field, 'out-of-range', { max: numberParam(issue, 'max') });
		case 'negative':
		case 'must-be-positive':
		case 'not-integer':
		case 'end-before-start':
		case 'looks-like-name':
		case 'looks-like-email':
			return makeError(place, field, issue.code, {});
		default:
			return makeError(place, field, 'invalid', { detail: issue.message });
	}
}

function isField(key: string): key is TargetGroupField {
	return (targetGroupFields as readonly string[]).includes(key);
}

/**
 * Reads one data row: each cell by its column's kind, then the whole line through the
 * assessment schema, so the CSV accepts exactly what the JSON format accepts. One error
 * per cell at most; a row with filled cells beyond the header is reported only for that,
 * because its columns are probably shifted and every other message would mislead.
 * `firstRowOfId` holds the ids of earlier rows, for the duplicate check; `convention` is
 * how the file writes numbers (`numberConventionOf` its separator).
 */
export function readTargetGroupRow(
	record: CsvRecord,
	columns: ColumnMap,
	firstRowOfId: ReadonlyMap<string, number>,
	convention: NumberConvention | 'either' = 'either'
): RowOutcome {
	const idColumn = columns.fields.get('id');
	const id = idColumn ? cellText(record, idColumn.index) : '';

	const stray = record.cells.findIndex(
		(cell, index) => index >= columns.width && cell.trim() !== ''
	);
	const tooManyCells = () => {
		const place = { row: record.row, column: columnLetter(stray === -1 ? columns.width : stray) };
		return makeError(place, null, 'too-many-cells', { headerColumns: columns.width });
	};
	if (stray !== -1) return { ok: false, id, errors: [tooManyCells()] };

	const errors: TargetGroupRowError[] = [];
	const failed = new Set<string>();
	// An empty end cell, or no end column at all, is "still employed".
	const input: Record<string, unknown> = { end: null };
	for (const [field, { index, header }] of columns.fields) {
		const text = cellText(record, index);
		if (text === '') continue;
		const read = readCell(field, text, convention);
		if (read.ok) {
			input[field] = read.value;
		} else {
			failed.add(field);
			const place = { row: record.row, column: header };
			errors.push(makeError(place, field, read.code, { value: text, convention }));
		}
	}

	const parsed = targetGroupLineSchema.safeParse(input);
	if (!parsed.success) {
		for (const issue of issuesFromZod(parsed.error, input)) {
			const field = isField(issue.path) ? issue.path : null;
			if (field !== null && failed.has(field)) continue;
			if (field !== null) failed.add(field);
			const column = field === null ? '' : (columns.fields.get(field)?.header ?? field);
			errors.push(errorFromIssue({ row: record.row, column }, field, issue));
		}
	}
	const firstRow = firstRowOfId.get(id);
	if (idColumn && firstRow !== undefined && !failed.has('id')) {
		const place = { row: record.row, column: idColumn.header };
		errors.push(makeError(place, 'id', 'duplicate-id', { firstRow }));
	}
	if (parsed.success && errors.length === 0) return { ok: true, line: parsed.data, id };
	// Empty cells beyond the header are harmless on their own (trailing separators), but
	// in a failing row they are the likely cause: a decimal comma split a number in two.
	if (record.cells.length > columns.width) errors.push(tooManyCells());
	const order = (error: TargetGroupRowError) =>
		error.field === null ? -1 : (columns.fields.get(error.field)?.index ?? columns.width);
	errors.sort((a, b) => order(a) - order(b));
	return { ok: false, errors, id };
}
