import type { TargetGroupLine } from '../../pso/assessment-schema';
import { formatCsvBoolean, formatCsvDate } from '../cell-values';
import type { Lang } from '../../pso/lang';
import { contractCellText, positionCellText } from './codes';
import { targetGroupColumns, targetGroupFields, type TargetGroupField } from './columns';
import { toCsv, type CsvCell } from '../write-csv';
import { isSheetDate, sheetDate, type SheetCell } from '../sheet-cell';

/**
 * Dutch files are what Dutch Excel opens with a double click: `;` and decimal commas.
 * Both get a BOM so Excel reads them as UTF-8 (é, ë, €) rather than Windows-1252.
 */
const SEPARATOR = { nl: ';', en: ',' } as const satisfies Record<Lang, ';' | ','>;

function lineCells(line: TargetGroupLine, lang: Lang): Record<TargetGroupField, SheetCell> {
	const date = (value: string | null | undefined) =>
		value === null || value === undefined ? null : sheetDate(value);
	const flag = (value: boolean | null | undefined) =>
		value === null || value === undefined ? null : formatCsvBoolean(value, lang);
	return {
		id: line.id,
		position: positionCellText(line.position, lang),
		contract: contractCellText(line.contract, lang),
		hoursPerWeek: line.hoursPerWeek,
		start: date(line.start),
		end: date(line.end),
		inflow: date(line.inflow),
		lksUntil: date(line.lksUntil),
		indicationUntil: date(line.indicationUntil),
		schoolLeft: date(line.schoolLeft),
		wwMonths: line.wwMonths,
		furtherIndication: flag(line.furtherIndication),
		durable: flag(line.durable)
	};
}

/**
 * Target-group lines as a table in the import format: the headers in this language, numbers
 * as numbers, dates as dates. Written as CSV (below) or as a workbook, it reads back to the
 * same lines (an optional field that is `null` comes back absent, which means the same).
 */
export function targetGroupLinesTable(
	lines: readonly TargetGroupLine[],
	lang: Lang
): { header: string[]; rows: SheetCell[][] } {
	const header = targetGroupFields.map((field) => targetGroupColumns[field].header[lang]);
	const rows = lines.map((line) => {
		const cells = lineCells(line, lang);
		return targetGroupFields.map((field) => cells[field]);
	});
	return { header, rows };
}

/** Target-group lines as a CSV that `parseTargetGroupCsv` reads back to the same lines. */
export function targetGroupLinesToCsv(lines: readonly TargetGroupLine[], lang: Lang): string {
	const { header, rows } = targetGroupLinesTable(lines, lang);
	const csvRows = rows.map((row) =>
		row.map((cell): CsvCell => (isSheetDate(cell) ? formatCsvDate(cell.date, lang) : cell))
	);
	return toCsv([header, ...csvRows], { separator: SEPARATOR[lang], bom: true });
}

/** Two people, pseudonymous ids, values as they really occur. */
export function exampleLines(lang: Lang): TargetGroupLine[] {
	const prefix = lang === 'nl' ? 'mw' : 'emp';
	return [
		{
			id: `${prefix}-001`,
			position: 'wajong',
			contract: 'regular',
			hoursPerWeek: 32,
			start: '2021-03-01',
			end: null,
			furtherIndication: false,
			durable: false
		},
		{
			id: `${prefix}-002`,
			position: 'participatiewet-lks',
			contract: 'secondment-flex',
			hoursPerWeek: 24.5,
			start: '2023-09-15',
			end: '2025-06-30',
			inflow: '2023-09-01',
			lksUntil: '2026-08-31',
			furtherIndication: true,
			durable: true
		}
	];
}

/** The downloadable template: the header in this language and two example rows. */
export function targetGroupTemplateCsv(lang: Lang): string {
	return targetGroupLinesToCsv(exampleLines(lang), lang);
}
