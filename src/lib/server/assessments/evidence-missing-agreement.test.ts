// One answer to "which criteria are voldaan without evidence" (docs/scoring-rules.md §6.4,
// §6.6 item 7). The same stored assessments go through the engine and through every page's
// path: the result page, report and finalise question (criteriaMissingEvidence), the step
// indicator (assessmentProgress) and the renewal panel (renewalReadiness over the cached
// summary). If one place starts counting differently, a row here fails.
import { beforeEach, describe, expect, it } from 'vitest';
import type { QualitativeCriterion, QualitativeStatus } from '$lib/pso/input-codes';
import { renewalReadiness } from '$lib/pso/renewal-readiness';
import { addEvidence, saveCriteriaAndPlan } from './evidence';
import { addLine } from './lines';
import { resultOutcome, renewalOutcome } from './outcome';
import { assessmentProgress, criteriaMissingEvidence } from './progress';
import * as assessments from './records';
import { scoreStoredAssessment } from './scoring';
import { openTestDatabase, type Db } from '../db';
import { createOrganisation } from '../organisations';
import { createUser } from '../users';

const t0 = 1_750_000_000;
const orgName = 'Bewijs BV';
let db: Db;
let userId: string;
let orgId: string;

beforeEach(() => {
	db = openTestDatabase();
	userId = createUser(db, 'bewijs@example.nl', 'hash', t0)!.id;
	orgId = createOrganisation(
		db,
		userId,
		{ name: orgName, kvk: '12345678', sector: null, fulltimeHours: 40 },
		t0
	).id;
});

type Item = 'current' | 'expired' | 'lapses-before-audit';
interface Case {
	name: string;
	criteria: Record<QualitativeCriterion, { status: QualitativeStatus; items?: Item[] }>;
	/** What §6.6 item 7 says the engine reports. */
	missing: QualitativeCriterion[];
}

const met = { status: 'met' as const, items: ['current' as const] };
const cases: Case[] = [
	{
		name: 'all met with evidence',
		criteria: { suitableWork: met, integration: met, development: met, guidance: met },
		missing: []
	},
	{
		name: 'met without any item',
		criteria: {
			suitableWork: met,
			integration: { status: 'met' },
			development: met,
			guidance: { status: 'met' }
		},
		missing: ['integration', 'guidance']
	},
	{
		// The step indicator used to ask for evidence here too; §6.4 speaks of `met` only.
		name: 'deels voldaan without any item',
		criteria: {
			suitableWork: met,
			integration: met,
			development: met,
			guidance: { status: 'partial' }
		},
		missing: []
	},
	{
		name: 'not met and unknown without items',
		criteria: {
			suitableWork: { status: 'unmet' },
			integration: { status: 'unknown' },
			development: met,
			guidance: met
		},
		missing: []
	},
	{
		// "has no items" (§6.6 item 7): an item past its date is still an item; the renewal
		// panel lists it as lapsing instead.
		name: 'met with only an expired item',
		criteria: {
			suitableWork: { status: 'met', items: ['expired'] },
			integration: met,
			development: met,
			guidance: { status: 'met', items: ['lapses-before-audit'] }
		},
		missing: []
	},
	{
		name: 'everything met, nothing on file',
		criteria: {
			suitableWork: { status: 'met' },
			integration: { status: 'met' },
			development: { status: 'met' },
			guidance: { status: 'met' }
		},
		missing: ['suitableWork', 'integration', 'development', 'guidance']
	}
];

const validUntil: Record<Item, string | null> = {
	current: null,
	expired: '2024-06-30',
	'lapses-before-audit': '2026-02-01'
};

function storedAssessment(c: Case) {
	const id = assessments.createAssessment(
		db,
		orgId,
		userId,
		{
			name: c.name,
			periodStart: '2025-01-01',
			periodEnd: '2025-12-31',
			rulesetId: '2.1',
			fulltimeHours: 40
		},
		t0
	);
	let a = assessments.getAssessment(db, orgId, id)!;
	assessments.saveOrganisationFigures(
		db,
		a,
		{ totalFte: 50, headcount: 55, fulltimeHours: 40, monthsActive: 36 },
		t0
	);
	for (const lineId of ['tg-1', 'tg-2']) {
		addLine(db, a, {
			id: lineId,
			position: 'wajong',
			contract: 'regular',
			hoursPerWeek: 40,
			start: '2020-03-01',
			end: null
		});
	}
	a = assessments.getAssessment(db, orgId, id)!;
	const entries = Object.entries(c.criteria) as [
		QualitativeCriterion,
		Case['criteria'][QualitativeCriterion]
	][];
	saveCriteriaAndPlan(
		db,
		a,
		{
			criteria: entries.map(([criterion, { status }]) => ({ criterion, status, note: null })),
			plan: a.plan
		},
		t0
	);
	addEvidence(
		db,
		a,
		entries.flatMap(([criterion, { items = [] }]) =>
			items.map((item, i) => ({
				criterion,
				document: `${criterion}-${i + 1}.pdf`,
				holder: null,
				validUntil: validUntil[item]
			}))
		),
		t0
	);
	return assessments.getAssessment(db, orgId, id)!;
}

