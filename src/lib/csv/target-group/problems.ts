import { contractCodes, positionCodes } from '../../pso/assessment-schema';
import type { NumberConvention } from '../../pso/number-input';
import type { Lang, LocalizedText } from '../localized-text';
import { contractLabel, positionLabel } from './codes';
import { targetGroupColumns, targetGroupFields, type TargetGroupField } from './columns';

/**
 * Every message of the target-group import, in Dutch and English. Each is a whole
 * sentence naming its row and column, so it can stand alone in a list or a log.
 * Codes shared with the assessment schema (`required`, `out-of-range`, …) keep its names.
 */

export interface CellPlace {
	readonly row: number;
	/** The header as the user wrote it, or a field name / column letter; '' for the whole row. */
	readonly column: string;
}

export interface RowErrorParams {
	/** `convention`: how the file writes numbers (from its separator); absent = unknown. */
	'invalid-number': { value: string; convention?: NumberConvention | 'either' };
	'ambiguous-number': { value: string; convention?: NumberConvention | 'either' };
	'too-large': { value: string };
	'looks-like-name': Record<string, never>;
	'looks-like-email': Record<string, never>;
	'invalid-date': { value: string };
	'two-digit-year': { value: string };
	'invalid-boolean': { value: string };
	'unknown-position': { value: string };
	'unknown-contract': { value: string };
	'too-many-cells': { headerColumns: number };
	'duplicate-id': { firstRow: number };
	required: Record<string, never>;
	'too-long': { max: number };
	'out-of-range': { min?: number; max?: number };
	negative: Record<string, never>;
	'below-minimum': { min: number };
	'must-be-positive': Record<string, never>;
	'not-integer': Record<string, never>;
	'end-before-start': Record<string, never>;
	/** A check without its own message here; `detail` is the schema's English text. */
	invalid: { detail: string };
}
export type RowErrorCode = keyof RowErrorParams;

type MessageTable<P> = {
	readonly [C in keyof P]: (place: CellPlace, params: P[C]) => LocalizedText;
};

const MAX_ECHO = 40;

