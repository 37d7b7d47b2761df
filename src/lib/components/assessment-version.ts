import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/pso/format-number';
import type { Lang } from '$lib/pso/lang';
import type { AssessmentLineage, AssessmentOrigin } from '$lib/server/assessments/lineage';
import { assessmentStatusLabel, type AssessmentStatus } from './assessment-status';

// The one place an assessment's version, origin and last change become text (issue 11 item 4),
// so every list tells three "Peiljaar 2025" drafts apart the same way.

const originLabels: Record<AssessmentOrigin, () => string> = {
	new: m.assessment_origin_new,
	copy: m.assessment_origin_copy,
	'new-version': m.assessment_origin_new_version,
	import: m.assessment_origin_import
};

/** "Nieuw", "Kopie", "Nieuwe versie", "Geïmporteerd". */
export function originLabel(origin: AssessmentOrigin): string {
	return originLabels[origin]();
}

/**
 * "v2", "v2, van v1", or with a source of another name "v1, van ‘Peiljaar 2024’ v1". A deleted
 * source is no longer named (its draft is gone); the origin still says it was a copy.
 */
export function versionLabel(a: Pick<AssessmentLineage, 'version' | 'source'> & { name: string }) {
	const { version, source } = a;
	if (source === null) return m.assessment_version({ version });
	return source.name === a.name
		? m.assessment_version_from({ version, from: source.version })
		: m.assessment_version_from_named({ version, name: source.name, from: source.version });
}

const changedFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/**
 * "12-03-2026 14:05": date and time, because three versions are often made on one day. In the
 * app's time zone, so the server's page and the browser's agree.
 */
export function formatChangedAt(unixSeconds: number, lang: Lang): string {
	const format = (changedFormats[lang] ??= new Intl.DateTimeFormat(
		lang === 'nl' ? 'nl-NL' : 'en-GB',
		{
			day: '2-digit',
			month: '2-digit',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			timeZone: 'Europe/Amsterdam'
		}
	));
	return format.format(new Date(unixSeconds * 1000));
}

/** One line for a `<select>` option: name, period, version, origin, status and last change. */
export function assessmentOptionText(
	a: AssessmentLineage & {
		name: string;
		periodStart: string;
		periodEnd: string;
		status: AssessmentStatus;
	},
	lang: Lang
): string {
	return m.assessment_option_text({
		name: a.name,
		period: `${formatDate(a.periodStart, lang)} – ${formatDate(a.periodEnd, lang)}`,
		version: versionLabel(a),
		origin: originLabel(a.origin),
		status: assessmentStatusLabel(a.status),
		changed: formatChangedAt(a.changedAt, lang)
	});
}
