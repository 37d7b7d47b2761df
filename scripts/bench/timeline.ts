// Benchmark: the organisation timeline with 10 reference periods against a static route.
// Seeds a temporary SQLite file through the app's own server modules, starts the BUILT
// server (`npm run build` first), logs in by creating a session, and compares the median
// response time of /orgs/<id>/timeline with that of /login. Target: ratio <= 3. Times are
// measured by the client over loopback, so they include a small, equal HTTP overhead.
// Run alone: npx svelte-kit sync && npx tsx scripts/bench/timeline.ts
import type { AssessmentInput, TargetGroupLine } from '$lib/pso/assessment-schema';
import { createSession } from '$lib/server/auth/session';
import { openDatabase } from '$lib/server/db';
import { seedAssessment, seedOrganisation, seedUser } from '$lib/server/test-support/seed';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDir, median, startServer, timeOnce } from './server-harness';

const TARGET_RATIO = 3;
const PERIODS = 10;
const LINES_PER_PERIOD = 300;
const WARMUP = 20;
const ROUNDS = 60;
const COLD_ROUNDS = 20;

const positions = [
	'wajong',
	'wia-wao',
	'participatiewet',
	'doelgroepregister',
	'vso-pro',
	'ww'
] as const;
const contracts = ['regular', 'regular', 'supported', 'secondment-flex', 'placement'] as const;

function linesFor(year: number, count: number): TargetGroupLine[] {
	return Array.from({ length: count }, (_, i) => {
		const startYear = year - 1 - (i % 4);
		return {
			id: `mw-${i}`,
			position: positions[i % positions.length]!,
			contract: contracts[i % contracts.length]!,
			hoursPerWeek: 16 + (i % 25),
			start: `${startYear}-0${1 + (i % 9)}-01`,
			end: i % 17 === 0 ? `${year}-06-30` : null,
			inflow: `${startYear}-01-01`,
			...(positions[i % positions.length] === 'ww' ? { wwMonths: 6 + (i % 12) } : {})
		};
	});
}

function documentFor(year: number, lines: number): AssessmentInput {
	return {
		format: 'pso-assessment/1',
		ruleset: year >= 2023 ? '2.1' : year >= 2021 ? '1.9' : year >= 2019 ? '1.7' : '1.6',
		period: { start: `${year}-01-01`, end: `${year}-12-31` },
		organisation: { monthsActive: 36, headcount: 1100 },
		totalFte: 900 + year - 2016,
		targetGroup: linesFor(year, lines),
		purchases: [
			{
				supplier: 'Groen BV',
				kind: 'pso-certified',
				amount: 50_000 + 1_000 * (year - 2016),
				supplierTurnover: 2_000_000,
				supplierFte: 40,
				supplierDirectPct: 30
			}
		],
		qualitative: { suitableWork: 'met', integration: 'met', development: 'met', guidance: 'met' }
	};
}

/** 10 periods: the older seven final, the newest three drafts, plus a second draft in the last. */
export function seedTimelineBench(path: string): {
	orgId: string;
	token: string;
	assessments: number;
} {
	const db = openDatabase(path);
	const now = Math.floor(Date.now() / 1000);
	const userId = seedUser(db, 'bench@example.nl', now);
	const orgId = seedOrganisation(db, userId, 'Bench BV', now);
	let assessments = 0;
	for (let p = 0; p < PERIODS; p++) {
		const year = 2016 + p;
		const final = p < PERIODS - 3;
		seedAssessment(db, orgId, userId, documentFor(year, LINES_PER_PERIOD + 10 * p), {
			final,
			name: `Peiljaar ${year}`,
			now: now + p
		});
		assessments++;
	}
	seedAssessment(db, orgId, userId, documentFor(2016 + PERIODS - 1, LINES_PER_PERIOD + 50), {
		name: 'Scenario extra plekken',
		now: now + PERIODS
	});
	assessments++;
	const { token } = createSession(db, userId, now);
	db.close();
	return { orgId, token, assessments };
}

export async function benchTimeline(): Promise<void> {
	if (!existsSync(join(buildDir, 'index.js')))
		throw new Error('No build: run `npm run build` first');
	const dir = mkdtempSync(join(tmpdir(), 'pso-bench-timeline-'));
	const databasePath = join(dir, 'bench.sqlite');
	const { orgId, token, assessments } = seedTimelineBench(databasePath);
	const server = await startServer(databasePath, 4320);
	const { origin } = server;
	try {
		const cookie = `pso_session=${token}`;
		const staticUrl = `${origin}/login`;
		const timelineUrl = `${origin}/orgs/${orgId}/timeline`;
		for (let i = 0; i < WARMUP; i++) {
			await timeOnce(staticUrl, null);
			await timeOnce(timelineUrl, cookie);
		}
		// Interleaved, so drift in machine load hits both sides alike.
		const staticTimes: number[] = [];
		const timelineTimes: number[] = [];
		for (let i = 0; i < ROUNDS; i++) {
			staticTimes.push(await timeOnce(staticUrl, null));
			timelineTimes.push(await timeOnce(timelineUrl, cookie));
		}
		// The same page right after one draft changed (another connection edits it): that draft
		// is scored again, the others come from the outcome cache. Reported, not held to the target.
		const writer = openDatabase(databasePath);
		const coldTimes: number[] = [];
		try {
			for (let i = 0; i < COLD_ROUNDS; i++) {
				writer
					.prepare(
						"UPDATE assessments SET plan_note = coalesce(plan_note, '') || '.' WHERE id = (SELECT id FROM assessments WHERE status = 'draft' LIMIT 1)"
					)
					.run();
				coldTimes.push(await timeOnce(timelineUrl, cookie));
			}
		} finally {
			writer.close();
		}
		const staticMedian = median(staticTimes);
		const timelineMedian = median(timelineTimes);
		const ratio = timelineMedian / staticMedian;
		console.log(
			`timeline: ${PERIODS} periods, ${assessments} assessments (${LINES_PER_PERIOD}+ lines each), ${ROUNDS} rounds`
		);
		console.log(`  /login (static)     median ${staticMedian.toFixed(2)} ms`);
		console.log(`  /orgs/…/timeline    median ${timelineMedian.toFixed(2)} ms`);
		console.log(
			`  timeline right after one draft changed (that draft re-scored): median ${median(coldTimes).toFixed(2)} ms`
		);
		console.log(
			`  ratio ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'PASS' : 'MISS'}`
		);
	} finally {
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	await benchTimeline();
}
