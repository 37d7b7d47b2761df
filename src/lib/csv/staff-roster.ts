import {
	MAX_HOURS_PER_WEEK,
	MAX_ID_LENGTH,
	MAX_LINES_PER_ASSESSMENT
} from '../pso/assessment-defaults';
import type { NumberConvention } from '../pso/number-input';
import { containsEmailAddress, looksLikePersonName } from '../pso/personal-name';
import type { StaffMember } from '../pso/staff-fte';
import { numberConventionOf, parseDate, parseDecimal } from './cell-values';
import { columnLetter } from './column-letter';
import { unescapeFormula } from './formula-escape';
import { parseCsv, type CsvRecord } from './parse-csv';
import { findPersonalData } from './personal-data';
import { fieldForHeader, type TargetGroupField } from './target-group/columns';
import {
	fileProblem,
	rowProblem,
	type RowErrorCode,
	type RowErrorParams
} from './target-group/problems';
import type { TargetGroupFileError, TargetGroupRowError } from './target-group/read-file';

/**
 * A pseudonymous staff roster (issue 10 item 4): per employment an id, hours per week, start
 * and end, under the same headers, number and date rules and personal-data refusal as the
 * target-group import, so its problems are worded by the same texts. Other columns
 * (department, job title) are ignored: a payroll export has many. Several rows may share an
 * id (one person, two contracts); they are one person for the headcount.
 */

const ROSTER_FIELDS = ['id', 'hoursPerWeek', 'start', 'end'] as const;
type RosterField = (typeof ROSTER_FIELDS)[number] & TargetGroupField;

export type StaffRosterResult =
	| { readonly ok: true; readonly members: StaffMember[] }
	| {
			readonly ok: false;
			readonly fileErrors: TargetGroupFileError[];
			readonly rowErrors: TargetGroupRowError[];
			/** More data rows than `MAX_ROSTER_ROWS` (null: a workbook too long to count); nothing else was checked. */
			readonly tooManyRows: { readonly rows: number | null } | null;
	  };

function fileError(
	problem: ReturnType<typeof fileProblem>,
	row: number | null = null,
	column: string | null = null
): TargetGroupFileError {
	return { ...problem, row, column };
}

function rowError<C extends RowErrorCode>(
	row: number,
	column: { field: RosterField; header: string },
	code: C,
	params: RowErrorParams[C]
): TargetGroupRowError {
	return { row, column: column.header, field: column.field, ...rowProblem(code, params) };
}

type Columns = Map<RosterField, { field: RosterField; index: number; header: string }>;

function mapHeader(header: CsvRecord): { columns: Columns; errors: TargetGroupFileError[] } {
	const columns: Columns = new Map();
	const seen = new Map<RosterField, string[]>();
	header.cells.forEach((cell, index) => {
		const text = cell.trim();
		const field = text === '' ? undefined : fieldForHeader(text);
		if (field === undefined || !(ROSTER_FIELDS as readonly string[]).includes(field)) return;
		const rosterField = field as RosterField;
		seen.set(rosterField, [...(seen.get(rosterField) ?? []), text]);
		if (!columns.has(rosterField))
			columns.set(rosterField, { field: rosterField, index, header: text });
	});
	const errors: TargetGroupFileError[] = [];
	for (const [field, headers] of seen) {
		if (headers.length > 1) {
			errors.push(
				fileError(fileProblem('duplicate-column', { field, columns: headers }), header.row)
			);
		}
	}
	// `end` is required as a column: a payroll export lists leavers too, and a forgotten column
	// must not silently turn every leaver into a current employee. (The target-group import
	// allows leaving it out: a list of current staff has no end dates.)
	for (const field of ROSTER_FIELDS) {
		if (!columns.has(field))
			errors.push(fileError(fileProblem('missing-column', { field }), header.row));
	}
	return { columns, errors };
}

function cell(record: CsvRecord, index: number): string {
	return unescapeFormula((record.cells[index] ?? '').trim());
}

