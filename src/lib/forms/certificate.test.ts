import { describe, expect, it } from 'vitest';
import { certificateSchema } from './certificate';

const form = (overrides: Record<string, string> = {}) => ({
	rung: 'trede-2',
	issuedOn: '2024-03-15',
	expiresOn: '',
	certifyingBody: ' Kiwa ',
	certificateNumber: '',
	note: '',
	...overrides
});

const errors = (input: Record<string, string>) => {
	const parsed = certificateSchema.safeParse(input);
	return parsed.success
		? {}
		: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('certificate form', () => {
	it('reads a complete form; an empty expiry is left to the default', () => {
		expect(certificateSchema.parse(form({ pso30plus: 'on', rung: 'trede-3' }))).toEqual({
			rung: 'trede-3',
			pso30plus: true,
			issuedOn: '2024-03-15',
			expiresOn: null,
			certifyingBody: 'Kiwa',
			certificateNumber: null,
			note: null
		});
	});

	it.each([
		['15-03-2024', '2024-03-15'],
		['5-3-2024', '2024-03-05'],
		['2024-03-15', '2024-03-15']
	])('accepts the date %s as %s', (typed, iso) => {
		expect(certificateSchema.parse(form({ issuedOn: typed })).issuedOn).toBe(iso);
	});

	it.each<[string, Record<string, string>, Record<string, string>]>([
		['no rung', { rung: '' }, { rung: 'cert_rung_invalid' }],
		['an unknown rung', { rung: 'trede-4' }, { rung: 'cert_rung_invalid' }],
		['no issue date', { issuedOn: '' }, { issuedOn: 'date_invalid' }],
		['a date that does not exist', { issuedOn: '31-02-2024' }, { issuedOn: 'date_invalid' }],
		['a year before 1900', { issuedOn: '0001-01-01' }, { issuedOn: 'date_invalid' }],
		['expiry before issue', { expiresOn: '2024-03-14' }, { expiresOn: 'cert_expiry_before_issue' }],
		['no certifying body', { certifyingBody: '  ' }, { certifyingBody: 'cert_body_required' }],
		['PSO 30+ below trede 3', { pso30plus: 'on' }, { pso30plus: 'cert_pso30plus_needs_trede3' }],
		['a note too long', { note: 'x'.repeat(2001) }, { note: 'text_too_long' }],
		['a BSN in the note', { note: 'mw 123.456.782' }, { note: 'contains_bsn' }],
		[
			'a BSN as certificate number',
			{ certificateNumber: '123456782' },
			{ certificateNumber: 'contains_bsn' }
		],
		[
			'a BSN in the certifying body',
			{ certifyingBody: 'Kiwa 1234.56.782' },
			{ certifyingBody: 'contains_bsn' }
		],
		// Issue + 2 years would be year 10000: refused here, never a crash in the date arithmetic.
		[
			'a default expiry past 9999',
			{ issuedOn: '9998-01-01' },
			{ issuedOn: 'cert_default_expiry_too_late' }
		]
	])('refuses %s', (_name, overrides, expected) => {
		expect(errors(form(overrides))).toEqual(expected);
	});

	it('accepts a late issue date when the expiry is given', () => {
		const parsed = certificateSchema.parse(
			form({ issuedOn: '9998-01-01', expiresOn: '9999-12-31' })
		);
		expect(parsed.expiresOn).toBe('9999-12-31');
		expect(certificateSchema.safeParse(form({ issuedOn: '9997-12-31' })).success).toBe(true);
	});
});
