// The reminder mails, in the recipient's language: the renewal panel's essentials in words
// (RenewalPanel.svelte shows the same things on the page, with the same messages), the evidence
// that lapses, and an advisor's weekly digest. Links come from ORIGIN (mailLink).
import { m } from '$lib/paraglide/messages';
import { renewalWindowOpens } from '$lib/pso/certified-rung';
import { formatDate } from '$lib/pso/format-number';
import type { Lang } from '$lib/pso/lang';
import type { RiskFlag } from '$lib/pso/renewal-risk';
import { resultRungLabel } from '$lib/pso/result-rung-label';
import { qualitativeCriterionLabel, rungLabel } from '$lib/pso/rung-texts';
import { composeMail } from '../mail/compose';
import { mailLink, type MailConfig } from '../mail/config';
import type { PortfolioRow } from '../portfolio';
import type { DueEvidence, RenewalDue } from './due';

type Mail = { subject: string; text: string; html: string };

const settingsPath = '/account/notifications';

function certifiedLabel(
	c: { rung: RenewalDue['certificate']['rung']; pso30plus: boolean },
	lang: Lang
) {
	return rungLabel(c.rung, lang) + (c.pso30plus ? ` + ${rungLabel('pso-30plus', lang)}` : '');
}

/** The estimate against the certificate, as the renewal panel words it (contract §6.1). */
function estimateText(renewal: RenewalDue, lang: Lang): string {
	const locale = { locale: lang };
	if (!renewal.assessment) return m.renewal_no_assessment({}, locale);
	const estimate = renewal.estimate;
	if (!estimate) return m.renewal_not_scorable({}, locale);
	const label = (code: typeof estimate.rung) =>
		resultRungLabel(code, lang, estimate.basistredeModelled);
	const certified = certifiedLabel(renewal.certificate, lang);
	const likely =
		label(estimate.likelyRung) + (estimate.pso30plus ? ` + ${rungLabel('pso-30plus', lang)}` : '');
	const comparison =
		estimate.comparison === 'below'
			? m.renewal_below({ estimate: likely, certified }, locale)
			: estimate.comparison === 'possibly-below'
				? m.renewal_possibly_below(
						{ atLeast: label(estimate.rung), atMost: label(estimate.rungAtMost), certified },
						locale
					)
				: m.renewal_on_track({ estimate: likely, certified }, locale);
	// The range is worth naming wherever the panel would show one (an unpublished norm).
	const range =
		estimate.rung !== estimate.rungAtMost && estimate.comparison !== 'possibly-below'
			? ' ' +
				m.reminder_estimate_range(
					{ atLeast: label(estimate.rung), atMost: label(estimate.rungAtMost), likely },
					locale
				)
			: '';
	return comparison + range;
}

function evidenceLines(items: readonly DueEvidence[], lang: Lang): string {
	return items
		.map(
			(i) =>
				'- ' +
				m.reminder_evidence_item(
					{
						document: i.document,
						criterion: qualitativeCriterionLabel(i.criterion, lang),
						date: formatDate(i.validUntil, lang)
					},
					{ locale: lang }
				)
		)
		.join('\n');
}

const gapTexts = {
	'not-met': m.renewal_gap_not_met,
	'no-evidence': m.renewal_gap_no_evidence,
	partial: m.renewal_gap_partial
};

function renewalParagraphs(renewal: RenewalDue, lang: Lang): string[] {
	const locale = { locale: lang };
	const paragraphs = [estimateText(renewal, lang)];
	if (!renewal.assessment) return paragraphs;
	const lines = renewal.stoppingLines;
	paragraphs.push(
		lines.length === 0
			? m.renewal_lines_none({}, locale)
			: m.reminder_lines_stop(
					{ count: lines.length, date: formatDate(lines[0]!.countsUntil, lang) },
					locale
				)
	);
	if (renewal.evidenceGaps.length > 0) {
		const gaps = renewal.evidenceGaps.map(
			(g) =>
				'- ' +
				gapTexts[g.reason]({ criterion: qualitativeCriterionLabel(g.criterion, lang) }, locale)
		);
		paragraphs.push([m.reminder_evidence_gaps_heading({}, locale), ...gaps].join('\n'));
	}
	const audit = formatDate(renewal.auditOn, lang);
	if (renewal.expiredEvidence.length > 0) {
		paragraphs.push(
			m.renewal_expired_evidence_heading({ date: audit }, locale) +
				':\n' +
				evidenceLines(renewal.expiredEvidence, lang)
		);
	}
	paragraphs.push(
		renewal.expiringEvidence.length === 0
			? m.renewal_expiring_none({}, locale)
			: m.renewal_expiring_heading({ date: audit }, locale) +
					':\n' +
					evidenceLines(renewal.expiringEvidence, lang)
	);
	return paragraphs;
}

