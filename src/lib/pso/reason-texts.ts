// Sentences for the reason codes of a result (contract §3.7, §3.13, §3.14).
import type { AspirantView } from './aspirant';
import type { Lang, TextTable } from './lang';
import type {
	AspirantMissingCode,
	IneligibleReasonCode,
	Pso30plusReasonCode
} from './result-codes';

export const ineligibleReasonTexts: TextTable<IneligibleReasonCode> = {
	'fte-below-2': {
		nl: 'De organisatie heeft minder dan 2 fte; de PSO vraagt minstens 2 fte aan werkende personen.',
		en: 'The organisation has less than 2 FTE; the PSO requires at least 2 FTE of working persons.'
	},
	'active-below-12-months': {
		nl: 'De organisatie heeft korter dan 12 maanden minstens 2 fte; de PSO vraagt minstens een jaar.',
		en: 'The organisation has had at least 2 FTE for less than 12 months; the PSO requires at least a year.'
	}
};

export const aspirantMissingTexts: TextTable<AspirantMissingCode> = {
	'not-eligible': {
		nl: 'De organisatie komt niet in aanmerking voor de PSO.',
		en: 'The organisation is not eligible for the PSO.'
	},
	'rung-at-or-above-trede-1': {
		nl: 'De organisatie haalt al trede 1 of hoger; aspirant-status is dan niet nodig.',
		en: 'The organisation already reaches trede 1 (rung 1) or higher, so aspirant status is not needed.'
	},
	'action-plan-missing': {
		nl: 'Er is geen plan van aanpak ingevuld.',
		en: 'No action plan has been entered.'
	},
	'not-adopted': {
		nl: 'Het plan van aanpak is niet vastgesteld door bestuur of directie.',
		en: 'The action plan has not been adopted by the board or management.'
	},
	'not-smart': {
		nl: 'Het plan van aanpak is niet SMART (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden).',
		en: 'The action plan is not SMART (specific, measurable, achievable, realistic, time-bound).'
	},
	'not-started': {
		nl: 'De uitvoering van het plan van aanpak is nog niet begonnen.',
		en: 'Carrying out the action plan has not started yet.'
	},
	'target-below-trede-1': {
		nl: 'Het plan van aanpak mikt niet op trede 1 of hoger.',
		en: 'The action plan does not aim at trede 1 (rung 1) or higher.'
	}
};

export const pso30plusReasonTexts: TextTable<Pso30plusReasonCode> = {
	'rung-below-trede-3': {
		nl: 'PSO 30+ vraagt trede 3, inclusief de kwalitatieve criteria.',
		en: 'PSO 30+ requires trede 3 (rung 3), including the qualitative criteria.'
	},
	'headcount-missing': {
		nl: 'Het aantal medewerkers op de einddatum van het peiljaar ontbreekt.',
		en: 'The number of employees on the last day of the peiljaar (reference period) is missing.'
	},
	'headcount-share-below-30': {
		nl: 'Minder dan 30 % van de medewerkers (personen) hoort bij de doelgroep die voor PSO 30+ telt.',
		en: 'Less than 30 % of the employees (persons) belong to the target group that counts for PSO 30+.'
	},
	'fte-share-below-30': {
		nl: 'Minder dan 30 % van de fte komt van de doelgroep die voor PSO 30+ telt.',
		en: 'Less than 30 % of the FTE comes from the target group that counts for PSO 30+.'
	},
	'regular-share-below-fifth': {
		nl: 'Minder dan een vijfde van de 30 % (6 % van de medewerkers) heeft een regulier dienstverband. U kunt uw situatie voorleggen aan het PSO-Kernteam.',
		en: 'Less than a fifth of the 30 % (6 % of the employees) has a regular employment contract. You may put your case to the PSO Kernteam (core team).'
	}
};

export function ineligibleReasonText(code: IneligibleReasonCode, lang: Lang): string {
	return ineligibleReasonTexts[code][lang];
}

export function aspirantMissingText(code: AspirantMissingCode, lang: Lang): string {
	return aspirantMissingTexts[code][lang];
}

export function pso30plusReasonText(code: Pso30plusReasonCode, lang: Lang): string {
	return pso30plusReasonTexts[code][lang];
}

const aspirantNotPossible = {
	nl: 'Aspirant-status is niet mogelijk.',
	en: 'Aspirant status is not possible.'
};

/**
 * The aspirant route in sentences, naming only the reasons that apply (aspirant.ts
 * `aspirantView`): "already trede 1" alone, never followed by action-plan gaps that don't matter.
 */
export function aspirantViewText(view: AspirantView, lang: Lang): string | null {
	if (view.kind === 'available') return null;
	if (view.kind === 'not-needed') return aspirantMissingText('rung-at-or-above-trede-1', lang);
	return [aspirantNotPossible[lang], ...view.reasons.map((c) => aspirantMissingText(c, lang))].join(
		' '
	);
}
