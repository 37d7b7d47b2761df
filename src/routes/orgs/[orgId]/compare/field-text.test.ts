import { describe, expect, it } from 'vitest';
import { comparedLineFields } from '$lib/pso/line-fields';
import { comparedPurchaseFields } from '$lib/pso/purchase-fields';
import { fieldLabel, fieldValue, type AnyField } from './field-text';

describe('compare labels and values', () => {
	it('every compared line and purchase field has its own label', () => {
		const fields: AnyField[] = [...comparedLineFields, ...comparedPurchaseFields];
		const labels = fields.map((f) => fieldLabel(f));
		for (const label of labels) expect(label.trim()).not.toBe('');
		expect(new Set(labels).size).toBe(fields.length);
	});

	it.each([
		{ field: 'lksUntil', value: '2025-06-30', shown: '30-06-2025' },
		{ field: 'periodEnd', value: '2025-12-31', shown: '31-12-2025' },
		{ field: 'hoursPerWeek', value: 31.5, shown: '31,5' },
		{ field: 'supplierFte', value: 2, shown: '2' },
		{ field: 'position', value: 'wajong', shown: 'Wajong' },
		{ field: 'durable', value: true, shown: 'ja' },
		{ field: 'inflow', value: null, shown: '—' }
	] as const)('$field $value is shown as $shown', ({ field, value, shown }) => {
		expect(fieldValue(field, value, 'nl').toLowerCase()).toContain(shown.toLowerCase());
	});

	it.each(['amount', 'supplierTurnover'] as const)('%s is an amount in euros', (field) => {
		expect(fieldValue(field, 48_500, 'nl')).toMatch(/€\s?48\.500/);
	});

	it('an empty end date reads as still employed, not as a dash', () => {
		expect(fieldValue('end', null, 'nl')).not.toBe('—');
	});
});
