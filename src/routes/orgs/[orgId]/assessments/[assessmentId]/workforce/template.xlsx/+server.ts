import { exampleLines, targetGroupLinesTable } from '$lib/csv/target-group/template';
import { m } from '$lib/paraglide/messages';
import { requireAssessment } from '$lib/server/assessments/access';
import { writeXlsx, xlsxResponse } from '$lib/server/spreadsheet/write-xlsx';
import type { RequestHandler } from './$types';

/** The import template as a workbook: the headers in this language and two example rows. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireAssessment(locals, params, 'view');
	const lang = url.searchParams.get('lang') === 'en' ? 'en' : 'nl';
	const { header, rows } = targetGroupLinesTable(exampleLines(lang), lang);
	const bytes = await writeXlsx({
		sheetName: m.xlsx_sheet_lines({}, { locale: lang }),
		columns: header.map((text) => ({ header: text })),
		rows,
		lang
	});
	return xlsxResponse(bytes, `pso-doelgroep-template-${lang}.xlsx`);
};