function quote(value: string): string {
	const text = value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO - 1)}…` : value;
	return `‘${text}’`;
}

function where({ row, column }: CellPlace): LocalizedText {
	return column === ''
		? { nl: `Rij ${row}`, en: `Row ${row}` }
		: { nl: `Rij ${row}, kolom ${quote(column)}`, en: `Row ${row}, column ${quote(column)}` };
}

function sentence(place: CellPlace, text: LocalizedText): LocalizedText {
	const at = where(place);
	return { nl: `${at.nl}: ${text.nl}`, en: `${at.en}: ${text.en}` };
}

function formatNumber(value: number, lang: Lang): string {
	return value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
}

function choices(lang: Lang, labels: (lang: Lang) => string[]): string {
	return labels(lang).join(', ');
}

const positionChoices = (lang: Lang) => positionCodes.map((code) => positionLabel(code, lang));
const contractChoices = (lang: Lang) => contractCodes.map((code) => contractLabel(code, lang));

/** The accepted forms of a number in a file with this convention (see number-input.ts). */
function numberForms(convention: NumberConvention | 'either' = 'either'): LocalizedText {
	switch (convention) {
		case 'nl':
			return {
				nl: 'Dit bestand gebruikt puntkomma’s, dus komma voor decimalen: schrijf bijvoorbeeld 32,5 of 48.500,00.',
				en: 'This file uses semicolons, so a decimal comma: write, for example, 32,5 or 48.500,00.'
			};
		case 'en':
			return {
				nl: 'Dit bestand gebruikt komma’s als scheidingsteken, dus punt voor decimalen: schrijf bijvoorbeeld 32.5 of 48500.00.',
				en: 'This file uses commas as separator, so a decimal point: write, for example, 32.5 or 48500.00.'
			};
		case 'either':
			return {
				nl: 'Schrijf bijvoorbeeld 32 of 32,5, zonder scheiding van duizendtallen.',
				en: 'Write, for example, 32 or 32.5, without thousands separators.'
			};
	}
}

function numberConventionText(convention: NumberConvention | 'either' = 'either'): LocalizedText {
	return convention === 'either'
		? {
				nl: 'is de punt of komma een decimaalteken of een scheiding van duizendtallen?',
				en: 'is the point or comma a decimal mark or a thousands separator?'
			}
		: {
				nl: 'zo geschreven hoort het bij de andere notatie van decimalen.',
				en: 'written like this, it belongs to the other way of writing decimals.'
			};
}

const rowErrorTable: MessageTable<RowErrorParams> = {
	'invalid-number': (place, { value, convention }) =>
		sentence(place, {
			nl: `${quote(value)} is geen getal. ${numberForms(convention).nl}`,
			en: `${quote(value)} is not a number. ${numberForms(convention).en}`
		}),
	'ambiguous-number': (place, { value, convention }) =>
		sentence(place, {
			nl: `${quote(value)} is niet eenduidig: ${numberConventionText(convention).nl} ${numberForms(convention).nl}`,
			en: `${quote(value)} is ambiguous: ${numberConventionText(convention).en} ${numberForms(convention).en}`
		}),
	'too-large': (place, { value }) =>
		sentence(place, {
			nl: `${quote(value)} is te groot.`,
			en: `${quote(value)} is too large.`
		}),
	// Never echo the value: it may be a real person's name or address.
	'looks-like-name': (place) =>
		sentence(place, {
			nl: 'dit kenmerk lijkt op een naam. Deze tool slaat geen namen op; geef iedere persoon een eigen code, zoals ‘mw-017’.',
			en: "this id looks like a person's name. This tool stores no names; give each person their own code, such as ‘emp-017’."
		}),
	'looks-like-email': (place) =>
		sentence(place, {
			nl: 'dit kenmerk lijkt op een e-mailadres. Deze tool slaat geen contactgegevens op; geef iedere persoon een eigen code, zoals ‘mw-017’.',
			en: 'this id looks like an e-mail address. This tool stores no contact details; give each person their own code, such as ‘emp-017’.'
		}),
	'invalid-date': (place, { value }) =>
		sentence(place, {
			nl: `${quote(value)} is geen geldige datum. Schrijf dd-mm-jjjj, bijvoorbeeld 31-12-2025.`,
			en: `${quote(value)} is not a valid date. Write dd-mm-yyyy or yyyy-mm-dd, for example 31-12-2025 or 2025-12-31.`
		}),
	'two-digit-year': (place, { value }) =>
		sentence(place, {
			nl: `${quote(value)} heeft een jaartal van twee cijfers. Schrijf het jaar voluit, bijvoorbeeld 31-12-2025.`,
			en: `${quote(value)} has a two-digit year. Write the year in full, for example 31-12-2025.`
		}),
	'invalid-boolean': (place, { value }) =>
		sentence(place, {
			nl: `${quote(value)} is geen ja of nee. Schrijf ja, nee of laat de cel leeg (= nee).`,
			en: `${quote(value)} is not yes or no. Write yes, no, or leave the cell empty (= no).`
		}),
	'unknown-position': (place, { value }) =>
		sentence(place, {
			nl: `${quote(value)} is geen bekende uitgangspositie. Kies uit: ${choices('nl', positionChoices)}.`,
			en: `${quote(value)} is not a known position. Choose from: ${choices('en', positionChoices)}.`
		}),
	'unknown-contract': (place, { value }) =>
		sentence(place, {
			nl: `${quote(value)} is geen bekend contracttype. Kies uit: ${choices('nl', contractChoices)}.`,
			en: `${quote(value)} is not a known contract type. Choose from: ${choices('en', contractChoices)}.`
		}),
	'too-many-cells': (place, { headerColumns }) =>
		sentence(place, {
			nl: `deze rij heeft meer cellen dan de kopregel kolommen heeft (${headerColumns}). Staat er een komma als decimaalteken in een bestand met komma’s als scheidingsteken? Zet zulke getallen tussen aanhalingstekens of gebruik een puntkomma als scheidingsteken.`,
			en: `this row has more cells than the header has columns (${headerColumns}). Is there a decimal comma in a comma-separated file? Quote such numbers or use a semicolon as the separator.`
		}),
	'duplicate-id': (place, { firstRow }) =>
		sentence(place, {
			nl: `dit kenmerk staat ook in rij ${firstRow}. Ieder persoon heeft een eigen kenmerk.`,
			en: `this id is also used in row ${firstRow}. Each person needs their own id.`
		}),
	required: (place) =>
		sentence(place, { nl: 'deze cel mag niet leeg zijn.', en: 'this cell must not be empty.' }),
	'too-long': (place, { max }) =>
		sentence(place, {
			nl: `deze tekst is te lang (hoogstens ${max} tekens).`,
			en: `this text is too long (at most ${max} characters).`
		}),
	'out-of-range': (place, { min, max }) =>
		sentence(
			place,
			min !== undefined && max !== undefined
				? {
						nl: `de waarde moet tussen ${formatNumber(min, 'nl')} en ${formatNumber(max, 'nl')} liggen.`,
						en: `the value must be between ${formatNumber(min, 'en')} and ${formatNumber(max, 'en')}.`
					}
				: max !== undefined
					? {
							nl: `de waarde mag hoogstens ${formatNumber(max, 'nl')} zijn.`,
							en: `the value must be at most ${formatNumber(max, 'en')}.`
						}
					: {
							nl: 'de waarde valt buiten het toegestane bereik.',
							en: 'the value is outside the allowed range.'
						}
		),
	negative: (place) =>
		sentence(place, {
			nl: 'de waarde mag niet negatief zijn.',
			en: 'the value must not be negative.'
		}),
	'below-minimum': (place, { min }) =>
		sentence(place, {
			nl: `de waarde moet minstens ${formatNumber(min, 'nl')} zijn.`,
			en: `the value must be at least ${formatNumber(min, 'en')}.`
		}),
	'must-be-positive': (place) =>
		sentence(place, { nl: 'de waarde moet groter dan 0 zijn.', en: 'the value must be above 0.' }),
	'not-integer': (place) =>
		sentence(place, {
			nl: 'de waarde moet een geheel getal zijn.',
			en: 'the value must be a whole number.'
		}),
	'end-before-start': (place) =>
		sentence(place, {
			nl: 'de einddatum ligt vóór de begindatum.',
			en: 'the end date is before the start date.'
		}),
	invalid: (place, { detail }) =>
		sentence(place, {
			nl: `deze waarde is niet geldig (${detail}).`,
			en: `this value is not valid (${detail}).`
		})
};

export function rowErrorMessage<C extends RowErrorCode>(
	code: C,
	place: CellPlace,
	params: RowErrorParams[C]
): LocalizedText {
	const message: (place: CellPlace, params: RowErrorParams[C]) => LocalizedText =
		rowErrorTable[code];
	return message(place, params);
}

export interface FileErrorParams {
	'empty-file': Record<string, never>;
	'no-data-rows': Record<string, never>;
	'unterminated-quote': { row: number };
	'missing-column': { field: TargetGroupField };
	'duplicate-column': { field: TargetGroupField; columns: readonly string[] };
}
export type FileErrorCode = keyof FileErrorParams;

type FileMessageTable = {
	readonly [C in FileErrorCode]: (params: FileErrorParams[C]) => LocalizedText;
};

function headerOf(field: TargetGroupField): LocalizedText {
	return targetGroupColumns[field].header;
}

const fileErrorTable: FileMessageTable = {
	'empty-file': () => ({
		nl: 'Het bestand is leeg. Begin met het sjabloon: een kopregel en één rij per persoon.',
		en: 'The file is empty. Start from the template: a header row and one row per person.'
	}),
	'no-data-rows': () => ({
		nl: 'Het bestand heeft een kopregel maar geen rijen met personen.',
		en: 'The file has a header row but no rows with people.'
	}),
	'unterminated-quote': ({ row }) => ({
		nl: `Rij ${row}: een aanhalingsteken (") wordt geopend maar nergens gesloten, dus de rest van het bestand is niet te lezen.`,
		en: `Row ${row}: a quote (") is opened but never closed, so the rest of the file cannot be read.`
	}),
	'missing-column': ({ field }) => ({
		nl: `Kolom ${quote(headerOf(field).nl)} ontbreekt. Het sjabloon toont alle kolommen.`,
		en: `Column ${quote(headerOf(field).en)} is missing. The template shows every column.`
	}),
	'duplicate-column': ({ field, columns }) => ({
		nl: `De kolommen ${columns.map(quote).join(' en ')} betekenen allebei ${quote(headerOf(field).nl)}. Laat er één staan.`,
		en: `Columns ${columns.map(quote).join(' and ')} both mean ${quote(headerOf(field).en)}. Keep only one.`
	})
};

export function fileErrorMessage<C extends FileErrorCode>(
	code: C,
	params: FileErrorParams[C]
): LocalizedText {
	const message: (params: FileErrorParams[C]) => LocalizedText = fileErrorTable[code];
	return message(params);
}

export type WarningCode = 'unknown-column' | 'unnamed-column';

const knownHeaders = (lang: Lang) =>
	targetGroupFields.map((field) => headerOf(field)[lang]).join(', ');

const warningTable: { readonly [C in WarningCode]: (column: string) => LocalizedText } = {
	'unknown-column': (column) => ({
		nl: `Kolom ${quote(column)} is onbekend en wordt niet ingelezen. Bekende kolommen: ${knownHeaders('nl')}.`,
		en: `Column ${quote(column)} is unknown and is not imported. Known columns: ${knownHeaders('en')}.`
	}),
	'unnamed-column': (column) => ({
		nl: `Kolom ${column} heeft geen kop; wat erin staat wordt niet ingelezen.`,
		en: `Column ${column} has no header; its contents are not imported.`
	})
};

export function warningMessage(code: WarningCode, column: string): LocalizedText {
	return warningTable[code](column);
}
