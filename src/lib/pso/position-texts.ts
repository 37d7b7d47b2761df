// Names and plain-language help for each starting position (contract §4, pso-method §2.1).
// Help says who belongs and how long the person counts; weights differ per ruleset, so
// the explanation names them, not this help.
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

export const positionHelp: TextTable<PositionCode> = {
	wsw: {
		nl: 'Medewerker met een geldige Wsw-indicatie. Telt mee zolang de indicatie geldt: vul de einddatum van de indicatie in als die bekend is.',
		en: 'Employee with a valid Wsw (sheltered employment) indication. Counts as long as the indication is valid: enter its end date if it has one.'
	},
	participatiewet: {
		nl: 'Kwam bij u in dienst vanuit de bijstand (Participatiewet, WWB, IOAW of IOAZ) zonder loonkostensubsidie, of is door de gemeente aangemeld als NUG-er of social-return-doelgroep. Telt 5 jaar vanaf de instroomdatum (3 jaar onder handleiding 1.6).',
		en: 'Joined you from social assistance (Participatiewet, WWB, IOAW or IOAZ) without wage subsidy, or was named by the municipality as a non-benefit jobseeker (NUG) or social-return target group. Counts for 5 years from the inflow date (3 years under handbook 1.6).'
	},
	'participatiewet-lks': {
		nl: 'Medewerker uit de Participatiewet voor wie u loonkostensubsidie (LKS) ontvangt. Telt 5 jaar vanaf de instroomdatum, en langer zolang de LKS loopt: vul de einddatum van de LKS in.',
		en: 'Employee from the Participatiewet for whom you receive wage-cost subsidy (LKS). Counts for 5 years from the inflow date, and longer while the LKS runs: enter the date the LKS ends.'
	},
	statushouder: {
		nl: 'Vluchteling met een verblijfsvergunning die bij u werkt; telt als bijstandsgroep. Een verklaring van de gemeente is nodig. Telt 5 jaar vanaf de instroomdatum (3 jaar onder handleiding 1.6).',
		en: 'Refugee with a residence permit working for you; counts as a social-assistance group. A statement from the municipality is needed. Counts for 5 years from the inflow date (3 years under handbook 1.6).'
	},
	'ukraine-tpd': {
		nl: 'Persoon onder de EU-richtlijn tijdelijke bescherming (Oekraïne). Telt vanaf handleiding 2.1 als Participatiewet-groep: 5 jaar vanaf de instroomdatum.',
		en: 'Person under the EU Temporary Protection Directive (Ukraine). Counts from handbook 2.1 as a Participatiewet group: 5 years from the inflow date.'
	},
	'wia-wao': {
		nl: 'Geheel of gedeeltelijk arbeidsongeschikt verklaard na een claimbeoordeling, ook de no-riskpolis-groep en arbeidsongeschiktheid via een particuliere AOV. Telt zonder tijdslimiet.',
		en: 'Declared fully or partly unfit for work after a claim assessment, including the no-risk-policy group and private disability insurance (AOV). Counts without a time limit.'
	},
	wajong: {
		nl: 'Medewerker met een Wajong-uitkering of -beoordeling. Telt zonder tijdslimiet.',
		en: 'Employee with a Wajong benefit or assessment. Counts without a time limit.'
	},
	doelgroepregister: {
		nl: 'Staat in het doelgroepregister van UWV (banenafspraak). Telt zonder tijdslimiet.',
		en: "Registered in UWV's target-group register (jobs agreement). Counts without a time limit."
	},
	'young-disabled-wml': {
		nl: 'Jonggehandicapte die met een voorziening het wettelijk minimumloon kan verdienen. Telt zonder tijdslimiet.',
		en: 'Young disabled person who can earn the statutory minimum wage with a provision. Counts without a time limit.'
	},
	'wiw-id': {
		nl: 'Werkte in een WIW- of ID-baan (gesubsidieerde arbeid). Telt zonder tijdslimiet.',
		en: 'Worked in a WIW or ID job (subsidised employment). Counts without a time limit.'
	},
	'status-lost-2y': {
		nl: 'Hoorde bij de PSO-doelgroep en verloor die status minder dan 2 jaar geleden.',
		en: 'Belonged to the PSO target group and lost that status less than 2 years ago.'
	},
	ww: {
		nl: 'Kwam bij u in dienst vanuit de WW. Telt alleen als de persoon vóór indiensttreding minstens 6 maanden WW had: vul het aantal maanden in.',
		en: 'Joined you from unemployment benefit (WW). Counts only if the person had WW for at least 6 months before being hired: enter the number of months.'
	},
	'vso-pro': {
		nl: 'Leerling of oud-leerling van het voortgezet speciaal onderwijs (VSO) of praktijkonderwijs (PrO). Telt tot 5 jaar na het verlaten van de school: vul die datum in zodra de leerling van school is.',
		en: 'Pupil or former pupil of special secondary education (VSO) or practical education (PrO). Counts until 5 years after leaving school: enter that date once the pupil has left.'
	},
	'bbl-bol-1': {
		nl: 'Mbo-student op niveau 1 (BBL of BOL) met een leerwerkplek of stage bij u. De weging is sinds handleiding 1.9 verhoogd; de nieuwe waarde is niet gepubliceerd.',
		en: 'Vocational (MBO) student at level 1 (BBL or BOL) with a work-based learning place or internship with you. The weight was raised in handbook 1.9; the new value is not published.'
	},
	'bbl-bol-2': {
		nl: 'Mbo-student op niveau 2 (BBL of BOL) met een leerwerkplek of stage bij u. De weging is sinds handleiding 1.9 verhoogd; de nieuwe waarde is niet gepubliceerd.',
		en: 'Vocational (MBO) student at level 2 (BBL or BOL) with a work-based learning place or internship with you. The weight was raised in handbook 1.9; the new value is not published.'
	},
	'bbl-bol-3-4': {
		nl: 'Mbo-student op niveau 3 of 4 (BBL of BOL) met een leerwerkplek of stage bij u. Telt vanaf handleiding 1.9; de weging is niet gepubliceerd.',
		en: 'Vocational (MBO) student at level 3 or 4 (BBL or BOL) with a work-based learning place or internship with you. Counts from handbook 1.9; the weight is not published.'
	}
};

export function positionLabel(code: PositionCode, lang: Lang): string {
	return positionLabels[code][lang];
}

export function positionHelpText(code: PositionCode, lang: Lang): string {
	return positionHelp[code][lang];
}
