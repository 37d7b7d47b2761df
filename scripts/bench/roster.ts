// Issue 10's roster target: a 10,000-person staff roster read, checked and turned into total
// FTE and headcount in under 2 s, as CSV (as Dutch Excel writes it) and as an .xlsx workbook
// (number and date cells, read by exceljs through the same checks).
import ExcelJS from 'exceljs';
import { parseStaffRosterCsv } from '../../src/lib/csv/staff-roster';
import { rosterFte } from '../../src/lib/pso/staff-fte';
import {
	readRosterUpload,
	type RosterUpload
} from '../../src/lib/server/assessments/staff-roster-upload';
import { median, report } from './server-harness';

const PERSONS = 10_000;
const RUNS = 5;
const HOURS = [40, 32, 24, 16, 36];

function rosterCsv(persons: number): Uint8Array {
	const rows = ['kenmerk;uren per week;startdatum;einddatum'];
	for (let i = 0; i < persons; i++) {
		const end = i % 7 === 0 ? '30-06-2025' : '';
		rows.push(`p-${i + 1};${HOURS[i % 5]};01-0${(i % 9) + 1}-2019;${end}`);
	}
	return new TextEncoder().encode(`\uFEFF${rows.join('\r\n')}\r\n`);
}

/** The same roster as a workbook: numbers as number cells, dates as date cells. */
async function rosterXlsx(persons: number): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Personeel');
	sheet.addRow(['kenmerk', 'uren per week', 'startdatum', 'einddatum']);
	for (let i = 0; i < persons; i++) {
		const end = i % 7 === 0 ? new Date(Date.UTC(2025, 5, 30)) : null;
		sheet.addRow([`p-${i + 1}`, HOURS[i % 5], new Date(Date.UTC(2019, i % 9, 1)), end]);
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function timeRoster(
	label: string,
	read: () => RosterUpload | Promise<RosterUpload>
): Promise<void> {
	const period = { start: '2025-01-01', end: '2025-12-31' };
	const samples: number[] = [];
	let persons = 0;
	for (let run = 0; run < RUNS; run++) {
		const start = performance.now();
		const parsed = await read();
		if (!parsed.ok) throw new Error(`roster refused: ${JSON.stringify(parsed).slice(0, 300)}`);
		persons = rosterFte(parsed.members, period, 40).persons;
		samples.push(performance.now() - start);
	}
	const ms = median(samples);
	report(
		`${label} roster of ${persons.toLocaleString('en')}: read, checked, FTE`,
		`${ms.toFixed(0)} ms`,
		'< 2000 ms',
		ms < 2000
	);
}

export async function benchRoster(): Promise<void> {
	console.log('\nStaff roster (issue 10; medians)');
	const csv = rosterCsv(PERSONS);
	await timeRoster('CSV', () => parseStaffRosterCsv(csv));
	const xlsx = await rosterXlsx(PERSONS);
	await timeRoster('.xlsx', () => readRosterUpload(xlsx, 'personeel.xlsx'));
}