function footer(config: MailConfig, organisation: string, lang: Lang): string[] {
	const locale = { locale: lang };
	return [
		m.reminder_footer_role({ organisation }, locale),
		m.reminder_footer_settings({ url: mailLink(config, settingsPath) }, locale),
		m.renewal_disclaimer({}, locale)
	];
}

export function certificateReminderMail(
	config: MailConfig,
	organisation: { id: string; name: string },
	renewal: RenewalDue,
	lang: Lang
): Mail {
	const locale = { locale: lang };
	const date = formatDate(renewal.certificate.expiresOn, lang);
	return composeMail({
		subject: m.reminder_certificate_subject({ organisation: organisation.name, date }, locale),
		greeting: m.reminder_greeting({}, locale),
		paragraphs: [
			m.reminder_certificate_intro(
				{
					organisation: organisation.name,
					rung: certifiedLabel(renewal.certificate, lang),
					date,
					days: renewal.daysLeft
				},
				locale
			),
			...renewalParagraphs(renewal, lang)
		],
		action: {
			label: m.reminder_open_organisation({ organisation: organisation.name }, locale),
			url: mailLink(config, `/orgs/${organisation.id}`)
		},
		footer: footer(config, organisation.name, lang)
	});
}

export function evidenceReminderMail(
	config: MailConfig,
	organisation: { id: string; name: string },
	assessmentId: string,
	auditOn: string,
	items: readonly DueEvidence[],
	lang: Lang
): Mail {
	const locale = { locale: lang };
	return composeMail({
		subject: m.reminder_evidence_subject({ organisation: organisation.name }, locale),
		greeting: m.reminder_greeting({}, locale),
		paragraphs: [
			m.reminder_evidence_intro(
				{ organisation: organisation.name, date: formatDate(auditOn, lang) },
				locale
			),
			evidenceLines(items, lang)
		],
		action: {
			label: m.reminder_open_evidence({}, locale),
			url: mailLink(config, `/orgs/${organisation.id}/assessments/${assessmentId}/evidence`)
		},
		footer: footer(config, organisation.name, lang)
	});
}

const flagTexts: Record<RiskFlag, (inputs: object, options: { locale: Lang }) => string> = {
	'estimate-below-certified': m.portfolio_flag_estimate_below_certified,
	'estimate-may-be-below-certified': m.portfolio_flag_estimate_may_be_below_certified,
	'lines-stop-before-renewal': m.portfolio_flag_lines_stop_before_renewal,
	'evidence-expiring': m.portfolio_flag_evidence_expiring,
	'no-assessment-12-months': m.portfolio_flag_no_assessment_12_months
};

/** Whether a client belongs in the digest: a flag, or a certificate in its renewal window. */
export function needsAttention(row: PortfolioRow, today: string): boolean {
	return (
		row.flags.length > 0 ||
		(row.certificate !== null && today >= renewalWindowOpens(row.certificate.expiresOn))
	);
}

export function digestMail(config: MailConfig, rows: readonly PortfolioRow[], lang: Lang): Mail {
	const locale = { locale: lang };
	const clients = rows.map((r) => {
		const parts: string[] = [];
		if (r.certificate) {
			const facts = {
				rung: certifiedLabel(r.certificate, lang),
				date: formatDate(r.certificate.expiresOn, lang)
			};
			parts.push(
				r.certificate.daysLeft < 0
					? m.reminder_digest_certificate_expired(facts, locale)
					: m.reminder_digest_certificate(facts, locale)
			);
		}
		parts.push(
			r.flags.length === 0
				? m.reminder_digest_no_flags({}, locale)
				: r.flags.map((f) => `- ${flagTexts[f]({}, locale)}`).join('\n')
		);
		return [r.name, ...parts, mailLink(config, `/orgs/${r.organisationId}`)].join('\n');
	});
	return composeMail({
		subject: m.reminder_digest_subject({ count: rows.length }, locale),
		greeting: m.reminder_greeting({}, locale),
		paragraphs: [m.reminder_digest_intro({}, locale), ...clients],
		action: { label: m.reminder_open_portfolio({}, locale), url: mailLink(config, '/advisor') },
		footer: [
			m.reminder_footer_digest({}, locale),
			m.reminder_footer_settings({ url: mailLink(config, settingsPath) }, locale)
		]
	});
}
