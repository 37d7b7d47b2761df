// Issue 5's target: the advisor portfolio with 1,000 client organisations × 5 assessments must
// answer within 5 × the server time of a static route. Seeds a temporary database through the
// server modules, serves it with the built app on loopback, and compares medians of full GET
// requests (body read) of /advisor (page 1, signed in) and /login. Needs `npm run build`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AssessmentInput, TargetGroupLine } from '../../src/lib/pso/assessment-schema';
import { importAssessmentDocument } from '../../src/lib/server/assessments/import';
import { scoreStoredAssessment } from '../../src/lib/server/assessments/scoring';
import * as assessments from '../../src/lib/server/assessments/records';
import { createSession } from '../../src/lib/server/auth/session';
import * as certificates from '../../src/lib/server/certificates';
import { openDatabase, type Db } from '../../src/lib/server/db';
import * as memberships from '../../src/lib/server/memberships';
import * as organisations from '../../src/lib/server/organisations';
import * as users from '../../src/lib/server/users';
import { buildDir, startServer, timeGet } from './server-harness';

const ORGANISATIONS = 1_000;
const PERIODS = [2021, 2022, 2023, 2024, 2025];
const TARGET_RATIO = 5;
const RUNS = 40;
const WARMUP = 5;

const positions = ['wajong', 'participatiewet', 'wia-wao', 'doelgroepregister', 'ww'] as const;
const contracts = ['regular', 'secondment-flex', 'placement', 'supported'] as const;
const criteria = ['suitableWork', 'integration', 'development', 'guidance'] as const;
const bodies = ['Kiwa', 'Normec', 'DNV', 'BQS'];

/** 5–20 target-group lines, varied so some counting windows end around renewal time. */
function linesFor(org: number, year: number): TargetGroupLine[] {
	const count = 5 + ((org * 7 + year) % 16);
	return Array.from({ length: count }, (_, i) => {
		const position = positions[(org + i) % positions.length]!;
		const start = `${2017 + ((org + i) % 8)}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}-01`;
		return {
			id: `mw-${i + 1}`,
			position,
			contract: contracts[(org + i) % contracts.length]!,
			hoursPerWeek: 16 + ((org + i * 3) % 25),
			start,
			end: null,
			...(position === 'participatiewet' ? { inflow: start } : {}),
			...(position === 'ww' ? { wwMonths: 6 + (i % 12) } : {})
		};
	});
}

function documentFor(org: number, year: number): AssessmentInput {
	return {
		format: 'pso-assessment/1',
		ruleset: '2.1',
		scenario: `Peiljaar ${year}`,
		period: { start: `${year}-01-01`, end: `${year}-12-31` },
		organisation: { fulltimeHours: 40, monthsActive: 36, headcount: 150 },
		totalFte: 120 + (org % 60),
		targetGroup: linesFor(org, year),
		qualitative: Object.fromEntries(
			criteria.map((c, i) => [c, (org + i) % 9 === 0 ? 'partial' : 'met'])
		),
		evidence: Object.fromEntries(
			criteria.map((c, i) => [
				c,
				{
					items: [
						{ document: `${c}-${year}.pdf`, validUntil: `${year + 1 + ((org + i) % 2)}-06-30` }
					]
				}
			])
		)
	};
}

