// The advisor's risk flags (pso-method §10): lines stopping before the renewal, and the age
// of the latest assessment.
import { describe, expect, it } from 'vitest';
import { riskFlagsFor } from './renewal-risk';
import { assessment, line } from './test-support/assessment-builder';
import { certificate, evidenced, summaryOf } from './test-support/renewal-fixtures';

describe('lines that stop counting', () => {
	it.each<[string, string, boolean]>([
		['a line stopping before expiry', '2021-04-01', true],
		['a line stopping after expiry, before the next year end', '2021-10-01', true],
		['a line stopping after both', '2022-07-01', false]
	])('flags %s: %s', (_name, inflow, flagged) => {
		const single = assessment({
			targetGroup: [line({ position: 'participatiewet', inflow, start: inflow })]
		});
		const flags = riskFlagsFor({
			today: '2026-01-15',
			certificate: certificate(),
			summary: summaryOf(single),
			lastAssessedOn: '2026-01-15'
		});
		expect(flags.includes('lines-stop-before-renewal')).toBe(flagged);
	});
});

describe('assessment age', () => {
	it.each<[string | null, boolean]>([
		[null, true],
		['2025-01-15', false],
		['2025-01-14', true],
		['2026-01-01', false]
	])('last assessed %s on 2026-01-15: flagged %s', (lastAssessedOn, flagged) => {
		const flags = riskFlagsFor({
			today: '2026-01-15',
			certificate: null,
			summary: null,
			lastAssessedOn
		});
		expect(flags).toEqual(flagged ? ['no-assessment-12-months'] : []);
	});

	it('raises only the age flag without a certificate', () => {
		const summary = summaryOf(assessment(), evidenced('2020-01-01'));
		expect(
			riskFlagsFor({
				today: '2026-01-15',
				certificate: null,
				summary,
				lastAssessedOn: '2026-01-01'
			})
		).toEqual([]);
	});
});
