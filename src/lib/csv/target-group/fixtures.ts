// Shared by the target-group CSV tests: a base file and helpers to read its outcome.
import type { TargetGroupLine } from '../../pso/assessment-schema';
import { parseTargetGroupCsv, type TargetGroupCsvResult } from './read-file';

export const HEADER = ['id', 'positie', 'contract', 'uren per week', 'start', 'einde'];
export const HEADER_FIELDS = ['id', 'position', 'contract', 'hoursPerWeek', 'start', 'end'];
export const ROW = ['mw-1', 'wajong', 'regulier', '32', '01-03-2020', ''];
export const LINE: TargetGroupLine = {
	id: 'mw-1',
	position: 'wajong',
	contract: 'regular',
	hoursPerWeek: 32,
	start: '2020-03-01',
	end: null
};

export const bytes = (text: string) => new TextEncoder().encode(text);
export const file = (rows: string[][], separator = ';') =>
	bytes(rows.map((row) => row.join(separator)).join('\r\n'));
export const parse = (rows: string[][], separator = ';') =>
	parseTargetGroupCsv(file(rows, separator));

export function linesOf(result: TargetGroupCsvResult): TargetGroupLine[] {
	if (!result.ok) {
		const problems = [...result.fileErrors, ...result.rowErrors].map((e) => JSON.stringify(e));
		throw new Error(`expected success, got: ${problems.join(' | ')}`);
	}
	return result.lines;
}

export function failureOf(result: TargetGroupCsvResult) {
	if (result.ok) throw new Error('expected failure');
	return result;
}

/** The base file with one column replaced or added. */
export function withColumn(header: string, cell: string): string[][] {
	const index = HEADER.indexOf(header);
	if (index === -1)
		return [
			[...HEADER, header],
			[...ROW, cell]
		];
	const head = [...HEADER];
	const row = [...ROW];
	head[index] = header;
	row[index] = cell;
	return [head, row];
}
