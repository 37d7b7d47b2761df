// Certificates, evidence and assessments for the renewal tests (pso-method §10).
import type { AssessmentInput } from '../assessment-schema';
import type { CertificateFacts } from '../certified-rung';
import type { KeepPlanSolver, RenewalAssessment } from '../renewal-readiness';
import {
	summariseAssessment,
	type CriterionEvidence,
	type RenewalSummary
} from '../renewal-summary';
import { scoreAssessment, solveNextRung } from '../score';
import { stoppingLines } from '../stopping-lines';
import { assessment, line, ruleset } from './assessment-builder';

const rules = ruleset('2.1');

export const solverFor = (input: AssessmentInput): KeepPlanSolver => ({
	trede: (target) => solveNextRung(input, rules, target),
	pso30plus: () => solveNextRung(input, rules, 'pso-30plus')
});

export const certificate = (overrides: Partial<CertificateFacts> = {}): CertificateFacts => ({
	rung: 'trede-2',
	pso30plus: false,
	issuedOn: '2024-06-30',
	expiresOn: '2026-06-30',
	...overrides
});

export const evidenced = (validUntil: string | null = null): CriterionEvidence[] =>
	(['suitableWork', 'integration', 'development', 'guidance'] as const).map((criterion) => ({
		criterion,
		status: 'met',
		items: [{ document: `${criterion}.pdf`, validUntil }]
	}));

/** Two full-time wajong lines at 50 FTE: trede 2 under ruleset 2.1. */
export const atTrede2 = (): AssessmentInput => assessment({ targetGroup: [line(), line()] });

export function summaryOf(input: AssessmentInput, criteria = evidenced()): RenewalSummary {
	const result = scoreAssessment(input, rules);
	return summariseAssessment(input.period.end, result, stoppingLines(result.lines), criteria);
}

export function assessed(input: AssessmentInput, criteria = evidenced()): RenewalAssessment {
	return {
		id: 'a1',
		name: 'Peiljaar 2025',
		status: 'final',
		lastAssessedOn: '2026-01-15',
		summary: summaryOf(input, criteria)
	};
}
