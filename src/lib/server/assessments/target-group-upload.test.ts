import { describe, expect, it } from 'vitest';
import type { TargetGroupLine } from '$lib/pso/assessment-schema';
import { workbookBytes, type Row } from '../test-support/workbooks';
import { readTargetGroupUpload, type TargetGroupUpload } from './target-group-upload';

// Issue 11 item 5: an .xlsx goes through the CSV import's own checks, so the same rows give the
// same lines and the same problems, at the row numbers Excel shows.

const HEADER = [
	'kenmerk',
	'uitgangspositie',
	'contract',
	'uren per week',
	'begindatum',
	'einddatum'
];
const GOOD = ['mw-1', 'Wajong', 'regulier', '32', '2020-03-01', ''];
const LINE: TargetGroupLine = {
	id: 'mw-1',
	position: 'wajong',
	contract: 'regular',
	hoursPerWeek: 32,
	start: '2020-03-01',
	end: null
};

const csvBytes = (rows: readonly string[][]) =>
	new TextEncoder().encode(`\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`);

/** What a user would see of the outcome: the lines, or each problem with its place. */
function seen(result: TargetGroupUpload) {
	if (result.ok) return { lines: result.lines };
	if ('workbook' in result) return { workbook: result.workbook.code };
	return {
		fileErrors: result.fileErrors.map((e) => ({ code: e.code, row: e.row })),
		rowErrors: result.rowErrors.map((e) => ({ code: e.code, row: e.row, column: e.column }))
	};
}

const cases: [string, string[][], ReturnType<typeof seen>, Set<string>?][] = [
	['good rows', [HEADER, GOOD], { lines: [LINE] }],
	[
		'an unknown position and an impossible date, by row and column',
		[HEADER, GOOD, ['mw-2', 'onbekend', 'regulier', '32', '31-02-2021', '']],
		{
			fileErrors: [],
			rowErrors: [
				{ code: 'unknown-position', row: 3, column: 'uitgangspositie' },
				{ code: 'invalid-date', row: 3, column: 'begindatum' }
			]
		}
	],
	[
		'a blank row keeps the next row number',
		[HEADER, GOOD, [], ['mw-2', 'Wajong', 'regulier', 'veel', '2020-03-01', '']],
		{ fileErrors: [], rowErrors: [{ code: 'invalid-number', row: 4, column: 'uren per week' }] }
	],
	[
		'an id used twice',
		[HEADER, GOOD, GOOD],
		{ fileErrors: [], rowErrors: [{ code: 'duplicate-id', row: 3, column: 'kenmerk' }] }
	],
	[
		'an id the assessment already has',
		[HEADER, ['mw-3', 'Wajong', 'regulier', '32', '2020-03-01', ''], GOOD],
		{ fileErrors: [], rowErrors: [{ code: 'id-exists', row: 2, column: 'kenmerk' }] },
		new Set(['mw-3'])
	],
	[
		'end before start',
		[HEADER, ['mw-1', 'Wajong', 'regulier', '32', '2020-03-01', '2019-01-01']],
		{ fileErrors: [], rowErrors: [{ code: 'end-before-start', row: 2, column: 'einddatum' }] }
	],
	[
		'a missing column',
		[HEADER.slice(1), GOOD.slice(1)],
		{ fileErrors: [{ code: 'missing-column', row: 1 }], rowErrors: [] }
	],
	['no end column: no end dates', [HEADER.slice(0, 5), GOOD.slice(0, 5)], { lines: [LINE] }],
	[
		'a name column is refused as personal data',
		[
			['naam', ...HEADER],
			['Jan Jansen', ...GOOD]
		],
		{ fileErrors: [{ code: 'personal-data-column', row: 1 }], rowErrors: [] }
	]
];

describe('readTargetGroupUpload: an .xlsx reads like the same CSV', () => {
	it.each(cases)('%s', async (_name, rows, expected, existingIds) => {
		const options = { existingIds };
		const fromCsv = seen(await readTargetGroupUpload(csvBytes(rows), 'regels.csv', options));
		const cells: Row[] = rows.map((r) => (r.length === 0 ? null : r));
		const xlsx = await workbookBytes(cells);
		const fromXlsx = seen(await readTargetGroupUpload(xlsx, 'regels.xlsx', options));
		expect(fromCsv).toEqual(expected);
		expect(fromXlsx).toEqual(expected);
	});

	it('reads number and date cells as the values Excel shows', async () => {
		const xlsx = await workbookBytes([
			HEADER,
			['mw-1', 'Wajong', 'regulier', 24.5, new Date(Date.UTC(2020, 2, 1)), null],
			[
				'mw-2',
				'WW',
				'detachering',
				1.125,
				new Date(Date.UTC(2021, 5, 15)),
				new Date(Date.UTC(2025, 11, 31))
			]
		]);
		const result = await readTargetGroupUpload(xlsx, 'regels.xlsx');
		expect(seen(result)).toEqual({
			lines: [
				{ ...LINE, hoursPerWeek: 24.5 },
				{
					id: 'mw-2',
					position: 'ww',
					contract: 'secondment-flex',
					hoursPerWeek: 1.125,
					start: '2021-06-15',
					end: '2025-12-31'
				}
			]
		});
	});

	it.each([
		[
			'an old .xls',
			Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
			'legacy-xls'
		],
		['a CSV renamed to .xlsx', csvBytes([HEADER, GOOD]), 'not-a-workbook']
	])('refuses %s before any check', async (_name, bytes, code) => {
		expect(seen(await readTargetGroupUpload(bytes, 'regels.xlsx'))).toEqual({ workbook: code });
	});
});
