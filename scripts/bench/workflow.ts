// Issue 4's targets: the result page for 2,000 lines against a static route, a 10,000-row CSV
// import including validation and the database write, and the JavaScript each page ships.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../chromium-path.js';
import { parseTargetGroupCsv } from '../../src/lib/csv/target-group/read-file';
import { targetGroupLinesToCsv } from '../../src/lib/csv/target-group/template';
import type { TargetGroupLine } from '../../src/lib/pso/assessment-schema';
import { saveCriteriaAndPlan } from '../../src/lib/server/assessments/evidence';
import { importLines } from '../../src/lib/server/assessments/lines';
import * as assessments from '../../src/lib/server/assessments/records';
import type { Db } from '../../src/lib/server/db';
import {
	buildDir,
	median,
	report,
	sessionCookie,
	startServer,
	seedBenchOrganisation,
	timeGet
} from './server-harness';

const positions = [
	'wajong',
	'wia-wao',
	'doelgroepregister',
	'participatiewet',
	'ww',
	'wsw'
] as const;
const contracts = ['regular', 'secondment-flex', 'placement', 'supported'] as const;

export function generatedLines(count: number): TargetGroupLine[] {
	return Array.from({ length: count }, (_, i) => ({
		id: `mw-${String(i + 1).padStart(5, '0')}`,
		position: positions[i % positions.length]!,
		contract: contracts[i % contracts.length]!,
		hoursPerWeek: 16 + (i % 25),
		start: `20${String(15 + (i % 10)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
		end: i % 7 === 0 ? '2025-09-30' : null,
		...(i % positions.length === 4 ? { wwMonths: 6 + (i % 12) } : {})
	}));
}

function seedAssessment(db: Db, userId: string, orgId: string, lineCount: number) {
	const now = Math.floor(Date.now() / 1000);
	const id = assessments.createAssessment(
		db,
		orgId,
		userId,
		{
			name: 'Bench',
			periodStart: '2025-01-01',
			periodEnd: '2025-12-31',
			rulesetId: '2.1',
			fulltimeHours: 40
		},
		now
	);
	const a = assessments.getAssessment(db, orgId, id)!;
	assessments.saveOrganisationFigures(
		db,
		a,
		{
			totalFte: Math.max(10, lineCount * 2),
			headcount: Math.max(10, lineCount * 2),
			fulltimeHours: 40,
			monthsActive: 36
		},
		now
	);
	importLines(db, a, generatedLines(lineCount), 'replace');
	saveCriteriaAndPlan(
		db,
		a,
		{
			criteria: (['suitableWork', 'integration', 'development', 'guidance'] as const).map(
				(criterion) => ({ criterion, status: 'met' as const, note: null })
			),
			plan: { adopted: false, smart: false, started: false, targetRung: null, note: null }
		},
		now
	);
	return a;
}

/** The JavaScript a browser actually loads for a page (Chromium, loopback only), gzipped. */
interface Shipped {
	files: number;
	gzip: number;
	hasChart: boolean;
}

async function shippedJs(origin: string, path: string, cookie: string): Promise<Shipped> {
	const browser = await chromium.launch({
		executablePath: chromiumExecutable() ?? undefined,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	try {
		const context = await browser.newContext();
		const [name, value] = cookie.split('=') as [string, string];
		await context.addCookies([{ name, value, url: origin }]);
		const page = await context.newPage();
		const bodies = new Map<string, Buffer>();
		// Every body is awaited before the browser closes: a read still pending at close
		// failed with "Target page, context or browser has been closed".
		const reads: Promise<void>[] = [];
		page.on('response', (res) => {
			if (res.request().resourceType() !== 'script') return;
			reads.push(
				res.body().then(
					(body) => void bodies.set(res.url(), body),
					(e: unknown) => {
						throw new Error(`could not read ${res.url()}: ${String(e)}`);
					}
				)
			);
		});
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		await Promise.all(reads);
		const all = [...bodies.values()];
		return {
			files: all.length,
			gzip: all.reduce((sum, b) => sum + gzipSync(b).length, 0),
			hasChart: all.some((b) => b.includes('BarController'))
		};
	} finally {
		await browser.close();
	}
}

function chartChunkGzip(): number {
	const dir = join(buildDir, 'client/_app/immutable/chunks');
	const file = readdirSync(dir).find((f) =>
		readFileSync(join(dir, f), 'utf8').includes('BarController')
	);
	return file ? gzipSync(readFileSync(join(dir, file))).length : 0;
}

export async function benchWorkflow(): Promise<void> {
	console.log('\nAssessment workflow (issue 4)');
	const { dbPath, db, user, org } = seedBenchOrganisation('workflow');
	const big = seedAssessment(db, user.id, org.id, 2000);
	const cookie = sessionCookie(db, user.id);

	// CSV import: parse + validate + write, on the real (WAL) database file.
	const csv = new TextEncoder().encode(targetGroupLinesToCsv(generatedLines(10_000), 'nl'));
	const importTimes: number[] = [];
	for (let run = 0; run < 5; run++) {
		const target = seedAssessment(db, user.id, org.id, 0);
		const start = performance.now();
		const parsed = parseTargetGroupCsv(csv);
		if (!parsed.ok) throw new Error('generated CSV did not parse');
		importLines(db, target, parsed.lines, 'replace');
		importTimes.push(performance.now() - start);
	}
	const importMs = median(importTimes);
	db.close();

	const server = await startServer(dbPath, 4311);
	try {
		const path = `/orgs/${org.id}/assessments/${big.id}`;
		const resultMs = await timeGet(`${server.origin}${path}/result`, cookie);
		const staticMs = await timeGet(`${server.origin}/login`, null);
		// The same session and layout work as the result page, nothing per assessment.
		const signedInMs = await timeGet(`${server.origin}/account`, cookie);
		const steps: Shipped[] = [];
		for (const s of ['organisation', 'workforce', 'purchases', 'evidence']) {
			steps.push(await shippedJs(server.origin, `${path}/${s}`, cookie));
		}
		const step = steps.reduce((worst, s) => (s.gzip > worst.gzip ? s : worst));
		const result = await shippedJs(server.origin, `${path}/result`, cookie);
		const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

		report('result page, 2,000 lines (median)', `${resultMs.toFixed(1)} ms`, '', true);
		report('static route /login, anonymous (median)', `${staticMs.toFixed(1)} ms`, '', true);
		report('static route /account, signed in (median)', `${signedInMs.toFixed(1)} ms`, '', true);
		report('ratio result / anonymous static', (resultMs / staticMs).toFixed(2), '(info)', true);
		report(
			'ratio result / signed-in static',
			(resultMs / signedInMs).toFixed(2),
			'<= 3',
			resultMs / signedInMs <= 3
		);
		report(
			'CSV import 10,000 rows, validated and stored',
			`${importMs.toFixed(0)} ms`,
			'< 2000 ms',
			importMs < 2000
		);
		report(
			`JS, heaviest step page (${step.files} files, gzip)`,
			kb(step.gzip),
			'< 60 kB',
			step.gzip < 60 * 1024
		);
		report(
			`JS, result page (${result.files} files, gzip)`,
			kb(result.gzip),
			'has chart',
			result.hasChart
		);
		report(
			'  of which Chart.js (never on step pages)',
			kb(chartChunkGzip()),
			'not on steps',
			!steps.some((s) => s.hasChart)
		);
	} finally {
		await server.stop();
	}
}
