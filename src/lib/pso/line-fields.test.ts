import { describe, expect, it } from 'vitest';
import { purchaseSchema, targetGroupLineSchema } from './assessment-schema';
import { comparedLineFields, lineFields } from './line-fields';
import { comparedPurchaseFields, purchaseFields } from './purchase-fields';

describe('the field lists describe the file format', () => {
	it.each([
		{ name: 'target-group line', schema: targetGroupLineSchema, list: lineFields },
		{ name: 'purchase', schema: purchaseSchema, list: purchaseFields }
	])('every $name field of the schema is listed once, with its own column', ({ schema, list }) => {
		const keys = list.map((f) => f.key);
		expect([...keys].sort()).toEqual(Object.keys(schema.shape).sort());
		expect(new Set(list.map((f) => f.column)).size).toBe(list.length);
		for (const f of list) expect(f.column).toMatch(/^[a-z][a-z_]*$/);
	});

	it('lines are matched by id, purchases by supplier and kind; the rest is compared', () => {
		expect(lineFields.length - comparedLineFields.length).toBe(1);
		expect(comparedLineFields).not.toContain('id');
		expect(comparedPurchaseFields).toEqual([
			'amount',
			'supplierTurnover',
			'supplierFte',
			'supplierDirectPct'
		]);
	});
});
