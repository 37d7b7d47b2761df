// A rung as a result shows it: a basistrede reached on the modelled norm (contract §6.2) is
// never worded as a PSO figure, so wherever a result names it, it reads "(geschat model)".
import type { Lang } from './lang';
import { rungLabel, type RungLabelCode } from './rung-texts';

const modelledLabel: Record<Lang, string> = {
	nl: 'basistrede (geschat model)',
	en: 'basistrede (base rung, estimated model)'
};

/** `rungLabel`, with the model named when the result's basistrede norm is modelled. */
export function resultRungLabel(
	code: RungLabelCode,
	lang: Lang,
	basistredeModelled: boolean | undefined
): string {
	return code === 'basistrede' && basistredeModelled === true
		? modelledLabel[lang]
		: rungLabel(code, lang);
}
