import { describe, expect, it } from 'vitest';
import { findPersonalData, isPersonalDataHeader } from './personal-data';
import type { CsvRecord } from './parse-csv';

describe('isPersonalDataHeader', () => {
	it.each([
		'naam',
		'Naam',
		'NAAM ',
		'name',
		'Full name',
		'voornaam',
		'Achternaam',
		'first name',
		'firstName',
		'last_name',
		'surname',
		'bsn',
		'BSN-nummer',
		'burgerservicenummer',
		'Burger service nummer',
		'sofinummer',
		'sofi-nr',
		'geboortedatum',
		'Geb. datum',
		'date of birth',
		'birth date',
		'Birthdate',
		'DOB',
		'geboren',
		'Geboren op',
		'e-mail',
		'E-mailadres',
		'email address',
		'adres',
		'Woonadres',
		'address',
		'telefoon',
		'Telefoonnummer',
		'tel.',
		'phone',
		'Phone number',
		'postcode',
		'woonplaats',
		'naam medewerker',
		'medewerkernaam',
		'Employee name',
		'naam (volledig)',
		'werknemer',
		'Werknemers',
		'medewerker',
		'Employee',
		'personeelslid',
		'deelnemer'
	])('refuses %j', (header) => {
		expect(isPersonalDataHeader(header)).toBe(true);
	});

	it.each([
		'id',
		'kenmerk',
		'code',
		'uitgangspositie',
		'contract',
		'uren per week',
		'hours per week',
		'in dienst',
		'einddatum',
		'end',
		'instroom',
		'lks tot',
		'indication until',
		'school verlaten',
		'ww maanden',
		'nadere indicatie',
		'duurzaam',
		'functienaam',
		'afdelingsnaam',
		'opmerking',
		// A code for the person is what the tool asks for.
		'werknemer nr',
		'Employee ID',
		'medewerker kenmerk',
		''
	])('accepts %j', (header) => {
		expect(isPersonalDataHeader(header)).toBe(false);
	});
});

describe('findPersonalData', () => {
	const records = (...rows: string[][]): CsvRecord[] =>
		rows.map((cells, index) => ({ row: index + 1, cells }));

	it('names the column whose header is personal data', () => {
		const findings = findPersonalData(records(['id', 'Naam', 'uren'], ['mw-1', 'x', '32']));
		expect(findings).toHaveLength(1);
		expect(findings[0]).toEqual({ code: 'personal-data-column', row: 1, column: 'Naam' });
	});

	it.each([
		['in the id column', ['111222333', 'wajong'], 'id'],
		['in another column', ['mw-1', '123.456.782'], 'positie'],
		['inside text', ['mw-1234.56.782', 'wajong'], 'id']
	])('finds a possible BSN %s, without echoing it', (_name, row, column) => {
		const findings = findPersonalData(records(['id', 'positie'], ['mw-0', 'wajong'], [], row));
		expect(findings).toHaveLength(1);
		const [finding] = findings;
		// The finding holds only where the number is; its wording is tested in
		// src/lib/i18n/target-group-import-text.test.ts.
		expect(finding).toEqual({ code: 'possible-bsn', row: 4, column });
	});

	it('uses the column letter when the header itself is a possible BSN', () => {
		const findings = findPersonalData(records(['id', '123456782'], ['mw-1', '1']));
		expect(findings).toEqual([
			expect.objectContaining({ code: 'possible-bsn', row: 1, column: 'B' })
		]);
		expect(JSON.stringify(findings)).not.toContain('123456782');
	});

	it('accepts numbers that fail the eleven test', () => {
		expect(findPersonalData(records(['id', 'uren'], ['123456789', '32']))).toEqual([]);
	});
});
