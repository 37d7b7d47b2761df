// Issue 11's Excel target: a 10,000-row target-group workbook read, checked and staged for the
// preview in under 3 s, the way the import page does it (readTargetGroupUpload, then
// stageLines), appended to an assessment that already has lines (so every id is also checked
// against the existing ones). The workbook is what our own .xlsx export writes: number and
// date cells, Dutch labels, the optional date columns where the lines have them.
import { targetGroupLinesTable } from '../../src/lib/csv/target-group/template';
import {
	assessmentSchema,
	targetGroupLineSchema,
	type TargetGroupLine
} from '../../src/lib/pso/assessment-schema';
import { stageLines } from '../../src/lib/server/assessments/csv-staging';
import { listLines } from '../../src/lib/server/assessments/lines';
import { getAssessment } from '../../src/lib/server/assessments/records';
import { readTargetGroupUpload } from '../../src/lib/server/assessments/target-group-upload';
import { openTestDatabase } from '../../src/lib/server/db';
import { writeXlsx } from '../../src/lib/server/spreadsheet/write-xlsx';
import { seedAssessment, seedOrganisation, seedUser } from '../../src/lib/server/test-support/seed';
import { generateAssessment } from './generate-assessment';
import { median, report } from './server-harness';

const ROWS = 10_000;
const EXISTING = 200;
const RUNS = 5;
const TARGET_MS = 3000;

function generatedLines(count: number, seed: number): TargetGroupLine[] {
	const doc = generateAssessment(count, seed) as { targetGroup: unknown[] };
	return doc.targetGroup.map((line, i) =>
		targetGroupLineSchema.parse({ ...(line as object), id: `xl-${i + 1}` })
	);
}

export async function benchLinesXlsx(): Promise<void> {
	console.log('\nTarget-group lines from Excel (issue 11; medians)');
	const db = openTestDatabase();
	const now = Math.floor(Date.now() / 1000);
	const userId = seedUser(db, 'bench-xlsx@example.nl', now);
	const orgId = seedOrganisation(db, userId, 'Excel BV', now);
	const doc = assessmentSchema.parse(generateAssessment(EXISTING));
	const assessmentId = seedAssessment(db, orgId, userId, doc, { now });
	const assessment = getAssessment(db, orgId, assessmentId)!;

	const { header, rows } = targetGroupLinesTable(generatedLines(ROWS, 7), 'nl');
	const bytes = await writeXlsx({
		sheetName: 'Doelgroepregels',
		columns: header.map((text) => ({ header: text })),
		rows,
		lang: 'nl'
	});

	const samples: number[] = [];
	let staged = 0;
	for (let run = 0; run < RUNS; run++) {
		const start = performance.now();
		const existingIds = new Set(listLines(db, assessment).map((l) => l.id));
		const parsed = await readTargetGroupUpload(bytes, 'regels.xlsx', { existingIds });
		if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed).slice(0, 300)}`);
		stageLines(db, { assessmentId, userId }, 'append', parsed.lines, now);
		staged = parsed.lines.length;
		samples.push(performance.now() - start);
	}
	db.close();
	const ms = median(samples);
	report(
		`.xlsx of ${staged.toLocaleString('en')} lines (${(bytes.byteLength / 1024).toFixed(0)} kB): read, checked, staged`,
		`${ms.toFixed(0)} ms`,
		`< ${TARGET_MS} ms`,
		ms < TARGET_MS
	);
}
