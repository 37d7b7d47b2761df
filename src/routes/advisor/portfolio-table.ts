import { sheetDate, type SheetCell } from '$lib/csv/sheet-cell';
import { m } from '$lib/paraglide/messages';
import type { RungCode } from '$lib/pso/input-codes';
import type { Lang } from '$lib/pso/lang';
import { resultRungLabel } from '$lib/pso/result-rung-label';
import { rungLabel } from '$lib/pso/rung-texts';
import { leadingRung, rungRangeView } from '$lib/results/rung-range';
import type { PortfolioRow } from '$lib/server/portfolio';
import type { ClientTenders } from '$lib/server/portfolio-tenders';
import { flagLabel } from './flag-labels';

/** The likely rung and, when the size's norm is not published, its range (as on the page). */
function rungCells(row: PortfolioRow, lang: Lang): [SheetCell, SheetCell] {
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

/** The row's flags and, beside them, the tender flag (not a risk flag: it is not filterable). */
function flagsText(row: PortfolioRow, tenders: ClientTenders | undefined): string {
	const labels = row.flags.map(flagLabel);
	if (tenders?.outlivesCertificate) labels.push(m.portfolio_flag_tender_outlives_certificate());
	return labels.join(' | ');
}

/**
 * The portfolio as one table for both exports (CSV and .xlsx): the page's columns, numbers as
 * numbers and dates as dates, labels in the user's language. The SR value is two numbers (the
 * low and the high end), empty for a client without tenders or with an unknown credit.
 */
export function portfolioTable(
	rows: readonly PortfolioRow[],
	lang: Lang,
	tenders: ReadonlyMap<string, ClientTenders>
): { columns: { header: string; numFmt?: string }[]; rows: SheetCell[][] } {
	const columns = [
		m.portfolio_col_org(),
		m.estimated_rung(),
		m.portfolio_col_likely_rung(),
		m.portfolio_col_rung_range(),
		{ header: m.total_pct(), numFmt: '0.00' },
		m.portfolio_certified(),
		rungLabel('pso-30plus', lang),
		m.portfolio_col_expiry(),
		m.portfolio_col_days_left(),
		m.portfolio_col_last_assessment(),
		m.portfolio_col_assessment_status(),
		{ header: m.portfolio_col_sr_value_min(), numFmt: '#,##0' },
		{ header: m.portfolio_col_sr_value_max(), numFmt: '#,##0' },
		m.portfolio_col_flags()
	].map((column) => (typeof column === 'string' ? { header: column } : column));
	const body = rows.map((r): SheetCell[] => {
		const credit = tenders.get(r.organisationId)?.credit ?? null;
		return [
			r.name,
			r.estimatedRung
				? resultRungLabel(r.estimatedRung, lang, r.rungFacts?.basistredeModelled)
				: null,
			...rungCells(r, lang),
			r.totalPct === null ? null : Math.round(r.totalPct * 100) / 100,
			r.certificate ? rungLabel(r.certificate.rung, lang) : m.portfolio_no_certificate(),
			r.certificate ? (r.certificate.pso30plus ? m.yes() : m.no()) : null,
			r.certificate ? sheetDate(r.certificate.expiresOn) : null,
			r.certificate?.daysLeft ?? null,
			r.assessment ? sheetDate(r.assessment.assessedOn) : null,
			r.assessment ? (r.assessment.status === 'final' ? m.status_final() : m.status_draft()) : null,
			credit?.min ?? null,
			credit?.max ?? null,
			flagsText(r, tenders.get(r.organisationId))
		];
	});
	return { columns, rows: body };
}
