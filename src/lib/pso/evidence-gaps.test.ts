import { describe, expect, it } from 'vitest';
import { criteriaMetWithoutEvidence, evidenceMissing, type EvidenceClaims } from './evidence-gaps';
import type { QualitativeStatus } from './input-codes';

describe('criteriaMetWithoutEvidence (stored criteria)', () => {
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

	it('answers in the criteria’s fixed order, whatever order they come in', () => {
		expect(
			criteriaMetWithoutEvidence([
				{ criterion: 'guidance', status: 'met', items: [] },
				{ criterion: 'integration', status: 'met', items: [{}] },
				{ criterion: 'suitableWork', status: 'met', items: [] }
			])
		).toEqual(['suitableWork', 'guidance']);
	});
});

// §6.6 item 7, for an assessment file as the engine reads it.
describe('evidenceMissing (assessment file)', () => {
	const cases: { name: string; input: EvidenceClaims; missing: string[] }[] = [
		{
			name: 'no evidence object: not tracked',
			input: { qualitative: { guidance: 'met' } },
			missing: []
		},
		{
			name: 'evidence: null',
			input: { qualitative: { guidance: 'met' }, evidence: null },
			missing: []
		},
		{
			name: 'met and absent from the object',
			input: { qualitative: { guidance: 'met' }, evidence: {} },
			missing: ['guidance']
		},
		{
			name: 'met with items: null',
			input: { qualitative: { guidance: 'met' }, evidence: { guidance: { items: null } } },
			missing: ['guidance']
		},
		{
			name: 'met with an expired item',
			input: {
				qualitative: { guidance: 'met' },
				evidence: { guidance: { items: [{ document: 'a', validUntil: '2000-01-01' }] } }
			},
			missing: []
		},
		{
			name: 'partial without items',
			input: { qualitative: { guidance: 'partial' }, evidence: {} },
			missing: []
		},
		{ name: 'absent criterion is unknown', input: { qualitative: {}, evidence: {} }, missing: [] }
	];
	it.each(cases)('$name → $missing', ({ input, missing }) => {
		expect(evidenceMissing(input)).toEqual(missing);
	});
});
