// npm run demo: a demo advisor with three client organisations over four reference years, so
// the history, comparison and portfolio pages have something to show. Prints the login.
import type { Purchase, TargetGroupLine } from '../src/lib/pso/assessment-schema';
import { addEvidence, saveCriteriaAndPlan } from '../src/lib/server/assessments/evidence';
import { importLines } from '../src/lib/server/assessments/lines';
import { addPurchases } from '../src/lib/server/assessments/purchases';
import { scoreStoredAssessment } from '../src/lib/server/assessments/scoring';
import { asActor } from '../src/lib/server/audit';
import * as assessments from '../src/lib/server/assessments/records';
import { hashPassword } from '../src/lib/server/auth/password';
import { nowSeconds } from '../src/lib/server/clock';
import { openDatabase, type Db } from '../src/lib/server/db';
import { claimInvitations, inviteByEmail } from '../src/lib/server/memberships';
import { createOrganisation } from '../src/lib/server/organisations';
import { createUser, findUserByEmail } from '../src/lib/server/users';
import { demoClients, type DemoClient } from './demo-clients';
import { demoLoginUrl } from './demo-url';

const password = 'demo-wachtwoord-2026';
const advisorEmail = 'adviseur@demo.pso-readiness.nl';
const years = [2022, 2023, 2024, 2025];
const now = nowSeconds();

function lineFor(client: DemoClient, year: number, i: number): TargetGroupLine {
	const kind = client.lineKinds[i % client.lineKinds.length]!;
	return {
		id: `${client.prefix}-${String(i + 1).padStart(3, '0')}`,
		position: kind.position,
		contract: kind.contract,
		hoursPerWeek: kind.hours,
		start: `${year - 1 - (i % 4)}-0${1 + (i % 9)}-01`,
		end: null,
		...(kind.position === 'ww' ? { wwMonths: 9 } : {}),
		...(kind.further ? { furtherIndication: true } : {})
	};
}

function seedClient(db: Db, advisorId: string, client: DemoClient): string {
	const owner = createUser(db, client.ownerEmail, advisorPasswordHash, now)!;
	return asActor(db, owner.id, () => {
		const org = createOrganisation(
			db,
			owner.id,
			{ name: client.name, kvk: client.kvk, sector: client.sector, fulltimeHours: 38 },
			now
		);
		inviteByEmail(db, org.id, advisorEmail, 'advisor', owner.id, now);
		claimInvitations(db, advisorId, advisorEmail, now);
		years.forEach((year, y) => {
			const id = assessments.createAssessment(
				db,
				org.id,
				owner.id,
				{
					name: `Peiljaar ${year}`,
					periodStart: `${year}-01-01`,
					periodEnd: `${year}-12-31`,
					rulesetId: '2.1',
					fulltimeHours: 38
				},
				now - (years.length - y) * 365 * 86400
			);
			const a = assessments.getAssessment(db, org.id, id)!;
			const size = client.fte[y]!;
			assessments.saveOrganisationFigures(
				db,
				a,
				{ totalFte: size, headcount: client.headcount[y]!, fulltimeHours: 38, monthsActive: 48 },
				now
			);
			importLines(
				db,
				a,
				Array.from({ length: client.lines[y]! }, (_, i) => lineFor(client, year, i)),
				'replace'
			);
			const purchases: Purchase[] = client.purchases
				? [{ ...client.purchases, amount: client.purchases.amount * (y + 1) }]
				: [];
			addPurchases(db, a, purchases);
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
			addEvidence(
				db,
				a,
				[
					{
						criterion: 'suitableWork',
						document: 'Functieprofielen met aanpassingen',
						holder: 'HR',
						validUntil: null
					},
					{
						criterion: 'integration',
						document: 'Inwerkprogramma en buddy-afspraken',
						holder: 'Teamleiders',
						validUntil: null
					},
					{
						criterion: 'development',
						document: `Ontwikkelgesprekken ${year}`,
						holder: 'HR',
						validUntil: `${year + 1}-12-31`
					},
					{
						criterion: 'guidance',
						document: 'Jobcoachplannen',
						holder: 'Jobcoach',
						validUntil: `${year + 1}-06-30`
					}
				],
				now
			);
			// The last year stays a draft: the scenario the client is working on now.
			if (year !== years[years.length - 1]) {
				const fresh = assessments.getAssessment(db, org.id, id)!;
				const scored = scoreStoredAssessment(db, fresh, client.name);
				if (scored.ok)
					assessments.finaliseAssessment(db, fresh, scored.input, scored.result, owner.id, now);
			}
		});
		client.afterSeed?.(db, org.id, owner.id);
		return org.id;
	});
}

let advisorPasswordHash = '';

async function main() {
	const db = openDatabase(process.env.DATABASE_PATH || 'db/pso.sqlite');
	if (findUserByEmail(db, advisorEmail)) {
		console.log(
			`The demo data is already there.\nLog in at ${demoLoginUrl(process.env)} as ${advisorEmail} with password ${password}`
		);
		return;
	}
	advisorPasswordHash = await hashPassword(password);
	// All or nothing (a failed run leaves no advisor without clients), and IMMEDIATE so that,
	// next to a serving app, it waits for the write lock instead of failing.
	db.transaction(() => {
		const advisor = createUser(db, advisorEmail, advisorPasswordHash, now)!;
		for (const client of demoClients(new Date())) seedClient(db, advisor.id, client);
	}).immediate();
	db.close();
	console.log(
		'Demo data created: one advisor, three client organisations, four reference years each.'
	);
	console.log(
		`Log in at ${demoLoginUrl(process.env)} as ${advisorEmail} with password ${password}`
	);
	console.log(
		`The clients' owners (same password): ${demoClients(new Date())
			.map((c) => c.ownerEmail)
			.join(', ')}`
	);
}

await main();
