// An uploaded staff roster, CSV or Excel (issue 10 item 4), read into members by the one
// set of checks in staff-roster.ts. Which reader is used follows the file's first bytes
// (read-xlsx.ts `spreadsheetKind`), not its name or the browser's MIME type.
import {
	MAX_ROSTER_ROWS,
	parseStaffRosterCsv,
	readStaffRoster,
	type StaffRosterResult
} from '$lib/csv/staff-roster';
import {
	readXlsx,
	spreadsheetKind,
	XLSX_NUMBER_CONVENTION,
	type XlsxProblem
} from '../spreadsheet/read-xlsx';

export type RosterUpload =
	| StaffRosterResult
	/** The file is no workbook we can read, or too big unpacked; nothing in it was checked. */
	| { readonly ok: false; readonly workbook: Exclude<XlsxProblem, { code: 'too-many-rows' }> };

export async function readRosterUpload(bytes: Uint8Array, fileName: string): Promise<RosterUpload> {
	const kind = spreadsheetKind(bytes, fileName);
	if (kind === 'csv') return parseStaffRosterCsv(bytes);
	if (kind !== 'xlsx') return { ok: false, workbook: { code: kind } };
	const read = await readXlsx(bytes, { maxRows: MAX_ROSTER_ROWS });
	if (read.ok)
		return readStaffRoster({ records: read.records, convention: XLSX_NUMBER_CONVENTION });
	const { problem } = read;
	if (problem.code === 'too-many-rows') {
		return { ok: false, fileErrors: [], rowErrors: [], tooManyRows: { rows: problem.rows } };
	}
	return { ok: false, workbook: problem };
}
