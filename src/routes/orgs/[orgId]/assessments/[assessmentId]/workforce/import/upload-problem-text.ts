import type { XlsxProblem } from '$lib/server/spreadsheet/read-xlsx';
import { m } from '$lib/paraglide/messages';
import { MAX_LINES_PER_ASSESSMENT } from '$lib/pso/assessment-defaults';
import { formatNumber } from '$lib/pso/format-number';
import type { Lang } from '$lib/pso/lang';

/** Why an uploaded workbook was not read at all, in the user's words. */
export function workbookProblemText(problem: XlsxProblem, lang: Lang): string {
	const whole = (value: number) => formatNumber(value, lang, 0, 0);
	switch (problem.code) {
		case 'legacy-xls':
			return m.spreadsheet_legacy_xls();
		case 'not-a-workbook':
			return m.spreadsheet_not_a_workbook();
		case 'too-many-cells':
			return m.import_workbook_too_many_cells({ max: whole(problem.maxCells) });
		case 'too-large-unpacked':
			return m.import_workbook_too_large_unpacked({
				max: whole(problem.maxBytes / (1024 * 1024))
			});
		case 'too-many-rows':
			return m.import_too_many_rows({ max: whole(MAX_LINES_PER_ASSESSMENT) });
	}
}

/** "4 regels geïmporteerd." (and that the earlier lines are gone, when they were replaced). */
export function importedText(count: number, mode: 'replace' | 'append', lang: Lang): string {
	const done =
		count === 1
			? m.import_one_line_imported()
			: m.import_lines_imported({ count: formatNumber(count, lang, 0, 0) });
	return mode === 'replace' ? `${done} ${m.import_lines_replaced()}` : done;
}
