// Property test (issue 8): whatever arrives in a form post or a CSV cell, the parsers answer
// with a value or field errors; they never throw and never let NaN or Infinity through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberConventionOf, parseBoolean, parseDate, parseDecimal } from '$lib/csv/cell-values';
import { parseTargetGroupCsv } from '$lib/csv/target-group/read-file';
import { parseNumberInput } from '$lib/pso/number-input';
import { figuresFromForm, lineFromForm, purchaseFromForm } from './assessment-forms';
import { certificateSchema } from './certificate';
import { organisationSchemaFor } from './organisation';

/** Strings people and attackers type: digits and separators mixed with anything. */
const typed = fc.oneof(
	fc.string(),
	fc.stringMatching(/^[-+€ ]?\d{0,12}([.,]\d{0,4}){0,3}[ %€]?$/),
	fc.double().map(String),
	fc.bigInt().map(String),
	fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e308', '1' + '0'.repeat(400), '', ' ')
);

const lang = fc.constantFrom('nl' as const, 'en' as const);

/** Every number anywhere in the value is finite. */
function allFinite(value: unknown): boolean {
	if (typeof value === 'number') return Number.isFinite(value);
	if (Array.isArray(value)) return value.every(allFinite);
	if (value !== null && typeof value === 'object') return Object.values(value).every(allFinite);
	return true;
}

function formOf(fields: Record<string, string>): FormData {
	const form = new FormData();
	for (const [key, value] of Object.entries(fields)) form.set(key, value);
	return form;
}

const fields = (names: readonly string[]) =>
	fc.record(Object.fromEntries(names.map((name) => [name, typed])) as Record<string, typeof typed>);

describe('form parsers never throw and never return NaN or Infinity', () => {
	it('the number parser', () => {
		fc.assert(
			fc.property(
				typed,
				fc.constantFrom('nl', 'en', 'either') as fc.Arbitrary<'nl' | 'en' | 'either'>,
				(text, convention) => {
					const read = parseNumberInput(text, convention);
					expect(read.ok ? Number.isFinite(read.value) : typeof read.reason).toBe(
						read.ok ? true : 'string'
					);
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('purchaseFromForm', () => {
		const names = [
			'supplier',
			'kind',
			'amount',
			'supplierTurnover',
			'supplierFte',
			'supplierDirectPct'
		];
		fc.assert(
			fc.property(fields(names), lang, (values, l) => {
				const outcome = purchaseFromForm(formOf({ ...values, kind: 'sw-company' }), l);
				expect(allFinite(outcome)).toBe(true);
				if (outcome.ok) expect(outcome.value.amount).toBeLessThanOrEqual(1e9);
			}),
			{ numRuns: 500 }
		);
	});

	it('lineFromForm', () => {
		const names = [
			'id',
			'position',
			'contract',
			'hoursPerWeek',
			'start',
			'end',
			'inflow',
			'wwMonths'
		];
		fc.assert(
			fc.property(fields(names), lang, (values, l) => {
				expect(allFinite(lineFromForm(formOf(values), l))).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('figuresFromForm', () => {
		fc.assert(
			fc.property(
				fields(['totalFte', 'headcount', 'fulltimeHours', 'monthsActive']),
				lang,
				(values, l) => {
					const outcome = figuresFromForm(formOf(values), l);
					expect(allFinite(outcome)).toBe(true);
					if (outcome.ok) {
						expect(outcome.value.totalFte).toBeLessThanOrEqual(1e9);
						expect(Number.isSafeInteger(outcome.value.monthsActive)).toBe(true);
					}
				}
			),
			{ numRuns: 500 }
		);
	});

	it('the certificate and organisation forms', () => {
		const certificate = fields([
			'rung',
			'issuedOn',
			'expiresOn',
			'certifyingBody',
			'certificateNumber',
			'note'
		]);
		fc.assert(
			fc.property(
				certificate,
				fields(['name', 'kvk', 'sector', 'fulltimeHours']),
				lang,
				(cert, org, l) => {
					const parsedCert = certificateSchema.safeParse(cert);
					if (parsedCert.success) {
						// The default expiry (issue + 2 years) must stay a 4-digit year.
						const { issuedOn, expiresOn } = parsedCert.data;
						expect(expiresOn !== null || issuedOn <= '9997-12-31').toBe(true);
					}
					const parsedOrg = organisationSchemaFor(l).safeParse(org);
					if (parsedOrg.success) expect(Number.isFinite(parsedOrg.data.fulltimeHours)).toBe(true);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('the CSV cell readers and the whole target-group file', () => {
		fc.assert(
			fc.property(
				typed,
				fc.constantFrom(';', ',', '\t') as fc.Arbitrary<';' | ',' | '\t'>,
				(text, separator) => {
					expect(allFinite(parseDecimal(text, numberConventionOf(separator)))).toBe(true);
					parseDate(text);
					parseBoolean(text);
					const file = `kenmerk${separator}positie${separator}contract${separator}uren per week${separator}begindatum${separator}einddatum\nmw-1${separator}wajong${separator}regulier${separator}"${text.replace(/"/g, '""')}"${separator}01-01-2024${separator}`;
					expect(allFinite(parseTargetGroupCsv(new TextEncoder().encode(file)))).toBe(true);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
