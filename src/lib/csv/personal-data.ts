import { containsPossibleBsn } from '../pso/bsn';
import { columnLetter } from './column-letter';
import { toLookupKey, toLookupWords } from './lookup-key';
import type { CsvRecord } from './parse-csv';

/**
 * The tool never stores names, BSNs or other directly identifying data (scoring contract
 * §2): a file that seems to carry them is refused as a whole, before anything else is read.
 */

// Found anywhere in the header with case, spaces, punctuation and accents removed.
const PERSONAL_HEADER_PARTS = [
	'bsn',
	'burgerservicenummer',
	'sofinummer',
	'sofinr',
	'geboorte',
	'gebdatum',
	'geboren',
	'birth',
	'voornaam',
	'achternaam',
	'familienaam',
	'roepnaam',
	'meisjesnaam',
	'tussenvoegsel',
	'firstname',
	'lastname',
	'surname',
	'givenname',
	'fullname',
	'middlename',
	'email',
	'telefoon',
	'telephone',
	'phone',
	'mobiel',
	'adres',
	'address',
	'postcode',
	'zipcode',
	'postalcode',
	'woonplaats',
	'straat',
	'street',
	'huisnummer'
] as const;

// Only as a whole word: as a part they occur in harmless words ("dob" in "adobe").
const PERSONAL_HEADER_WORDS = new Set([
	'naam',
	'namen',
	'name',
	'names',
	'dob',
	'mail',
	'tel',
	'gsm',
	'mobile',
	'initialen',
	'initials'
]);

// A column named for the person itself ("Werknemer", "Employee") holds their names, unless
// the header says it holds a code ("werknemer nr", "employee id"): a code is what we ask for.
const PERSON_WORDS = new Set([
	'werknemer',
	'werknemers',
	'medewerker',
	'medewerkers',
	'personeelslid',
	'personeelsleden',
	'persoon',
	'personen',
	'deelnemer',
	'kandidaat',
	'employee',
	'employees',
	'person',
	'persons',
	'worker',
	'participant',
	'candidate'
]);
const CODE_WORDS = new Set([
	'id',
	'nr',
	'no',
	'nummer',
	'number',
	'code',
	'kenmerk',
	'pseudoniem',
	'pseudonym',
	'ref',
	'referentie',
	'reference'
]);

// Compounds such as "medewerkernaam" or "naamwerknemer" are names of people, except these
// names of things an organisation might well add as a column.
const NAME_AFFIXES = ['naam', 'name'] as const;
const NON_PERSONAL_NAMES = new Set([
	'functienaam',
	'bedrijfsnaam',
	'afdelingsnaam',
	'organisatienaam',
	'teamnaam',
	'locatienaam',
	'vestigingsnaam',
	'jobname',
	'functionname',
	'rolename',
	'companyname',
	'departmentname',
	'teamname',
	'locationname'
]);

/** Whether a column header announces personal data (a name, BSN, birth date, contact or address). */
export function isPersonalDataHeader(header: string): boolean {
	const key = toLookupKey(header);
	if (key === '') return false;
	if (PERSONAL_HEADER_PARTS.some((part) => key.includes(part))) return true;
	const words = toLookupWords(header);
	if (words.some((word) => PERSONAL_HEADER_WORDS.has(word))) return true;
	if (words.some((word) => PERSON_WORDS.has(word)) && !words.some((word) => CODE_WORDS.has(word))) {
		return true;
	}
	return (
		!NON_PERSONAL_NAMES.has(key) &&
		NAME_AFFIXES.some((affix) => key.startsWith(affix) || key.endsWith(affix))
	);
}

export type PersonalDataCode = 'personal-data-column' | 'possible-bsn';

export interface PersonalDataFinding {
	readonly code: PersonalDataCode;
	/** Excel row number (the header is row 1). */
	readonly row: number;
	/** The header as the user wrote it, or the column letter when that would reveal the value. */
	readonly column: string;
}

/**
 * Every column whose header announces personal data, and every cell (header included)
 * that holds a possible BSN. `records[0]` is the header.
 */
export function findPersonalData(records: readonly CsvRecord[]): PersonalDataFinding[] {
	const findings: PersonalDataFinding[] = [];
	const header = records[0];
	if (!header) return findings;

	const labels = header.cells.map((cell, index) => {
		const text = cell.trim();
		return text === '' || containsPossibleBsn(text) ? columnLetter(index) : text;
	});
	const labelOf = (index: number) => labels[index] ?? columnLetter(index);

	header.cells.forEach((cell, index) => {
		if (isPersonalDataHeader(cell)) {
			findings.push({ code: 'personal-data-column', row: header.row, column: labelOf(index) });
		}
	});
	for (const record of records) {
		record.cells.forEach((cell, index) => {
			if (containsPossibleBsn(cell)) {
				// Never the cell value: the point is not to spread the number any further.
				findings.push({ code: 'possible-bsn', row: record.row, column: labelOf(index) });
			}
		});
	}
	return findings;
}
