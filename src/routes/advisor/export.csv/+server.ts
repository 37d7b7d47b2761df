import { toCsv, type CsvCell } from '$lib/csv/write-csv';
import { parsePortfolioQuery } from '../portfolio-params';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDate } from '$lib/pso/format-number';
import type { RungCode } from '$lib/pso/input-codes';
import { resultRungLabel } from '$lib/pso/result-rung-label';
import { rungLabel } from '$lib/pso/rung-texts';
import { leadingRung, rungRangeView } from '$lib/results/rung-range';
import { requireUser } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { listPortfolio, type PortfolioRow } from '$lib/server/portfolio';
import type { Lang } from '$lib/pso/lang';
import { todayIso } from '$lib/server/today';
import { flagLabel } from '../flag-labels';
import type { RequestHandler } from './$types';

/** The likely rung and, when the size's norm is not published, its range (as on the page). */
function rungCells(row: PortfolioRow, lang: Lang): [CsvCell, CsvCell] {
	const facts = row.rungFacts;
	if (!facts) return [null, null];
	const label = (code: RungCode) => resultRungLabel(code, lang, facts.basistredeModelled);
	const range = rungRangeView(facts);
	return [
		label(leadingRung(facts)),
		range
			? m.rung_range_short({
					atLeast: label(range.atLeast),
					atMost: label(range.atMost),
					size: String(range.size)
				})
			: null
	];
}

/**
 * Every row of the filtered portfolio (not just one page), for Dutch Excel: BOM and ';',
 * decimal commas; text cells are escaped so a client called "=HYPERLINK(…)" stays text.
 */
export const GET: RequestHandler = ({ locals, url }) => {
	const user = requireUser(locals, url);
	const lang = getLocale();
	const today = todayIso();
	const { rows } = listPortfolio(getDb(), user.id, today, parsePortfolioQuery(url.searchParams), {
		all: true
	});
	const header: CsvCell[] = [
		m.portfolio_col_org(),
		m.estimated_rung(),
		m.portfolio_col_likely_rung(),
		m.portfolio_col_rung_range(),
		m.total_pct(),
		m.portfolio_certified(),
		rungLabel('pso-30plus', lang),
		m.portfolio_col_expiry(),
		m.portfolio_col_days_left(),
		m.portfolio_col_last_assessment(),
		m.portfolio_col_assessment_status(),
		m.portfolio_col_flags()
	];
	const body = rows.map((r): CsvCell[] => [
		r.name,
		r.estimatedRung
			? resultRungLabel(r.estimatedRung, lang, r.rungFacts?.basistredeModelled)
			: null,
		...rungCells(r, lang),
		r.totalPct === null ? null : Math.round(r.totalPct * 100) / 100,
		r.certificate ? rungLabel(r.certificate.rung, lang) : m.portfolio_no_certificate(),
		r.certificate ? (r.certificate.pso30plus ? m.yes() : m.no()) : null,
		r.certificate ? formatDate(r.certificate.expiresOn, lang) : null,
		r.certificate?.daysLeft ?? null,
		r.assessment ? formatDate(r.assessment.assessedOn, lang) : null,
		r.assessment ? (r.assessment.status === 'final' ? m.status_final() : m.status_draft()) : null,
		r.flags.map(flagLabel).join(' | ')
	]);
	const csv = toCsv([header, ...body], { separator: ';', bom: true });
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="pso-portfolio-${today}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
