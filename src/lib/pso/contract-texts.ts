// Names of each contract type and purchase kind, as the explanation prints them
// (contract §4, pso-method §2.2). The help beside the form is UI text: src/lib/i18n/code-help.ts.
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

export const purchaseKindLabels: TextTable<PurchaseKind> = {
	'pso-certified': { nl: 'PSO-gecertificeerde leverancier', en: 'PSO-certified supplier' },
	'sw-company': { nl: 'SW-bedrijf', en: 'sheltered-employment (SW) company' }
};

export function contractLabel(code: ContractCode, lang: Lang): string {
	return contractLabels[code][lang];
}

export function purchaseKindLabel(code: PurchaseKind, lang: Lang): string {
	return purchaseKindLabels[code][lang];
}
