import type { ContractCode, PositionCode } from '../../pso/assessment-schema';
import type { Lang } from '../../pso/lang';
import { buildLookup, toLookupKey } from '../lookup-key';

/**
 * How people write position and contract codes in a spreadsheet. `nl` is the label a
 * Dutch export writes (an English export writes the code itself); `aliases` are further
 * spellings accepted on import, compared with case, spaces, punctuation and accents
 * ignored. The code and the label are always accepted too.
 */
interface CodeSpelling {
	readonly nl: string;
	readonly aliases: readonly string[];
}

export const positionSpellings = {
	wsw: {
		nl: 'wsw',
		aliases: [
			'sw',
			'sw-indicatie',
			'wsw-indicatie',
			'sociale werkvoorziening',
			'sheltered employment'
		]
	},
	participatiewet: {
		nl: 'participatiewet',
		aliases: ['pw', 'wwb', 'bijstand', 'ioaw', 'ioaz', 'nug', 'nug-er', 'participation act']
	},
	'participatiewet-lks': {
		nl: 'participatiewet met lks',
		aliases: [
			'pw lks',
			'pw met lks',
			'lks',
			'loonkostensubsidie',
			'participation act lks',
			'wage cost subsidy'
		]
	},
	statushouder: {
		nl: 'statushouder',
		aliases: ['statushouders', 'vergunninghouder', 'status holder', 'refugee']
	},
	'ukraine-tpd': {
		nl: 'oekraïense ontheemde',
		aliases: [
			'oekraïne',
			'ontheemde',
			'ontheemde uit oekraïne',
			'ukraine',
			'ukrainian',
			'tpd',
			'temporary protection'
		]
	},
	'wia-wao': {
		nl: 'wia/wao',
		aliases: [
			'wia',
			'wao',
			'waz',
			'wga',
			'iva',
			'no-risk',
			'no-riskpolis',
			'aov',
			'arbeidsongeschikt',
			'disability benefit'
		]
	},
	wajong: { nl: 'wajong', aliases: ['wajonger', 'wajongere'] },
	doelgroepregister: {
		nl: 'doelgroepregister',
		aliases: ['banenafspraak', 'doelgroep banenafspraak', 'target group register', 'job agreement']
	},
	'young-disabled-wml': {
		nl: 'jonggehandicapte met voorziening',
		aliases: ['jonggehandicapte', 'jonggehandicapt', 'young disabled']
	},
	'wiw-id': { nl: 'wiw/id-baan', aliases: ['wiw', 'id', 'id-baan', 'melkertbaan', 'id job'] },
	'status-lost-2y': {
		nl: 'doelgroepstatus verloren',
		aliases: [
			'status verloren',
			'doelgroepstatus verloren (2 jaar)',
			'status lost',
			'status lost 2 years'
		]
	},
	ww: { nl: 'ww', aliases: ['werkloosheidswet', 'unemployment benefit'] },
	'vso-pro': {
		nl: 'vso/pro',
		aliases: [
			'vso',
			'pro',
			'praktijkonderwijs',
			'voortgezet speciaal onderwijs',
			'special education',
			'practical education'
		]
	},
	'bbl-bol-1': {
		nl: 'bbl/bol niveau 1',
		aliases: [
			'bbl 1',
			'bol 1',
			'mbo 1',
			'mbo niveau 1',
			'entree',
			'entreeopleiding',
			'bbl/bol level 1'
		]
	},
	'bbl-bol-2': {
		nl: 'bbl/bol niveau 2',
		aliases: ['bbl 2', 'bol 2', 'mbo 2', 'mbo niveau 2', 'bbl/bol level 2']
	},
	'bbl-bol-3-4': {
		nl: 'bbl/bol niveau 3-4',
		aliases: [
			'bbl 3',
			'bbl 4',
			'bol 3',
			'bol 4',
			'mbo 3',
			'mbo 4',
			'mbo 3-4',
			'bbl/bol niveau 3',
			'bbl/bol niveau 4',
			'bbl/bol 3',
			'bbl/bol 4',
			'bbl/bol level 3-4'
		]
	}
} as const satisfies Record<PositionCode, CodeSpelling>;

export const contractSpellings = {
	regular: {
		nl: 'regulier',
		aliases: [
			'regulier contract',
			'vast',
			'vast contract',
			'onbepaalde tijd',
			'tijdelijk',
			'tijdelijk contract',
			'bepaalde tijd',
			'arbeidsovereenkomst',
			'loondienst',
			'permanent',
			'temporary',
			'fixed term',
			'regular contract',
			'employment contract'
		]
	},
	supported: {
		nl: 'begeleid werken',
		aliases: ['begeleid', 'supported employment']
	},
	'secondment-flex': {
		nl: 'detachering/flex',
		aliases: [
			'detachering',
			'gedetacheerd',
			'flex',
			'flexwerk',
			'uitzendkracht',
			'uitzenden',
			'uitzend',
			'secondment',
			'seconded',
			'flex work',
			'agency work'
		]
	},
	'zero-hours': {
		nl: 'nuluren',
		aliases: [
			'nulurencontract',
			'0-uren',
			'0-urencontract',
			'oproep',
			'oproepkracht',
			'oproepcontract',
			'zero-hours contract',
			'on call'
		]
	},
	placement: {
		nl: 'stage/werkervaring',
		aliases: [
			'stage',
			'stageplaats',
			'werkervaring',
			'werkervaringsplaats',
			'werkervaringsplek',
			'leerwerkplek',
			'leerwerkplaats',
			'leerwerktraject',
			're-integratie',
			're-integratietraject',
			'internship',
			'work experience',
			're-integration'
		]
	},
	trial: {
		nl: 'proefplaatsing',
		aliases: ['proef', 'proefplaats', 'trial placement']
	}
} as const satisfies Record<ContractCode, CodeSpelling>;

function spellingsOf<C extends string>(
	table: Record<C, CodeSpelling>
): (readonly [C, readonly string[]])[] {
	return (Object.entries(table) as [C, CodeSpelling][]).map(([code, spelling]) => [
		code,
		[code, spelling.nl, ...spelling.aliases]
	]);
}

const positionLookup = buildLookup(spellingsOf<PositionCode>(positionSpellings));
const contractLookup = buildLookup(spellingsOf<ContractCode>(contractSpellings));

export function lookupPosition(text: string): PositionCode | undefined {
	return positionLookup.get(toLookupKey(text));
}

export function lookupContract(text: string): ContractCode | undefined {
	return contractLookup.get(toLookupKey(text));
}

/**
 * What an export in this language writes in a cell for a code: a short spelling the
 * import reads back, not the on-screen label (that is `positionLabel` in pso/position-texts).
 */
export function positionCellText(code: PositionCode, lang: Lang): string {
	return lang === 'nl' ? positionSpellings[code].nl : code;
}

export function contractCellText(code: ContractCode, lang: Lang): string {
	return lang === 'nl' ? contractSpellings[code].nl : code;
}
