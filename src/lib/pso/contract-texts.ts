// Names and plain-language help for each contract type (contract §4, pso-method §2.2).
import type { ContractCode, PurchaseKind } from './input-codes';
import type { Lang, TextTable } from './lang';

export const contractLabels: TextTable<ContractCode> = {
	regular: { nl: 'Regulier contract', en: 'Regular contract' },
	supported: { nl: 'Begeleid werken', en: 'Supported employment (begeleid werken)' },
	'secondment-flex': { nl: 'Detachering of flexwerk', en: 'Secondment or flexible work' },
	'zero-hours': { nl: 'Nulurencontract', en: 'Zero-hours contract' },
	placement: {
		nl: 'Stage, werkervaringsplek of re-integratietraject',
		en: 'Internship, work-experience place or re-integration track'
	},
	trial: { nl: 'Proefplaatsing', en: 'Trial placement (proefplaatsing)' }
};

export const contractHelp: TextTable<ContractCode> = {
	regular: {
		nl: 'Vast of tijdelijk arbeidscontract bij uw organisatie.',
		en: 'Permanent or temporary employment contract with your organisation.'
	},
	supported: {
		nl: 'Dienstverband onder een regeling voor begeleid werken, bijvoorbeeld met een jobcoach.',
		en: 'Employment under a supported-employment scheme, for example with a job coach.'
	},
	'secondment-flex': {
		nl: 'Gedetacheerd bij u, uitzendkracht of ander flexwerk. Voor PSO 30+ telt dit alleen bij een duurzaam contract (vanaf handleiding 1.7).',
		en: 'Seconded to you, agency worker or other flexible work. For PSO 30+ this counts only with a durable contract (from handbook 1.7).'
	},
	'zero-hours': {
		nl: 'Oproepcontract zonder vaste uren. Telt als flexwerk, maar nooit voor PSO 30+.',
		en: 'On-call contract without fixed hours. Counts as flexible work, but never for PSO 30+.'
	},
	placement: {
		nl: 'Stage, werkervaringsplek of re-integratietraject. Telt hoogstens 3 jaar vanaf de startdatum.',
		en: 'Internship, work-experience place or re-integration track. Counts for at most 3 years from the start date.'
	},
	trial: {
		nl: 'Proefplaatsing met behoud van uitkering, voorafgaand aan een mogelijk dienstverband.',
		en: 'Trial placement while keeping a benefit, before possible employment.'
	}
};

export const purchaseKindLabels: TextTable<PurchaseKind> = {
	'pso-certified': { nl: 'PSO-gecertificeerde leverancier', en: 'PSO-certified supplier' },
	'sw-company': { nl: 'SW-bedrijf', en: 'sheltered-employment (SW) company' }
};

export function contractLabel(code: ContractCode, lang: Lang): string {
	return contractLabels[code][lang];
}

export function contractHelpText(code: ContractCode, lang: Lang): string {
	return contractHelp[code][lang];
}

export function purchaseKindLabel(code: PurchaseKind, lang: Lang): string {
	return purchaseKindLabels[code][lang];
}
