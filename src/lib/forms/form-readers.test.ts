import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	checkboxField,
	dateField,
	FormReader,
	isChecked,
	optionalDateField,
	optionalTextField,
	requiredTextField
} from './form-readers';

const formOf = (fields: Record<string, string>) => {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) form.set(key, value);
	return form;
};

// Every date field of every form reads through these; parseDateInput's own table is in
// pso/date-input.test.ts.
const dates: [typed: string, iso: string | null][] = [
	['15-03-2026', '2026-03-15'],
	['2026-03-15', '2026-03-15'],
	['1-3-2026', '2026-03-01'],
	['01-03-2021', '2021-03-01'],
	['31-02-2026', null],
	['15-03-26', null],
	['morgen', null]
];

describe('FormReader', () => {
	it.each(dates)('date %j → %s', (typed, iso) => {
		const read = new FormReader(formOf({ start: typed }), 'nl');
		expect(read.date('start')).toBe(iso ?? undefined);
		expect(read.errors).toEqual(iso ? {} : { start: expect.stringContaining('15-03-2026') });
	});

	it('says so when the year has two digits, in the language asked for', () => {
		const read = new FormReader(formOf({ start: '15-03-26' }), 'en');
		read.date('start');
		expect(read.errors.start).toBe('Write the year in full, with four digits: 15-03-2026.');
	});

	it('reads an empty date as absent, without an error', () => {
		const read = new FormReader(formOf({ start: '  ' }), 'nl');
		expect(read.date('start')).toBeUndefined();
		expect(read.date('missing')).toBeUndefined();
		expect(read.errors).toEqual({});
	});

	it.each([
		['nl', 'amount', '48.500', 48500],
		['nl', 'decimal', '32,5', 32.5],
		['en', 'amount', '48,500.00', 48500],
		['en', 'decimal', '32.5', 32.5]
	] as const)('%s %s %j → %s', (lang, kind, typed, value) => {
		const read = new FormReader(formOf({ n: typed }), lang);
		expect(read.number('n', kind)).toBe(value);
		expect(read.errors).toEqual({});
	});

	it('refuses an ambiguous number with the accepted forms beside the field', () => {
		const read = new FormReader(formOf({ amount: '48.50' }), 'nl');
		expect(read.number('amount', 'amount')).toBeUndefined();
		expect(read.errors.amount).toContain('48.500,00');
	});

	it('trims text and reads absent or empty optional text as undefined', () => {
		const read = new FormReader(formOf({ id: ' mw-1 ', note: ' ' }), 'nl');
		expect([read.text('id'), read.optionalText('note'), read.text('missing')]).toEqual([
			'mw-1',
			undefined,
			''
		]);
	});
});

describe('checkboxes', () => {
	it.each([
		['on', true],
		['true', true],
		[true, true],
		[undefined, false],
		['', false],
		['off', false],
		[false, false]
	])('%j is %s', (value, checked) => {
		expect(isChecked(value)).toBe(checked);
		expect(z.object({ flag: checkboxField() }).parse({ flag: value })).toEqual({ flag: checked });
	});

	it('reads a form checkbox the same way', () => {
		const read = new FormReader(formOf({ durable: 'on' }), 'nl');
		expect([read.checkbox('durable'), read.checkbox('furtherIndication')]).toEqual([true, false]);
	});
});

describe('zod date fields (the app schemas)', () => {
	const messageOf = (result: { success: boolean; error?: z.ZodError }) =>
		result.error?.issues[0]?.message;

	it.each(dates)('required %j → %s', (typed, iso) => {
		const result = dateField().safeParse(typed);
		expect(result.success ? result.data : messageOf(result)).toBe(
			iso ?? (typed === '15-03-26' ? 'date_two_digit_year' : 'date_invalid')
		);
	});

	it.each([
		['', null],
		['  ', null],
		[undefined, null],
		['15-03-2026', '2026-03-15']
	])('optional %j → %s', (typed, value) => {
		expect(z.object({ d: optionalDateField() }).parse({ d: typed })).toEqual({ d: value });
	});

	it('refuses an empty required date and an unreadable optional one', () => {
		expect(messageOf(dateField().safeParse(''))).toBe('date_invalid');
		expect(messageOf(optionalDateField().safeParse('31-02-2026'))).toBe('date_invalid');
	});
});

describe('zod text fields', () => {
	it.each([
		[' Kiwa ', { ok: 'Kiwa' }],
		['', { code: 'required' }],
		['x'.repeat(201), { code: 'text_too_long' }],
		['Kiwa 123456782', { code: 'contains_bsn' }]
	])('required %j', (typed, expected) => {
		const result = requiredTextField(200, 'required').safeParse(typed);
		expect(result.success ? { ok: result.data } : { code: messageOf(result) }).toEqual(expected);
	});

	it.each([
		['', null],
		[undefined, null],
		[' note ', 'note']
	])('optional %j → %s', (typed, value) => {
		expect(z.object({ t: optionalTextField(10) }).parse({ t: typed })).toEqual({ t: value });
	});

	function messageOf(result: { error?: z.ZodError }) {
		return result.error?.issues[0]?.message;
	}
});
