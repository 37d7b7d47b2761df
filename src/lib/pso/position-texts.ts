// Names of each starting position, as the explanation prints them (contract §4,
// pso-method §2.1). The help beside the form is UI text: src/lib/i18n/code-help.ts.
import type { PositionCode } from './input-codes';
import type { Lang, TextTable } from './lang';

export const positionLabels: TextTable<PositionCode> = {
	wsw: { nl: 'Wsw-geïndiceerd', en: 'Wsw indication (sheltered employment)' },
	participatiewet: {
		nl: 'Participatiewet zonder loonkostensubsidie',
		en: 'Participatiewet (social assistance) without wage subsidy'
	},
	'participatiewet-lks': {
		nl: 'Participatiewet met loonkostensubsidie',
		en: 'Participatiewet with wage-cost subsidy (LKS)'
	},
	statushouder: { nl: 'Statushouder', en: 'Statushouder (refugee with residence permit)' },
	'ukraine-tpd': {
		nl: 'Ontheemde uit Oekraïne (tijdelijke bescherming)',
		en: 'Displaced person from Ukraine (temporary protection)'
	},
	'wia-wao': { nl: 'WIA, WAO of WAZ', en: 'WIA, WAO or WAZ (incapacity for work)' },
	wajong: { nl: 'Wajong', en: 'Wajong (young disabled persons)' },
	doelgroepregister: { nl: 'Doelgroepregister', en: 'Doelgroepregister (target-group register)' },
	'young-disabled-wml': {
		nl: 'Jonggehandicapte die met voorziening het minimumloon verdient',
		en: 'Young disabled person earning the minimum wage with a provision'
	},
	'wiw-id': { nl: 'WIW- of ID-baan', en: 'WIW or ID job (subsidised work)' },
	'status-lost-2y': {
		nl: 'Doelgroepstatus verloren in de afgelopen 2 jaar',
		en: 'Target-group status lost in the past 2 years'
	},
	ww: { nl: 'WW (minstens 6 maanden)', en: 'WW (unemployment benefit, at least 6 months)' },
	'vso-pro': { nl: 'VSO of PrO', en: 'VSO or PrO (special or practical education)' },
	'bbl-bol-1': { nl: 'BBL/BOL niveau 1', en: 'BBL/BOL level 1 (vocational student)' },
	'bbl-bol-2': { nl: 'BBL/BOL niveau 2', en: 'BBL/BOL level 2 (vocational student)' },
	'bbl-bol-3-4': { nl: 'BBL/BOL niveau 3 of 4', en: 'BBL/BOL level 3 or 4 (vocational student)' }
};

export function positionLabel(code: PositionCode, lang: Lang): string {
	return positionLabels[code][lang];
}
