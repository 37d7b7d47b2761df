import { describe, expect, it } from 'vitest';
import { HEADER, ROW, failureOf, file, parse, withColumn } from '$lib/csv/target-group/fixtures';
import { parseTargetGroupCsv } from '$lib/csv/target-group/read-file';
import { fileErrorText, importWarningText, rowErrorText } from './target-group-import-text';

// The CSV layer reports codes; these are the sentences the import page shows for them.

describe('row problems in words', () => {
	it('start with the row and the column as the user wrote it', () => {
		const [head = [], row = []] = withColumn('uren per week', 'veel');
		const [error] = failureOf(parse([head, row])).rowErrors;
		expect(error && rowErrorText(error, 'nl')).toBe(
			'Rij 2, kolom ‘uren per week’: ‘veel’ is geen getal. Dit bestand gebruikt puntkomma’s, dus komma voor decimalen: schrijf bijvoorbeeld 32,5 of 48.500,00.'
		);
		expect(error && rowErrorText(error, 'en')).toMatch(
			/^Row 2, column ‘uren per week’: ‘veel’ is not/
		);
	});

	it('name the first row of a duplicate id', () => {
		const [error] = failureOf(parse([HEADER, ROW, ROW])).rowErrors;
		expect(error && rowErrorText(error, 'nl')).toBe(
			'Rij 3, kolom ‘id’: dit kenmerk staat ook in rij 2. Ieder persoon heeft een eigen kenmerk.'
		);
		expect(error && rowErrorText(error, 'en')).toContain('row 2');
	});

	it('list the accepted spellings of an unknown position in the language of the page', () => {
		const [error] = failureOf(parse([HEADER, ['mw-1', 'x', ...ROW.slice(2)]])).rowErrors;
		expect(error && rowErrorText(error, 'nl')).toContain('Kies uit: wsw, participatiewet, ');
		expect(error && rowErrorText(error, 'en')).toContain('Choose from: wsw, participatiewet, ');
	});

	it('write range limits as the reader writes numbers', () => {
		const [head = [], row = []] = withColumn('uren per week', '1.000,5');
		const [error] = failureOf(parse([head, row])).rowErrors;
		expect(error && rowErrorText(error, 'nl')).toMatch(/de waarde moet tussen 0 en \d+ liggen\.$/);
	});

	it('shorten a long value the user typed', () => {
		const [head = [], row = []] = withColumn('uren per week', 'x'.repeat(100));
		const [error] = failureOf(parse([head, row])).rowErrors;
		expect(error && rowErrorText(error, 'nl')).toContain(`‘${'x'.repeat(39)}…’ is geen getal.`);
	});
});

describe('an id the assessment already has', () => {
	it('names the id and the way out', () => {
		const result = failureOf(
			parseTargetGroupCsv(file([HEADER, ROW]), { existingIds: new Set(['mw-1']) })
		);
		expect(result.rowErrors.map((e) => rowErrorText(e, 'nl'))).toEqual([
			expect.stringMatching(
				/^Rij 2, kolom ‘id’: kenmerk mw-1 bestaat al in deze beoordeling\. Kies ‘Vervangen door het bestand’/
			)
		]);
	});
});

describe('file problems in words', () => {
	it('name each missing column in each language', () => {
		const result = failureOf(parse([HEADER.slice(0, 3), ROW.slice(0, 3)]));
		expect(result.fileErrors.map((e) => fileErrorText(e, 'nl'))).toEqual([
			'Kolom ‘uren per week’ ontbreekt. Het sjabloon toont alle kolommen.',
			expect.stringContaining('‘begindatum’')
		]);
		const [first] = result.fileErrors;
		expect(first && fileErrorText(first, 'en')).toContain('‘hours per week’');
	});

	it('name both columns of one field', () => {
		const [error] = failureOf(
			parse([
				[...HEADER, 'uren'],
				[...ROW, '32']
			])
		).fileErrors;
		expect(error && fileErrorText(error, 'nl')).toBe(
			'De kolommen ‘uren per week’ en ‘uren’ betekenen allebei ‘uren per week’. Laat er één staan.'
		);
		expect(error && fileErrorText(error, 'en')).toContain('‘uren per week’ and ‘uren’');
	});

	it('explain a refused personal-data column in both languages', () => {
		const [error] = failureOf(
			parse([
				['id', 'Naam'],
				['mw-1', 'x']
			])
		).fileErrors;
		expect(error && fileErrorText(error, 'nl')).toContain('Kolom ‘Naam’ lijkt persoonsgegevens');
		expect(error && fileErrorText(error, 'nl')).toContain('pseudoniem kenmerk');
		expect(error && fileErrorText(error, 'en')).toContain('pseudonymous id');
	});

	it.each([
		['in the id column', ['111222333', 'wajong'], 'id'],
		['in another column', ['mw-1', '123.456.782'], 'positie']
	])('name a possible BSN %s without echoing it', (_name, row, column) => {
		const result = failureOf(parse([['id', 'positie'], ['mw-0', 'wajong'], [], row]));
		const [error] = result.fileErrors;
		for (const lang of ['nl', 'en'] as const) {
			const text = error ? fileErrorText(error, lang) : '';
			expect(text).toContain('4');
			expect(text).toContain(`‘${column}’`);
			expect(text.replace(/\D/g, '')).not.toMatch(/111222333|123456782/);
			for (const cell of row) expect(text).not.toContain(cell);
		}
		expect(error && fileErrorText(error, 'en')).toContain('never stores names, BSNs');
	});

	it('say so when the file is empty', () => {
		const [error] = failureOf(parseTargetGroupCsv(new Uint8Array())).fileErrors;
		expect(error && fileErrorText(error, 'nl')).toBe(
			'Het bestand is leeg. Begin met het sjabloon: een kopregel en één rij per persoon.'
		);
	});
});

describe('warnings in words', () => {
	it('list the known columns next to an unknown one', () => {
		const result = failureOf(
			parse([
				[...HEADER, 'kleur'],
				[...ROW, 'x'],
				['mw-2', 'x']
			])
		);
		const [warning] = result.warnings;
		expect(warning && importWarningText(warning, 'nl')).toMatch(
			/^Kolom ‘kleur’ is onbekend en wordt niet ingelezen\. Bekende kolommen: kenmerk, uitgangspositie, /
		);
		expect(warning && importWarningText(warning, 'en')).toContain('Known columns: id, position, ');
	});
});
