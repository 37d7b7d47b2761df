import { parsePortfolioQuery } from '../portfolio-params';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listPortfolio } from '$lib/server/portfolio';
import { portfolioTenders } from '$lib/server/portfolio-tenders';
import { writeXlsx, xlsxResponse } from '$lib/server/spreadsheet/write-xlsx';
import { todayIso } from '$lib/server/today';
import { portfolioTable } from '../portfolio-table';
import type { RequestHandler } from './$types';

/** Every row of the filtered portfolio as a workbook: the CSV export's columns, typed cells. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const lang = getLocale();
	const today = todayIso();
	const db = getDb();
	const { rows } = listPortfolio(db, user.id, today, parsePortfolioQuery(url.searchParams), {
		all: true
	});
	const table = portfolioTable(rows, lang, portfolioTenders(db, rows, today));
	const bytes = await writeXlsx({
		sheetName: m.xlsx_sheet_portfolio(),
		columns: table.columns,
		rows: table.rows,
		lang
	});
	return xlsxResponse(bytes, `pso-portfolio-${today}.xlsx`);
};
