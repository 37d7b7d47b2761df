// Rung names and qualitative criteria. PSO proper nouns stay Dutch in English, with a
// short gloss (docs/scoring.md, "Explanation and texts"): "trede 2 (rung 2)",
// "basistrede (base rung)".
import type { QualitativeCriterion, QualitativeStatus, RungCode } from './input-codes';
import type { Lang, TextTable } from './lang';

export type RungLabelCode = RungCode | 'pso-30plus' | 'aspirant';

export const rungLabels: TextTable<RungLabelCode> = {
	'not-eligible': { nl: 'komt niet in aanmerking', en: 'not eligible' },
	none: { nl: 'geen trede', en: 'no trede (rung)' },
	basistrede: { nl: 'basistrede', en: 'basistrede (base rung)' },
	'trede-1': { nl: 'trede 1', en: 'trede 1 (rung 1)' },
	'trede-2': { nl: 'trede 2', en: 'trede 2 (rung 2)' },
	'trede-3': { nl: 'trede 3', en: 'trede 3 (rung 3)' },
	'pso-30plus': { nl: 'PSO 30+', en: 'PSO 30+' },
	aspirant: { nl: 'aspirant-status', en: 'aspirant-status (aspirant status)' }
};

export const qualitativeCriterionLabels: TextTable<QualitativeCriterion> = {
	suitableWork: { nl: 'Passend werk', en: 'Suitable work' },
	integration: { nl: 'Integratie', en: 'Integration' },
	development: { nl: 'Functioneren en ontwikkeling', en: 'Functioning and development' },
	guidance: { nl: 'Begeleiding', en: 'Guidance' }
};

export const qualitativeCriterionHelp: TextTable<QualitativeCriterion> = {
	suitableWork: {
		nl: 'Het werk van elke doelgroepmedewerker past bij zijn of haar mogelijkheden.',
		en: "Each target-group employee's work matches their capabilities."
	},
	integration: {
		nl: 'Elke doelgroepmedewerker is opgenomen in de organisatie en op de werkvloer.',
		en: 'Each target-group employee is integrated in the organisation and on the shop floor.'
	},
	development: {
		nl: 'Leidinggevenden werken doelgericht aan functioneren en ontwikkeling, met aantoonbare gesprekken (bij hercertificering voor minstens 80 % van de dossiers).',
		en: 'Managers work purposefully on functioning and development, with documented interviews (at re-certification for at least 80 % of the files).'
	},
	guidance: {
		nl: 'Elke doelgroepmedewerker krijgt extra begeleiding wanneer de situatie daarom vraagt.',
		en: 'Each target-group employee gets extra guidance when their situation requires it.'
	}
};

export const qualitativeStatusLabels: TextTable<QualitativeStatus> = {
	met: { nl: 'voldaan', en: 'met' },
	partial: { nl: 'deels voldaan', en: 'partly met' },
	unmet: { nl: 'niet voldaan', en: 'not met' },
	unknown: { nl: 'onbekend', en: 'unknown' }
};

export function rungLabel(code: RungLabelCode, lang: Lang): string {
	return rungLabels[code][lang];
}

export function qualitativeCriterionLabel(code: QualitativeCriterion, lang: Lang): string {
	return qualitativeCriterionLabels[code][lang];
}

export function qualitativeStatusLabel(code: QualitativeStatus, lang: Lang): string {
	return qualitativeStatusLabels[code][lang];
}
