// Issue 11's target: the Doelgroep page of a 50,000-line assessment stays within 3× a signed-in
// static page (/glossary) and under 300 kB of HTML. Seeds a draft through the app's own import,
// starts the BUILT server (`npm run build` first) and times full GET requests over loopback.
// The first view after a change scores the assessment once and stores its per-line figures
// (line-figures.ts); it is reported apart, not held to the target.
// Run alone: npx svelte-kit sync && npx tsx scripts/bench/lists.ts
import { importAssessmentDocument } from '../../src/lib/server/assessments/import';
import type { AssessmentInput } from '../../src/lib/pso/assessment-schema';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateAssessment } from './generate-assessment';
import {
	median,
	report,
	seedBenchOrganisation,
	sessionCookie,
	startServer,
	timeOnce
} from './server-harness';

const LINES = 50_000;
const TARGET_RATIO = 3;
const MAX_HTML_BYTES = 300 * 1024;
const WARMUP = 10;
const ROUNDS = 30;

export async function benchLists(): Promise<void> {
	const { dbPath, db, user, org } = seedBenchOrganisation('lists');
	const doc = generateAssessment(LINES) as unknown as AssessmentInput;
	const now = Math.floor(Date.now() / 1000);
	const assessmentId = importAssessmentDocument(db, org.id, user.id, doc, 'Peiljaar 2025', now);
	const cookie = sessionCookie(db, user.id);
	db.close();
	const server = await startServer(dbPath, 4353);
	try {
		const base = `${server.origin}/orgs/${org.id}/assessments/${assessmentId}/workforce`;
		const staticUrl = `${server.origin}/glossary`;
		const views: [string, string][] = [
			['first page', base],
			['page 500 of 1,000', `${base}?page=500`],
			['search by kenmerk', `${base}?q=tg-4999`],
			['needs attention', `${base}?attention=1`]
		];
		const cold = await timeOnce(base, cookie);
		for (let i = 0; i < WARMUP; i++) {
			await timeOnce(staticUrl, cookie);
			for (const [, url] of views) await timeOnce(url, cookie);
		}
		// Interleaved, so drift in machine load hits every page alike.
		const staticTimes: number[] = [];
		const times = views.map(() => [] as number[]);
		for (let i = 0; i < ROUNDS; i++) {
			staticTimes.push(await timeOnce(staticUrl, cookie));
			for (const [v, [, url]] of views.entries()) times[v]!.push(await timeOnce(url, cookie));
		}
		const staticMedian = median(staticTimes);
		console.log(
			`lists: Doelgroep page of a ${LINES.toLocaleString('en')}-line draft, ${ROUNDS} rounds`
		);
		console.log(`  /glossary (signed in, static)     median ${staticMedian.toFixed(2)} ms`);
		console.log(
			`  first view after a change (scores once, stores the figures): ${cold.toFixed(0)} ms`
		);
		for (const [v, [label, url]] of views.entries()) {
			const ms = median(times[v]!);
			const res = await fetch(url, { headers: { cookie } });
			const bytes = (await res.arrayBuffer()).byteLength;
			report(
				`${label}: ${ms.toFixed(2)} ms, ratio`,
				(ms / staticMedian).toFixed(2),
				`<= ${TARGET_RATIO}`,
				ms / staticMedian <= TARGET_RATIO
			);
			report(
				`${label}: HTML`,
				`${(bytes / 1024).toFixed(1)} kB`,
				'< 300 kB',
				bytes < MAX_HTML_BYTES
			);
		}
	} finally {
		await server.stop();
		rmSync(dirname(dbPath), { recursive: true, force: true });
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await benchLists();
}
