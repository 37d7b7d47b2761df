import { contractCodes, positionCodes } from '$lib/pso/assessment-schema';
import { contractHelpText, positionHelpText } from '$lib/i18n/code-help';
import { contractLabel } from '$lib/pso/contract-texts';
import type { Lang } from '$lib/pso/lang';
import { positionLabel } from '$lib/pso/position-texts';

/** Choices for the line form, labelled and explained in the reader's language. */
export function lineOptions(lang: Lang) {
	return {
		positions: positionCodes.map((code) => ({
			code,
			label: positionLabel(code, lang),
			help: positionHelpText(code, lang)
		})),
		contracts: contractCodes.map((code) => ({
			code,
			label: contractLabel(code, lang),
			help: contractHelpText(code, lang)
		}))
	};
}
