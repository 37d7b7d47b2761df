import { describe, expect, it } from 'vitest';
import type { TargetGroupLine } from '../../pso/assessment-schema';
import {
	HEADER,
	HEADER_FIELDS,
	ROW,
	LINE,
	bytes,
	parse,
	linesOf,
	failureOf,
	withColumn
} from './fixtures';
import { parseTargetGroupCsv } from './read-file';

describe('parseTargetGroupCsv: reading', () => {
	it('reads a minimal Dutch file', () => {
		expect(linesOf(parse([HEADER, ROW]))).toEqual([LINE]);
	});

	it.each([
		['semicolon', ';', ['mw-1', 'wajong', 'regulier', '32,5', '01-03-2020', '']],
		['comma, decimal point', ',', ['mw-1', 'wajong', 'regulier', '32.5', '2020-03-01', '']],
		['tab', '\t', ['mw-1', 'wajong', 'regulier', '32,5', '1-3-2020', '']]
	])('separator: %s', (_name, separator, row) => {
		expect(linesOf(parse([HEADER, row], separator))).toEqual([{ ...LINE, hoursPerWeek: 32.5 }]);
	});

	it('refuses a quoted decimal comma in a comma-separated (English) file as ambiguous', () => {
		const rows = [HEADER, ['mw-1', 'wajong', 'regulier', '"12,5"', '01-03-2020', '']];
		expect(failureOf(parse(rows, ',')).rowErrors).toEqual([
			expect.objectContaining({ field: 'hoursPerWeek', code: 'ambiguous-number' })
		]);
	});

	it('reads thousands grouping in a comma-separated file the English way', () => {
		const rows = [
			[...HEADER, 'ww maanden'],
			['mw-1', 'wajong', 'regulier', '32.5', '2020-03-01', '', '"1,000"']
		];
		expect(linesOf(parse(rows, ','))).toEqual([{ ...LINE, hoursPerWeek: 32.5, wwMonths: 1000 }]);
	});

	it('reads a UTF-8 file with BOM', () => {
		const text = `\uFEFF${[HEADER, ROW].map((r) => r.join(';')).join('\n')}`;
		expect(linesOf(parseTargetGroupCsv(bytes(text)))).toEqual([LINE]);
	});

	it('reads a Windows-1252 file (ï as byte 0xEF)', () => {
		const text = [HEADER, ['mw-1', 'Oekraïense ontheemde', 'regulier', '32', '01-03-2020', '']]
			.map((r) => r.join(';'))
			.join('\r\n');
		const latin = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
		expect(latin).toContain(0xef);
		expect(linesOf(parseTargetGroupCsv(latin))).toEqual([{ ...LINE, position: 'ukraine-tpd' }]);
	});

	it('keeps row numbers as Excel shows them across blank rows', () => {
		const result = failureOf(
			parse([HEADER, ROW, [], [';;;;;'], ['mw-2', 'x', 'regulier', '32', '01-03-2020', '']])
		);
		expect(result.rowErrors.map((e) => e.row)).toEqual([5]);
		expect(result.rowCount).toBe(2);
	});

	it('strips the formula escape our export adds', () => {
		const row = ["'=mw-1", 'wajong', 'regulier', '32', '01-03-2020', ''];
		expect(linesOf(parse([HEADER, row]))[0]?.id).toBe('=mw-1');
	});

	it('trims cells', () => {
		const row = [' mw-1 ', ' wajong', 'regulier ', ' 32 ', ' 01-03-2020 ', ' '];
		expect(linesOf(parse([HEADER, row]))).toEqual([LINE]);
	});
});

