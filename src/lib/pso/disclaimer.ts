// Contract §5: every result text says it is an indicative self-assessment, not a PSO
// certificate, and names the ruleset used.
import { formatDate } from './format-number';
import { fillTemplate, type Lang } from './lang';

const templates: Record<Lang, string> = {
	nl: 'Indicatieve zelfbeoordeling, geen PSO-certificaat. Berekend met {label} (rekenregels {id}, geldig vanaf {date}). Alleen PSO-Nederland kent een trede toe, na een audit door een geaccrediteerde certificerende instelling. Waarden die geen bron bevestigt, zijn als onbevestigd gemarkeerd.',
	en: 'Indicative self-assessment, not a PSO certificate. Calculated with {label} (ruleset {id}, in force from {date}). Only PSO-Nederland grants a trede (rung), after an audit by an accredited certification body. Values no source confirms are marked as unconfirmed.'
};

export function disclaimerText(
	ruleset: { id: string; label: string; effectiveFrom: string },
	lang: Lang
): string {
	return fillTemplate(templates[lang], {
		label: ruleset.label,
		id: ruleset.id,
		date: formatDate(ruleset.effectiveFrom, lang)
	});
}
