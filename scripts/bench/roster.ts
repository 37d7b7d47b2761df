// Issue 10's roster target: a 10,000-person staff roster (CSV, as Dutch Excel writes it) read,
// checked and turned into total FTE and headcount in under 2 s.
import { parseStaffRosterCsv } from '../../src/lib/csv/staff-roster';
import { rosterFte } from '../../src/lib/pso/staff-fte';
import { median, report } from './server-harness';

const PERSONS = 10_000;
const RUNS = 5;

function rosterCsv(persons: number): Uint8Array {
	const rows = ['kenmerk;uren per week;startdatum;einddatum'];
	for (let i = 0; i < persons; i++) {
		const hours = [40, 32, 24, 16, 36][i % 5]!;
		const end = i % 7 === 0 ? '30-06-2025' : '';
		rows.push(`p-${i + 1};${hours};01-0${(i % 9) + 1}-2019;${end}`);
	}
	return new TextEncoder().encode(`\uFEFF${rows.join('\r\n')}\r\n`);
}

export async function benchRoster(): Promise<void> {
	console.log('\nStaff roster (issue 10)');
	const bytes = rosterCsv(PERSONS);
	const period = { start: '2025-01-01', end: '2025-12-31' };
	const samples: number[] = [];
	let persons = 0;
	for (let run = 0; run < RUNS; run++) {
		const start = performance.now();
		const parsed = parseStaffRosterCsv(bytes);
		if (!parsed.ok)
			throw new Error(
				`roster refused: ${JSON.stringify(parsed.fileErrors[0] ?? parsed.rowErrors[0])}`
			);
		persons = rosterFte(parsed.members, period, 40).persons;
		samples.push(performance.now() - start);
	}
	const ms = median(samples);
	report(
		`roster of ${persons.toLocaleString('en')} persons: read, checked, FTE (median)`,
		`${ms.toFixed(0)} ms`,
		'< 2000 ms',
		ms < 2000
	);
}
