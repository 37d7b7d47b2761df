// An uploaded target-group file, CSV or Excel (issue 11 item 5), read into lines by the one set
// of checks in csv/target-group/read-file.ts. Which reader is used follows the file's first
// bytes (read-xlsx.ts `spreadsheetKind`), not its name or the browser's MIME type, as for the
// staff roster (staff-roster-upload.ts).
import {
	parseTargetGroupCsv,
	readTargetGroupSheet,
	type TargetGroupCsvResult,
	type TargetGroupReadOptions
} from '$lib/csv/target-group/read-file';
import { MAX_LINES_PER_ASSESSMENT } from '$lib/pso/assessment-defaults';
import {
	readXlsx,
	spreadsheetKind,
	XLSX_NUMBER_CONVENTION,
	type XlsxProblem
} from '../spreadsheet/read-xlsx';

export type TargetGroupUpload =
	| TargetGroupCsvResult
	/** The file is no workbook we can read, or too big; nothing in it was checked. */
	| { readonly ok: false; readonly workbook: XlsxProblem };

export async function readTargetGroupUpload(
	bytes: Uint8Array,
	fileName: string,
	options: TargetGroupReadOptions = {}
): Promise<TargetGroupUpload> {
	const kind = spreadsheetKind(bytes, fileName);
	if (kind === 'csv') return parseTargetGroupCsv(bytes, options);
	if (kind !== 'xlsx') return { ok: false, workbook: { code: kind } };
	// More rows than an assessment may hold is `too-many-rows` before any row is checked.
	const read = await readXlsx(bytes, { maxRows: MAX_LINES_PER_ASSESSMENT });
	if (!read.ok) return { ok: false, workbook: read.problem };
	return readTargetGroupSheet(
		{ records: read.records, convention: XLSX_NUMBER_CONVENTION },
		options
	);
}
