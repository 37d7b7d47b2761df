// One sentence per warning code (contract §3: "each with a human sentence in the UI").
import type { Lang, TextTable } from './lang';
import type { WarningCode } from './result-codes';

export const warningTexts: TextTable<WarningCode> = {
	'norm-estimated': {
		nl: 'Uw grootte staat niet in de gepubliceerde normtabel. We gebruiken de strengere normen van de eerstvolgende kleinere gepubliceerde grootte; de geïnterpoleerde normen staan erbij ter vergelijking.',
		en: 'Your size is not in the published norm table. We use the stricter norms of the next smaller published size; the interpolated norms are shown for comparison.'
	},
	'indirect-capped': {
		nl: 'De indirecte bijdrage is begrensd: die mag hoogstens 80 % van het totaal zijn (4 × de directe bijdrage).',
		en: 'The indirect contribution is capped: it may be at most 80 % of the total (4 × the direct contribution).'
	},
	'basistrede-norm-unknown': {
		nl: 'Deze rekenregels kennen een basistrede, maar de norm ervan is niet gepubliceerd. Mogelijk haalt u de basistrede; dat kunnen we niet vaststellen.',
		en: 'These rules have a basistrede (base rung), but its norm is not published. You may reach it; we cannot tell.'
	},
	'basistrede-norm-modelled': {
		nl: 'De norm voor de basistrede is niet gepubliceerd. We hebben hem geschat (model) uit de normen voor trede 1 en trede 2; het is geen PSO-norm.',
		en: 'The basistrede (base rung) norm is not published. We estimated it (model) from the trede 1 and trede 2 norms; it is not a PSO figure.'
	},
	'unconfirmed-weight': {
		nl: 'Voor ten minste één medewerker is een weging gebruikt die niet door een bron is bevestigd (bijvoorbeeld BBL/BOL sinds handleiding 1.9).',
		en: 'At least one employee is weighted with a value no source confirms (for example BBL/BOL since handbook 1.9).'
	},
	'position-not-in-ruleset': {
		nl: 'Ten minste één medewerker heeft een uitgangspositie die deze rekenregels nog niet kennen; die telt niet mee.',
		en: 'At least one employee has a starting position these rules do not know yet; it does not count.'
	},
	'unconfirmed-window': {
		nl: 'Voor ten minste één medewerker is een telperiode gebruikt die niet door een bron is bevestigd.',
		en: 'At least one employee is counted with a counting period no source confirms.'
	},
	'unconfirmed-norm': {
		nl: 'De gebruikte normen zijn niet door een bron bevestigd.',
		en: 'The norms used are not confirmed by a source.'
	},
	'unconfirmed-rule': {
		nl: 'Een gebruikte regel (bijvoorbeeld de grens voor indirecte bijdrage onder handleiding 1.6 of een PSO 30+-voorwaarde) is niet door een bron bevestigd.',
		en: 'A rule used here (for example the indirect cap under handbook 1.6 or a PSO 30+ condition) is not confirmed by a source.'
	},
	'ww-months-missing': {
		nl: 'Voor ten minste één WW-medewerker ontbreekt het aantal maanden WW vóór indiensttreding; die telt daarom niet mee.',
		en: 'For at least one employee from WW the months on WW before hire are missing, so that person does not count.'
	},
	'inflow-after-start': {
		nl: 'Bij ten minste één medewerker ligt de instroomdatum na de startdatum; de telperiode begint pas op de instroomdatum.',
		en: 'For at least one employee the inflow date is after the start date; the counting period starts only on the inflow date.'
	},
	'period-shorter-than-year': {
		nl: 'Het peiljaar is korter dan een jaar. De PSO kijkt naar een heel jaar; de uitkomst is minder betrouwbaar.',
		en: 'The peiljaar (reference period) is shorter than a year. The PSO looks at a full year; the outcome is less reliable.'
	},
	'headcount-below-qualifying-persons': {
		nl: 'Er tellen meer doelgroepmedewerkers mee voor PSO 30+ dan het opgegeven aantal medewerkers. Controleer het aantal medewerkers.',
		en: 'More target-group employees count for PSO 30+ than the number of employees given. Please check the headcount.'
	},
	'reference-supplier-used': {
		nl: 'Er is geen inkoop ingevuld. Het inkoopbedrag in het stappenplan gaat uit van een referentieleverancier (standaard € 80.000 omzet per fte en 30 % directe bijdrage).',
		en: 'No purchases were entered. The purchase amount in the plan assumes a reference supplier (by default €80,000 turnover per FTE and 30 % direct contribution).'
	},
	'lks-end-unknown': {
		nl: 'Bij ten minste één medewerker met loonkostensubsidie ontbreekt de einddatum van die subsidie. We gaan ervan uit dat de subsidie nog loopt; vul de einddatum van de loonkostensubsidie in.',
		en: 'For at least one employee with a wage-cost subsidy (LKS) its end date is missing. We assume the subsidy is still running; please fill in the end date of the wage-cost subsidy.'
	},
	'evidence-missing': {
		nl: 'Ten minste één kwalitatief criterium staat op voldaan zonder bewijsstuk. Een auditor vraagt om bewijs; voeg het toe.',
		en: 'At least one qualitative criterion is marked as met without any evidence. An auditor will ask for evidence; please add it.'
	}
};

export function warningText(code: WarningCode, lang: Lang): string {
	return warningTexts[code][lang];
}