describe('parseTargetGroupCsv: header aliases', () => {
	it.each<[string, string, string, Partial<TargetGroupLine>]>([
		['id', 'ID', 'mw-1', { id: 'mw-1' }],
		['id', 'Code', 'mw-1', { id: 'mw-1' }],
		['id', 'kenmerk', 'mw-1', { id: 'mw-1' }],
		['position', 'Uitgangspositie', 'wajong', { position: 'wajong' }],
		['position', 'POSITION', 'wajong', { position: 'wajong' }],
		['contract', 'Contracttype', 'regulier', { contract: 'regular' }],
		['contract', 'contract type', 'regulier', { contract: 'regular' }],
		['hoursPerWeek', 'Uren per week', '32', { hoursPerWeek: 32 }],
		['hoursPerWeek', 'hours_per_week', '32', { hoursPerWeek: 32 }],
		['hoursPerWeek', 'hoursPerWeek', '32', { hoursPerWeek: 32 }],
		['start', 'Begindatum', '01-03-2020', { start: '2020-03-01' }],
		['start', 'In dienst', '01-03-2020', { start: '2020-03-01' }],
		['end', 'Einddatum', '31-12-2024', { end: '2024-12-31' }],
		['end', 'END', '2024-12-31', { end: '2024-12-31' }],
		['inflow', 'Instroom', '01-01-2020', { inflow: '2020-01-01' }],
		['inflow', 'inflow', '2020-01-01', { inflow: '2020-01-01' }],
		['lksUntil', 'LKS tot', '31-12-2026', { lksUntil: '2026-12-31' }],
		['lksUntil', 'lks until', '2026-12-31', { lksUntil: '2026-12-31' }],
		['indicationUntil', 'Indicatie tot', '31-12-2026', { indicationUntil: '2026-12-31' }],
		['indicationUntil', 'Indication until', '2026-12-31', { indicationUntil: '2026-12-31' }],
		['schoolLeft', 'School verlaten', '01-07-2019', { schoolLeft: '2019-07-01' }],
		['schoolLeft', 'school left', '2019-07-01', { schoolLeft: '2019-07-01' }],
		['wwMonths', 'WW-maanden', '8', { wwMonths: 8 }],
		['wwMonths', 'WW months', '8', { wwMonths: 8 }],
		['furtherIndication', 'Nadere indicatie', 'ja', { furtherIndication: true }],
		['furtherIndication', 'Further indication', 'no', { furtherIndication: false }],
		['durable', 'Duurzaam', 'WAAR', { durable: true }],
		['durable', 'Durable', 'false', { durable: false }]
	])('%s ← %j', (field, header, cell, expected) => {
		const index = HEADER_FIELDS.indexOf(field);
		const rows =
			index === -1
				? [
						[...HEADER, header],
						[...ROW, cell]
					]
				: [
						HEADER.map((h, i) => (i === index ? header : h)),
						ROW.map((c, i) => (i === index ? cell : c))
					];
		expect(linesOf(parse(rows))).toEqual([{ ...LINE, ...expected }]);
	});

	it('reads an English header with accents and odd spacing', () => {
		const header = ['  Id ', 'Pósition', 'CONTRACT', 'Hours  per  week', 'Start', 'End'];
		expect(linesOf(parse([header, ROW]))).toEqual([LINE]);
	});
});

describe('parseTargetGroupCsv: values', () => {
	it.each<[string, string, Partial<TargetGroupLine>]>([
		['uren per week', '0,8', { hoursPerWeek: 0.8 }],
		['uren per week', '32,5', { hoursPerWeek: 32.5 }],
		['uren per week', '32,50', { hoursPerWeek: 32.5 }],
		['start', '1-3-2020', { start: '2020-03-01' }],
		['start', '01/03/2020', { start: '2020-03-01' }],
		['start', '2020-03-01', { start: '2020-03-01' }],
		['einde', '', { end: null }],
		['positie', 'Wajong', { position: 'wajong' }],
		['positie', 'WW', { position: 'ww' }],
		['positie', 'Participatiewet met LKS', { position: 'participatiewet-lks' }],
		['positie', 'wia-wao', { position: 'wia-wao' }],
		['contract', 'regulier', { contract: 'regular' }],
		['contract', 'Detachering', { contract: 'secondment-flex' }],
		['contract', 'stage', { contract: 'placement' }],
		['contract', 'zero-hours', { contract: 'zero-hours' }],
		['contract', 'Proefplaatsing', { contract: 'trial' }],
		['duurzaam', '', {}],
		['duurzaam', 'j', { durable: true }],
		['duurzaam', '0', { durable: false }],
		['ww maanden', '6', { wwMonths: 6 }]
	])('%s = %j', (header, cell, expected) => {
		expect(linesOf(parse(withColumn(header, cell)))).toEqual([{ ...LINE, ...expected }]);
	});
});