function readRow(
	record: CsvRecord,
	columns: Columns,
	convention: NumberConvention | 'either'
): { member: StaffMember | null; errors: TargetGroupRowError[] } {
	const errors: TargetGroupRowError[] = [];
	const at = (field: RosterField) => columns.get(field)!;
	const { row } = record;

	const id = cell(record, at('id').index);
	if (id === '') errors.push(rowError(row, at('id'), 'required', {}));
	else if (id.length > MAX_ID_LENGTH)
		errors.push(rowError(row, at('id'), 'too-long', { max: MAX_ID_LENGTH }));
	// A possible BSN was refused for the whole file already (findPersonalData).
	else if (containsEmailAddress(id)) errors.push(rowError(row, at('id'), 'looks-like-email', {}));
	else if (looksLikePersonName(id)) errors.push(rowError(row, at('id'), 'looks-like-name', {}));

	let hoursPerWeek: number | null = null;
	const hoursText = cell(record, at('hoursPerWeek').index);
	if (hoursText === '') {
		errors.push(rowError(row, at('hoursPerWeek'), 'required', {}));
	} else {
		const read = parseDecimal(hoursText, convention);
		if (!read.ok) {
			errors.push(rowError(row, at('hoursPerWeek'), read.reason, { value: hoursText, convention }));
		} else if (read.value < 0 || read.value > MAX_HOURS_PER_WEEK) {
			errors.push(
				rowError(row, at('hoursPerWeek'), 'out-of-range', { min: 0, max: MAX_HOURS_PER_WEEK })
			);
		} else {
			hoursPerWeek = read.value;
		}
	}

	const readDate = (field: 'start' | 'end'): string | null | undefined => {
		const text = cell(record, at(field).index);
		if (text === '') {
			if (field === 'start') errors.push(rowError(row, at(field), 'required', {}));
			return field === 'end' ? null : undefined;
		}
		const read = parseDate(text);
		if (read.ok) return read.value;
		errors.push(rowError(row, at(field), read.reason, { value: text }));
		return undefined;
	};
	const start = readDate('start');
	const end = readDate('end');
	if (typeof start === 'string' && typeof end === 'string' && end < start) {
		errors.push(rowError(row, at('end'), 'end-before-start', {}));
	}

	if (
		errors.length > 0 ||
		hoursPerWeek === null ||
		typeof start !== 'string' ||
		end === undefined
	) {
		return { member: null, errors };
	}
	return { member: { id, hoursPerWeek, start, end }, errors };
}

/**
 * Most rows a roster may have: the same bound on the work one request can cause as the
 * target-group lines (MAX_LINES_PER_ASSESSMENT), for CSV and Excel alike.
 */
export const MAX_ROSTER_ROWS = MAX_LINES_PER_ASSESSMENT;

/** A roster's rows, from a CSV (parse-csv.ts) or the first worksheet of a workbook. */
export interface RosterSheet {
	/** Non-empty records; the first is the header. */
	readonly records: readonly CsvRecord[];
	/** How the file writes its numbers (cell-values.ts `parseDecimal`). */
	readonly convention: NumberConvention | 'either';
	/** CSV only: the row where a quoted field is never closed. */
	readonly unterminatedQuoteRow?: number | null;
}

/**
 * Reads a staff roster. All or nothing: members only when every row is correct. A file that
 * seems to hold personal data is refused before anything else is read.
 */
export function readStaffRoster(sheet: RosterSheet): StaffRosterResult {
	const [header, ...rows] = sheet.records;
	const fail = (fileErrors: TargetGroupFileError[], rowErrors: TargetGroupRowError[] = []) =>
		({ ok: false, fileErrors, rowErrors, tooManyRows: null }) as const;

	if (header === undefined) return fail([fileError(fileProblem('empty-file', {}))]);
	const personalData = findPersonalData(sheet.records);
	if (personalData.length > 0) {
		return fail(
			personalData.map(({ code, row, column }) => fileError(fileProblem(code, {}), row, column))
		);
	}
	const unterminated = sheet.unterminatedQuoteRow ?? null;
	if (unterminated !== null) {
		return fail([
			fileError(fileProblem('unterminated-quote', { row: unterminated }), unterminated)
		]);
	}
	if (rows.length > MAX_ROSTER_ROWS) {
		return { ok: false, fileErrors: [], rowErrors: [], tooManyRows: { rows: rows.length } };
	}
	const { columns, errors } = mapHeader(header);
	if (rows.length === 0) errors.push(fileError(fileProblem('no-data-rows', {})));
	if (errors.length > 0) return fail(errors);

	const width = header.cells.length;
	const members: StaffMember[] = [];
	const rowErrors: TargetGroupRowError[] = [];
	for (const record of rows) {
		// Cells beyond the header mean shifted columns: every other message would mislead.
		const stray = record.cells.findIndex((c, index) => index >= width && c.trim() !== '');
		if (stray !== -1) {
			rowErrors.push({
				row: record.row,
				column: columnLetter(stray),
				field: null,
				...rowProblem('too-many-cells', { headerColumns: width })
			});
			continue;
		}
		const { member, errors: problems } = readRow(record, columns, sheet.convention);
		if (member !== null) members.push(member);
		else rowErrors.push(...problems);
	}
	return rowErrors.length > 0 ? fail([], rowErrors) : { ok: true, members };
}

/** Reads a staff roster CSV (decoding, separator and number convention as parse-csv.ts). */
export function parseStaffRosterCsv(bytes: Uint8Array): StaffRosterResult {
	const csv = parseCsv(bytes);
	return readStaffRoster({
		records: csv.records,
		convention: numberConventionOf(csv.separator),
		unterminatedQuoteRow: csv.unterminatedQuoteRow
	});
}
