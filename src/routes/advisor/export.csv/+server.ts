import { isSheetDate } from '$lib/csv/sheet-cell';
import { toCsv, type CsvCell } from '$lib/csv/write-csv';
import { parsePortfolioQuery } from '../portfolio-params';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDate } from '$lib/pso/format-number';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listPortfolio } from '$lib/server/portfolio';
import { portfolioTenders } from '$lib/server/portfolio-tenders';
import { todayIso } from '$lib/server/today';
import { portfolioTable } from '../portfolio-table';
import type { RequestHandler } from './$types';

/**
 * Every row of the filtered portfolio (not just one page), for Dutch Excel: BOM and ';',
 * decimal commas; text cells are escaped so a client called "=HYPERLINK(…)" stays text.
 */
export const GET: RequestHandler = ({ locals, url }) => {
	const user = requireUser(locals, url);
	const lang = getLocale();
	const today = todayIso();
	const db = getDb();
	const { rows } = listPortfolio(db, user.id, today, parsePortfolioQuery(url.searchParams), {
		all: true
	});
	const table = portfolioTable(rows, lang, portfolioTenders(db, rows, today));
	const body = table.rows.map((row) =>
		row.map((cell): CsvCell => (isSheetDate(cell) ? formatDate(cell.date, lang) : cell))
	);
	const csv = toCsv([table.columns.map((c) => c.header), ...body], { separator: ';', bom: true });
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="pso-portfolio-${today}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