export function seedPortfolio(db: Db, now: number): string {
	const owner = users.createUser(db, 'owner@bench.example', 'x', now)!;
	const advisor = users.createUser(db, 'advisor@bench.example', 'x', now)!;
	db.transaction(() => {
		for (let org = 0; org < ORGANISATIONS; org++) {
			const fields = {
				name: `Klant ${String(org + 1).padStart(4, '0')} BV`,
				kvk: String(10_000_000 + org),
				sector: null,
				fulltimeHours: 40
			};
			const orgId = organisations.createOrganisation(db, owner.id, fields, now).id;
			memberships.inviteByEmail(db, orgId, advisor.email, 'advisor', owner.id, now);
			for (const year of PERIODS) {
				const when = now - (2026 - year) * 200 * 86_400;
				const id = importAssessmentDocument(db, orgId, owner.id, documentFor(org, year), 'x', when);
				// Older years are finalised; the newest stays a draft for 2 in 3 organisations.
				if (year < 2025 || org % 3 === 0) {
					const a = assessments.getAssessment(db, orgId, id)!;
					const scored = scoreStoredAssessment(db, a, fields.name);
					if (scored.ok) {
						assessments.finaliseAssessment(db, a, scored.input, scored.result, owner.id, when);
					}
				}
			}
			if (org % 10 < 7) {
				const issued = new Date(Date.UTC(2024, (org * 5) % 24, 1 + (org % 28)));
				certificates.addCertificate(
					db,
					orgId,
					owner.id,
					{
						rung: (['trede-1', 'trede-2', 'trede-3'] as const)[org % 3]!,
						pso30plus: false,
						issuedOn: issued.toISOString().slice(0, 10),
						expiresOn: null,
						certifyingBody: bodies[org % bodies.length]!,
						certificateNumber: `PSO-${org}`,
						note: null
					},
					now
				);
			}
		}
		memberships.claimInvitations(db, advisor.id, advisor.email, now);
	})();
	return advisor.id;
}

export async function benchPortfolio(): Promise<void> {
	if (!existsSync(join(buildDir, 'index.js')))
		throw new Error('No build found: run `npm run build` first.');
	console.log(
		`portfolio: ${ORGANISATIONS} organisations × ${PERIODS.length} assessments, one advisor`
	);
	const databasePath = join(mkdtempSync(join(tmpdir(), 'pso-bench-portfolio-')), 'bench.sqlite');
	const now = Math.floor(Date.now() / 1000);
	const seedStart = performance.now();
	const db = openDatabase(databasePath);
	const advisorId = seedPortfolio(db, now);
	const cookie = `pso_session=${createSession(db, advisorId, now).token}`;
	db.close();
	console.log(`  seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

	const server = await startServer(databasePath, 4300 + Math.floor(Math.random() * 500));
	try {
		// The first request fills the outcome cache; reported, not part of the target.
		const coldStart = performance.now();
		const first = await fetch(`${server.origin}/advisor`, { headers: { cookie } });
		const html = await first.text();
		const cold = performance.now() - coldStart;
		if (first.status !== 200 || !html.includes('Klant 0001 BV')) {
			throw new Error(`/advisor did not list the clients (status ${first.status})`);
		}
		const staticMs = await timeGet(`${server.origin}/login`, null, RUNS, WARMUP);
		const portfolioMs = await timeGet(`${server.origin}/advisor`, cookie, RUNS, WARMUP);
		const filteredMs = await timeGet(
			`${server.origin}/advisor?flag=lines-stop-before-renewal&sort=days-left`,
			cookie,
			RUNS,
			WARMUP
		);
		const ratio = portfolioMs / staticMs;
		const line = (label: string, ms: number) =>
			console.log(`  ${label.padEnd(46)} ${ms.toFixed(2).padStart(8)} ms`);
		line('GET /login (static route), median', staticMs);
		line('GET /advisor page 1, median', portfolioMs);
		line('GET /advisor filtered + sorted, median', filteredMs);
		line('GET /advisor first request (fills outcome cache)', cold);
		console.log(
			`  ${'ratio /advisor ÷ /login'.padEnd(46)} ${ratio.toFixed(2).padStart(8)}      target ≤ ${TARGET_RATIO}   ${ratio <= TARGET_RATIO ? 'PASS' : 'MISS'}`
		);
	} finally {
		await server.stop();
		rmSync(dirname(databasePath), { recursive: true, force: true });
	}
}

// `npx tsx scripts/bench/portfolio.ts` runs it on its own.
if (process.argv[1]?.endsWith('portfolio.ts')) {
	await benchPortfolio();
}