describe('parseTargetGroupCsv: file errors and warnings', () => {
	it.each([
		['empty file', '', 'empty-file'],
		['only blank lines', '\r\n;;\r\n', 'empty-file'],
		['header only', HEADER.join(';'), 'no-data-rows'],
		['unterminated quote', `${HEADER.join(';')}\n"mw-1;wajong`, 'unterminated-quote']
	])('%s', (_name, text, code) => {
		expect(failureOf(parseTargetGroupCsv(bytes(text))).fileErrors).toEqual([
			expect.objectContaining({ code })
		]);
	});

	// Every column of the base file but the last (`einde`), which may be left out (below).
	it.each(HEADER.slice(0, -1).map((header, index) => [header, index] as const))(
		'missing required column %s',
		(_header, index) => {
			const result = failureOf(
				parse([HEADER.filter((_, i) => i !== index), ROW.filter((_, i) => i !== index)])
			);
			expect(result.fileErrors).toEqual([
				expect.objectContaining({ code: 'missing-column', row: 1 })
			]);
			expect(result.rowErrors).toEqual([]);
		}
	);

	it('names each missing column', () => {
		const result = failureOf(parse([HEADER.slice(0, 3), ROW.slice(0, 3)]));
		expect(result.fileErrors.map((e) => e.params)).toEqual([
			{ field: 'hoursPerWeek' },
			{ field: 'start' }
		]);
	});

	it('reads a file without an end column as lines without end dates', () => {
		const rows = [HEADER.slice(0, -1), ROW.slice(0, -1)];
		expect(linesOf(parse(rows))).toEqual([LINE]);
	});

	it('refuses two columns for one field', () => {
		const result = failureOf(
			parse([
				[...HEADER, 'uren'],
				[...ROW, '32']
			])
		);
		expect(result.fileErrors).toEqual([
			expect.objectContaining({
				code: 'duplicate-column',
				params: { field: 'hoursPerWeek', columns: ['uren per week', 'uren'] }
			})
		]);
	});

	it('warns about unknown and unnamed columns but still imports', () => {
		const result = parse([
			[...HEADER, 'Opmerking', '', ''],
			[...ROW, 'loopt goed', 'x', '']
		]);
		expect(result).toEqual({
			ok: true,
			lines: [LINE],
			warnings: [
				expect.objectContaining({ code: 'unknown-column', column: 'Opmerking' }),
				expect.objectContaining({ code: 'unnamed-column', column: 'H' })
			]
		});
	});
});

describe('parseTargetGroupCsv: personal data', () => {
	it.each([
		'naam',
		'name',
		'voornaam',
		'achternaam',
		'first name',
		'last name',
		'surname',
		'bsn',
		'burgerservicenummer',
		'sofinummer',
		'geboortedatum',
		'date of birth',
		'birth date',
		'dob',
		'geboren',
		'e-mail',
		'adres',
		'address',
		'telefoon',
		'phone',
		'Naam ',
		'E-MAIL',
		'Geboortedatum:',
		'Téléphone'
	])('refuses a %j column', (header) => {
		const result = failureOf(
			parse([
				[...HEADER, header],
				[...ROW, 'x']
			])
		);
		expect(result.fileErrors).toEqual([
			expect.objectContaining({ code: 'personal-data-column', row: 1, column: header.trim() })
		]);
		expect(result.rowErrors).toEqual([]);
	});

	it.each([
		['111222333', 'id'],
		['123456782', 'id'],
		['123.456.782', 'id'],
		['1234 56 782', 'id']
	])('refuses BSN %s without repeating it', (bsn, column) => {
		const result = failureOf(parse([HEADER, ROW, [bsn, ...ROW.slice(1)]]));
		expect(result.fileErrors).toEqual([
			expect.objectContaining({ code: 'possible-bsn', row: 3, column })
		]);
		const digits = bsn.replace(/\D/g, '');
		const everything = JSON.stringify(result);
		expect(everything).not.toContain(bsn);
		expect(everything.replace(/\D/g, '')).not.toContain(digits);
	});

	it('checks every column, not only the id', () => {
		const result = failureOf(parse(withColumn('Opmerking', 'zie 111222333')));
		expect(result.fileErrors).toEqual([
			expect.objectContaining({ code: 'possible-bsn', row: 2, column: 'Opmerking' })
		]);
	});

	it('refuses before anything else is checked', () => {
		const result = failureOf(
			parse([
				['naam', 'uren'],
				['x', 'y']
			])
		);
		expect(result.fileErrors.map((e) => e.code)).toEqual(['personal-data-column']);
	});

	it('accepts a nine-digit id that fails the eleven test', () => {
		expect(linesOf(parse([HEADER, ['123456789', ...ROW.slice(1)]]))[0]?.id).toBe('123456789');
	});

	it('says where the possible BSN is', () => {
		const [error] = failureOf(parse([HEADER, ['111222333', ...ROW.slice(1)]])).fileErrors;
		expect(error).toEqual({ code: 'possible-bsn', params: {}, row: 2, column: 'id' });
	});
});

describe('parseTargetGroupCsv: volume', () => {
	it('reads 10,000 rows', () => {
		const rows = [HEADER];
		for (let i = 0; i < 10_000; i++) {
			rows.push([`mw-${i}`, i % 3 ? 'wajong' : 'ww', 'regulier', `${i % 40},5`, '01-03-2020', '']);
		}
		const lines = linesOf(parse(rows));
		expect(lines).toHaveLength(10_000);
		expect(lines[9_999]).toEqual({ ...LINE, id: 'mw-9999', position: 'ww', hoursPerWeek: 39.5 });
	});
});
