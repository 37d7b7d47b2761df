import { describe, expect, it } from 'vitest';
import { criteriaMetWithoutEvidence } from './evidence-gaps';
import type { QualitativeStatus } from './input-codes';

describe('criteriaMetWithoutEvidence', () => {
	const cases: { status: QualitativeStatus; items: number; flagged: boolean }[] = [
		{ status: 'met', items: 0, flagged: true },
		{ status: 'met', items: 1, flagged: false },
		{ status: 'partial', items: 0, flagged: false },
		{ status: 'unmet', items: 0, flagged: false },
		{ status: 'unknown', items: 0, flagged: false }
	];
	it.each(cases)(
		'$status with $items item(s) → flagged: $flagged',
		({ status, items, flagged }) => {
			const criteria = [
				{ criterion: 'guidance' as const, status, items: Array.from({ length: items }, () => ({})) }
			];
			expect(criteriaMetWithoutEvidence(criteria)).toEqual(flagged ? ['guidance'] : []);
		}
	);

	it('keeps the order of the criteria given', () => {
		expect(
			criteriaMetWithoutEvidence([
				{ criterion: 'suitableWork', status: 'met', items: [] },
				{ criterion: 'integration', status: 'met', items: [{}] },
				{ criterion: 'guidance', status: 'met', items: [] }
			])
		).toEqual(['suitableWork', 'guidance']);
	});
});
