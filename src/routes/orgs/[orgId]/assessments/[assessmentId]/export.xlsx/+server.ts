import { targetGroupLinesTable } from '$lib/csv/target-group/template';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireAssessment } from '$lib/server/assessments/access';
import { listLines } from '$lib/server/assessments/lines';
import { attachmentName } from '$lib/server/attachment-name';
import { getDb } from '$lib/server/db';
import * as organisations from '$lib/server/organisations';
import { writeXlsx, xlsxResponse } from '$lib/server/spreadsheet/write-xlsx';
import type { RequestHandler } from './$types';

/** The target-group lines as a workbook in the import format (it imports back unchanged). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { assessment, user } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const org = organisations.getOrganisationForUser(db, params.orgId, user.id)!;
	const lang = (url.searchParams.get('lang') ?? getLocale()) === 'en' ? 'en' : 'nl';
	const { header, rows } = targetGroupLinesTable(listLines(db, assessment), lang);
	const bytes = await writeXlsx({
		sheetName: m.xlsx_sheet_lines({}, { locale: lang }),
		columns: header.map((text) => ({ header: text })),
		rows,
		lang
	});
	return xlsxResponse(bytes, attachmentName(org.name, assessment, 'xlsx'));
};
