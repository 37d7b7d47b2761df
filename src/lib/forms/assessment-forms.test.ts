import { describe, expect, it } from 'vitest';
import { figuresFromForm, lineFromForm, purchaseFromForm } from './assessment-forms';

const formOf = (fields: Record<string, string>) => {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) form.set(key, value);
	return form;
};

const purchase = (overrides: Record<string, string> = {}) =>
	formOf({
		supplier: 'Groenvoorziening Oost',
		kind: 'pso-certified',
		amount: '48500',
		supplierTurnover: '2000000',
		supplierFte: '25',
		supplierDirectPct: '35',
		...overrides
	});

const line = (overrides: Record<string, string> = {}) =>
	formOf({
		id: 'mw-017',
		position: 'wajong',
		contract: 'regular',
		hoursPerWeek: '32',
		start: '2024-01-01',
		...overrides
	});

describe('purchaseFromForm reads amounts as people type them', () => {
	it.each([
		['nl', '48500', 48500],
		['nl', '48.500', 48500],
		['nl', '48.500,00', 48500],
		['nl', '€ 48.500', 48500],
		['nl', '48500,5', 48500.5],
		['en', '48500', 48500],
		['en', '48,500', 48500],
		['en', '48,500.00', 48500],
		['en', '€48,500.5', 48500.5],
		['nl', '1.000.000.000', 1e9]
	] as const)('%s: %s → %s', (lang, amount, value) => {
		expect(purchaseFromForm(purchase({ amount }), lang)).toMatchObject({
			ok: true,
			value: { amount: value }
		});
	});

	it.each([
		['nl', '48.50', 'niet eenduidig', 'Schrijf het bedrag als 48500 of 48.500,00.'],
		['nl', '1.234.5', 'geen getal', 'Schrijf het bedrag als 48500 of 48.500,00.'],
		['nl', 'veel', 'geen getal', 'Schrijf het bedrag als 48500 of 48.500,00.'],
		['en', '12,5', 'ambiguous', 'Write the amount as 48500 or 48,500.00.'],
		['en', '1' + '0'.repeat(308), 'too large', 'Write the amount as 48500 or 48,500.00.']
	] as const)('%s: %s is refused with the accepted forms', (lang, amount, why, forms) => {
		const outcome = purchaseFromForm(purchase({ amount }), lang);
		expect(outcome.ok).toBe(false);
		const message = outcome.ok ? '' : (outcome.errors.amount ?? '');
		expect(message).toContain(why);
		expect(message).toContain(forms);
	});

	it('refuses amounts, turnover and FTE above 1e9 (contract §6.4), each beside its field', () => {
		const outcome = purchaseFromForm(
			purchase({ amount: '1000000001', supplierTurnover: '2e9', supplierFte: '1.000.000.001' }),
			'nl'
		);
		expect(outcome).toEqual({
			ok: false,
			errors: {
				amount: 'Mag hoogstens 1.000.000.000 zijn.',
				supplierTurnover: expect.stringContaining('Schrijf het bedrag als'),
				supplierFte: 'Mag hoogstens 1.000.000.000 zijn.'
			}
		});
	});

	it('refuses a BSN in the supplier field', () => {
		const outcome = purchaseFromForm(purchase({ supplier: 'Jansen 123456782' }), 'nl');
		expect(outcome.ok ? {} : outcome.errors).toEqual({
			supplier: expect.stringContaining('BSN')
		});
	});
});

describe('lineFromForm', () => {
	it.each([
		['nl', '32,5', 32.5],
		['en', '32.5', 32.5]
	] as const)('%s: hours %s → %s', (lang, hoursPerWeek, value) => {
		expect(lineFromForm(line({ hoursPerWeek }), lang)).toMatchObject({
			ok: true,
			value: { hoursPerWeek: value }
		});
	});

	it('refuses Dutch 32.5 hours with the accepted forms instead of guessing', () => {
		const outcome = lineFromForm(line({ hoursPerWeek: '32.5' }), 'nl');
		expect(outcome.ok ? {} : outcome.errors).toEqual({
			hoursPerWeek: expect.stringContaining('Schrijf het getal als 32 of 32,5.')
		});
	});

	// Every date of a line reads as the certificate's do: dd-mm-jjjj or ISO (form-readers.ts).
	it.each([
		['start', '01-03-2021', '2021-03-01'],
		['start', '2021-03-01', '2021-03-01'],
		['end', '31-12-2025', '2025-12-31'],
		['inflow', '1-3-2021', '2021-03-01'],
		['indicationUntil', '15/06/2027', '2027-06-15']
	])('reads %s typed as %j as %s', (field, typed, iso) => {
		expect(lineFromForm(line({ [field]: typed }), 'nl')).toMatchObject({
			ok: true,
			value: { [field]: iso }
		});
	});

	it('refuses a date that does not exist beside its field, with the accepted forms', () => {
		const outcome = lineFromForm(line({ start: '31-02-2021', lksUntil: '30-02-2022' }), 'nl');
		expect(outcome.ok ? {} : outcome.errors).toEqual({
			start: expect.stringContaining('dd-mm-jjjj'),
			lksUntil: expect.stringContaining('dd-mm-jjjj')
		});
	});

	it('refuses an optional number that cannot be read, not only required ones', () => {
		const outcome = lineFromForm(line({ wwMonths: '6.5' }), 'nl');
		expect(outcome.ok ? {} : outcome.errors).toEqual({ wwMonths: expect.any(String) });
	});

	it.each([
		['Jan de Vries', 'naam'],
		['J. Jansen', 'naam'],
		['Fatima', 'naam'],
		['jan.devries@gmail.com', 'e-mailadres'],
		['123456782', 'BSN']
	])('refuses %j as a line id (%s)', (id, why) => {
		const outcome = lineFromForm(line({ id }), 'nl');
		expect(outcome.ok ? {} : outcome.errors).toEqual({ id: expect.stringContaining(why) });
	});

	it.each(['mw-017', 'A12', 'team3-07', 'MW 17', 'deelnemer 4'])(
		'accepts %j as a line id',
		(id) => {
			expect(lineFromForm(line({ id }), 'nl').ok).toBe(true);
		}
	);
});

describe('figuresFromForm (contract §6.4)', () => {
	const figures = (overrides: Record<string, string>) =>
		formOf({ totalFte: '12,5', headcount: '', fulltimeHours: '', monthsActive: '', ...overrides });

	it('reads Dutch figures with defaults for empty fields', () => {
		expect(figuresFromForm(figures({ fulltimeHours: '37,5' }), 'nl')).toEqual({
			ok: true,
			value: { totalFte: 12.5, headcount: null, fulltimeHours: 37.5, monthsActive: 12 }
		});
	});

	it.each([
		[{ totalFte: '1000000001' }, 'totalFte'],
		[{ totalFte: '1000000000' }, null],
		[{ headcount: '12,5' }, 'headcount'],
		[{ headcount: '99999999999999999999' }, 'headcount'],
		[{ monthsActive: '11,5' }, 'monthsActive'],
		[{ fulltimeHours: '0' }, 'fulltimeHours'],
		[{ fulltimeHours: '0,5' }, null],
		[{ fulltimeHours: '60' }, null],
		[{ fulltimeHours: '60,5' }, 'fulltimeHours']
	])('%j → error on %s', (overrides, field) => {
		const outcome = figuresFromForm(figures(overrides), 'nl');
		expect(outcome.ok ? [] : Object.keys(outcome.errors)).toEqual(field === null ? [] : [field]);
	});
});