/** What each place says, for one assessment. */
function answers(a: assessments.Assessment) {
	const scored = scoreStoredAssessment(db, a, orgName);
	if (!scored.ok) throw new Error(`${a.name} does not score`);
	const progress = assessmentProgress(db, a);
	const cached = resultOutcome(db, a, orgName);
	const renewal = renewalReadiness({
		today: '2026-01-15',
		certificate: {
			rung: 'trede-1',
			pso30plus: false,
			issuedOn: '2023-03-01',
			expiresOn: '2026-03-01'
		},
		assessment: {
			id: a.id,
			name: a.name,
			status: a.status,
			lastAssessedOn: '2026-01-01',
			summary: renewalOutcome(db, a, orgName)
		}
	});
	if (renewal.state !== 'due') throw new Error('the renewal window should be open');
	return {
		engine: scored.result.evidenceMissing,
		cachedResult: cached.ok ? cached.result.evidenceMissing : null,
		pages: criteriaMissingEvidence(db, a),
		progressMissing: progress.missing.includes('evidence-missing'),
		evidenceStepComplete: progress.steps.find((s) => s.step === 'evidence')!.complete,
		renewalNoEvidence: renewal.evidenceGaps
			.filter((g) => g.reason === 'no-evidence')
			.map((g) => g.criterion),
		renewalExpiring: renewal.expiringEvidence.map((e) => e.criterion),
		renewalExpired: renewal.expiredEvidence.map((e) => e.criterion)
	};
}

describe('"voldaan" without evidence: one answer everywhere', () => {
	it.each(cases)('$name', (c) => {
		const a = storedAssessment(c);
		const said = answers(a);
		expect(said.engine).toEqual(c.missing);
		expect(said.cachedResult).toEqual(c.missing);
		expect(said.pages).toEqual(c.missing);
		expect(said.renewalNoEvidence).toEqual(c.missing);
		expect(said.progressMissing).toBe(c.missing.length > 0);
		const anyUnknown = Object.values(c.criteria).some((x) => x.status === 'unknown');
		expect(said.evidenceStepComplete).toBe(!anyUnknown && c.missing.length === 0);
	});

	it('lists a lapsed item as expired and one lapsing before the audit as expiring, neither as missing', () => {
		const said = answers(storedAssessment(cases[4]!));
		expect(said.renewalExpired).toEqual(['suitableWork']);
		expect(said.renewalExpiring).toEqual(['guidance']);
		expect(said.renewalNoEvidence).toEqual([]);
	});

	it('names a partly met criterion as partial in the renewal panel, with or without evidence', () => {
		const a = storedAssessment(cases[2]!);
		const summary = renewalOutcome(db, a, orgName);
		const renewal = renewalReadiness({
			today: '2026-01-15',
			certificate: {
				rung: 'trede-1',
				pso30plus: false,
				issuedOn: '2023-03-01',
				expiresOn: '2026-03-01'
			},
			assessment: {
				id: a.id,
				name: a.name,
				status: a.status,
				lastAssessedOn: '2026-01-01',
				summary
			}
		});
		expect(renewal.state === 'due' && renewal.evidenceGaps).toEqual([
			{ criterion: 'guidance', status: 'partial', reason: 'partial' }
		]);
	});

	it.each(cases)('after finalising, the frozen result and the pages still agree: $name', (c) => {
		const a = storedAssessment(c);
		const scored = scoreStoredAssessment(db, a, orgName);
		if (!scored.ok) throw new Error('does not score');
		assessments.finaliseAssessment(db, a, scored.input, scored.result, userId, t0 + 1);
		const final = assessments.getAssessment(db, orgId, a.id)!;
		expect(final.status).toBe('final');
		const said = answers(final);
		expect(said.cachedResult).toEqual(c.missing);
		expect(said.pages).toEqual(c.missing);
		expect(said.renewalNoEvidence).toEqual(c.missing);
	});
});
