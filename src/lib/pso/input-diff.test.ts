import { describe, expect, it } from 'vitest';
import type { AssessmentInput } from './assessment-schema';
import { diffEvidence, diffInputs, diffLines, diffPurchases } from './input-diff';
import { comparedLineFields, lineField } from './line-fields';
import { comparedPurchaseFields } from './purchase-fields';
import { assessment, line, purchaseForFte } from './test-support/assessment-builder';

describe('diffLines (by line id)', () => {
	const a = [
		line({ id: 'kept' }),
		line({ id: 'gone' }),
		line({ id: 'edited', hoursPerWeek: 20, schoolLeft: null })
	];

	it.each([
		{
			name: 'added, removed and changed with the fields that changed',
			b: [
				line({ id: 'kept' }),
				line({ id: 'edited', hoursPerWeek: 32, end: '2025-06-30' }),
				line({ id: 'new' })
			],
			added: ['new'],
			removed: ['gone'],
			changed: [
				{
					id: 'edited',
					fields: [
						{ field: 'hoursPerWeek', from: 20, to: 32 },
						{ field: 'end', from: null, to: '2025-06-30' }
					]
				}
			],
			unchanged: 1
		},
		{
			name: 'absent, null and false are the same',
			b: [
				line({ id: 'kept', durable: false, furtherIndication: null, inflow: undefined }),
				line({ id: 'gone' }),
				line({ id: 'edited', hoursPerWeek: 20 })
			],
			added: [],
			removed: [],
			changed: [],
			unchanged: 3
		},
		{
			name: 'position and contract changes',
			b: [
				line({ id: 'kept', position: 'vso-pro', contract: 'placement' }),
				line({ id: 'gone' }),
				line({ id: 'edited', hoursPerWeek: 20, durable: true })
			],
			added: [],
			removed: [],
			changed: [
				{
					id: 'kept',
					fields: [
						{ field: 'position', from: 'wajong', to: 'vso-pro' },
						{ field: 'contract', from: 'regular', to: 'placement' }
					]
				},
				{ id: 'edited', fields: [{ field: 'durable', from: false, to: true }] }
			],
			unchanged: 1
		}
	])('$name', ({ b, added, removed, changed, unchanged }) => {
		const d = diffLines(a, b);
		expect(d.added.map((l) => l.id)).toEqual(added);
		expect(d.removed.map((l) => l.id)).toEqual(removed);
		expect(d.changed).toEqual(changed);
		expect(d.unchanged).toBe(unchanged);
	});
});

describe('diffPurchases (by supplier and kind)', () => {
	const groen = { ...purchaseForFte(0.3), supplier: 'Groen BV' };
	const sw = { ...purchaseForFte(0.1), supplier: 'SW Bedrijf', kind: 'sw-company' as const };

	it('matches by supplier and kind, in order for repeated pairs', () => {
		const d = diffPurchases(
			[groen, sw, { ...groen, amount: 1000 }],
			[
				{ ...groen, amount: 6000 },
				{ ...sw, kind: 'pso-certified' }
			]
		);
		expect(d.changed).toEqual([
			{
				supplier: 'Groen BV',
				kind: 'pso-certified',
				fields: [{ field: 'amount', from: 3000, to: 6000 }]
			}
		]);
		// Same supplier, other kind: a different purchase.
		expect(d.added).toEqual([{ ...sw, kind: 'pso-certified' }]);
		expect(d.removed).toEqual([sw, { ...groen, amount: 1000 }]);
		expect(d.unchanged).toBe(0);
	});

	it('identical lists have no changes', () => {
		expect(diffPurchases([groen, sw], [groen, sw])).toEqual({
			added: [],
			removed: [],
			changed: [],
			unchanged: 2
		});
	});
});

describe('diffEvidence', () => {
	const withEvidence = (items: { document: string; holder?: string }[], note?: string) =>
		assessment({ evidence: { guidance: { items, ...(note ? { note } : {}) } } });

	it('items as a multiset; notes by criterion', () => {
		const d = diffEvidence(
			withEvidence([{ document: 'Plan' }, { document: 'Plan' }, { document: 'Map' }]),
			withEvidence([{ document: 'Plan' }, { document: 'Map', holder: 'HR' }], 'nieuw')
		);
		expect(d.added).toEqual([
			{ criterion: 'guidance', document: 'Map', holder: 'HR', validUntil: null }
		]);
		expect(d.removed).toEqual([
			{ criterion: 'guidance', document: 'Plan', holder: null, validUntil: null },
			{ criterion: 'guidance', document: 'Map', holder: null, validUntil: null }
		]);
		expect(d.notesChanged).toEqual(['guidance']);
	});
});

describe('diffInputs', () => {
	const a: AssessmentInput = assessment({
		ruleset: '2.1',
		totalFte: 50,
		organisation: { monthsActive: 36, headcount: 55 },
		qualitative: { suitableWork: 'met', integration: 'partial' },
		actionPlan: { adopted: true }
	});

	it('nothing changed', () => {
		const d = diffInputs(a, structuredClone(a));
		expect(d.changed).toBe(false);
		expect(d.figures).toEqual([]);
	});

	it('figures, ruleset, qualitative status and action plan', () => {
		const b: AssessmentInput = {
			...a,
			ruleset: '1.9',
			period: { start: '2024-01-01', end: '2024-12-31' },
			totalFte: 60,
			organisation: { monthsActive: 36 },
			qualitative: { suitableWork: 'met', integration: 'met', development: 'unknown' },
			actionPlan: { adopted: true, smart: true, targetRung: 'trede-1' }
		};
		const d = diffInputs(a, b);
		expect(d.changed).toBe(true);
		expect(d.figures).toEqual([
			{ field: 'ruleset', from: '2.1', to: '1.9' },
			{ field: 'periodStart', from: '2025-01-01', to: '2024-01-01' },
			{ field: 'periodEnd', from: '2025-12-31', to: '2024-12-31' },
			{ field: 'totalFte', from: 50, to: 60 },
			{ field: 'headcount', from: 55, to: null }
		]);
		// An absent criterion is "unknown" (contract §2): development did not change.
		expect(d.qualitative).toEqual([{ criterion: 'integration', from: 'partial', to: 'met' }]);
		expect(d.actionPlan).toEqual([
			{ field: 'smart', from: false, to: true },
			{ field: 'targetRung', from: null, to: 'trede-1' }
		]);
	});
});

describe('every field of the field lists is compared', () => {
	// A value different from the builder's for each kind, so a field added to the list is
	// compared without anyone listing it here.
	const otherLineValue = { position: 'ww', contract: 'trial', decimal: 7, date: '2024-06-30' };

	it.each(comparedLineFields.map((field) => ({ field })))('line field $field', ({ field }) => {
		const kind = lineField(field).kind;
		const to = kind === 'boolean' ? true : otherLineValue[kind as keyof typeof otherLineValue];
		const before = line({ id: 'x' });
		const d = diffLines([before], [{ ...before, [field]: to }]);
		expect(d.changed).toEqual([
			{
				id: 'x',
				fields: [{ field, from: kind === 'boolean' ? false : (before[field] ?? null), to }]
			}
		]);
	});

	it.each(comparedPurchaseFields.map((field) => ({ field })))(
		'purchase field $field',
		({ field }) => {
			const before = purchaseForFte(0.5);
			const d = diffPurchases([before], [{ ...before, [field]: before[field] + 1 }]);
			expect(d.changed).toEqual([
				{
					supplier: before.supplier,
					kind: before.kind,
					fields: [{ field, from: before[field], to: before[field] + 1 }]
				}
			]);
		}
	);
});
