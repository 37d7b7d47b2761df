// Explanation steps for size, norms and the quantitative rung (contract §3.8-3.11), with
// version 2: the three norm sets of the rung range (§6.1), the modelled basistrede shown
// as an estimate with its formula (§6.2), and a total that misses a norm never printed as
// equal to it (§6.4).
import { formatNumber } from './format-number';
import { citation, type ExplainContext, type ExplanationStep } from './explanation-step';
import type { RungCode } from './input-codes';
import { BASISTREDE_SLOPE_FACTOR, normLookup, type NormSet } from './norms';
import { rungLabel } from './rung-texts';

/** "basistrede 2,41 % (geschat model: exp(ln 3,0 − 1,0411 × (ln 3,7 − ln 3,0)))". */
function basistredeText(
	context: ExplainContext,
	norms: NormSet,
	modelled: boolean,
	withFormula: boolean
): string {
	const { t, pct, fte: num, ruleset } = context;
	if (!ruleset.norms.basistrede.exists) return '';
	if (norms.basistrede === null) {
		return t(
			'; basistrede: norm niet gepubliceerd',
			'; basistrede (base rung): norm not published'
		);
	}
	if (!modelled) {
		return t(
			`; basistrede ${pct(norms.basistrede)}`,
			`; basistrede (base rung) ${pct(norms.basistrede)}`
		);
	}
	if (!withFormula) {
		return t(
			`; basistrede ${pct(norms.basistrede)} (geschat model)`,
			`; basistrede (base rung) ${pct(norms.basistrede)} (estimated model)`
		);
	}
	const factor = formatNumber(BASISTREDE_SLOPE_FACTOR, context.lang, 4, 4);
	const formula = `exp(ln ${num(norms.trede1)} − ${factor} × (ln ${num(norms.trede2)} − ln ${num(norms.trede1)}))`;
	return t(
		`; basistrede ${pct(norms.basistrede)} (geschat model, geen PSO-norm: ${formula})`,
		`; basistrede (base rung) ${pct(norms.basistrede)} (estimated model, not a PSO figure: ${formula})`
	);
}

function setText(
	context: ExplainContext,
	norms: NormSet,
	modelled: boolean,
	withFormula = false
): string {
	const { pct } = context;
	return `trede 1 ${pct(norms.trede1)}, trede 2 ${pct(norms.trede2)}, trede 3 ${pct(norms.trede3)}${basistredeText(context, norms, modelled, withFormula)}`;
}

export function normSteps(context: ExplainContext): ExplanationStep[] {
	const { t, lang, result, ruleset, trace, fte } = context;
	const { norms } = result;
	const headlineSource = ruleset.norms.table.find((row) => row.size === norms.size)?.source ?? [];
	const lookup = normLookup(ruleset, result.size);
	// Modelled only where the model applies; a result stored before version 2 says nothing.
	const modelled = norms.basistredeModelled ?? false;
	const headline: NormSet = {
		basistrede: norms.basistrede,
		trede1: norms.trede1,
		trede2: norms.trede2,
		trede3: norms.trede3
	};
	const values = setText(context, headline, modelled, true);
	const label = (rung: RungCode) => rungLabel(rung, lang);
	const range = result.rungRange;
	const lenient = norms.lenient;
	let normText: string;
	if (!norms.estimated) {
		normText = t(
			`Normen bij ${norms.size} fte: ${values} ${citation(context, headlineSource)}.`,
			`Norms for size ${norms.size}: ${values} ${citation(context, headlineSource)}.`
		);
	} else {
		const interpolated = setText(context, lookup.interpolatedNorms, modelled);
		const strict = t(
			`Grootte ${result.size} staat niet in de gepubliceerde normtabel. We gebruiken de strengere normen van ${norms.size} fte: ${values}.`,
			`Size ${result.size} is not in the published norm table. We use the stricter norms of size ${norms.size}: ${values}.`
		);
		const between = t(
			` Lineair geïnterpoleerd tussen ${trace.normSizes.lower} en ${trace.normSizes.upper} fte: ${interpolated}; dat geeft ${label(norms.rungIfInterpolated)}.`,
			` Interpolated linearly between sizes ${trace.normSizes.lower} and ${trace.normSizes.upper}: ${interpolated}, giving ${label(norms.rungIfInterpolated)}.`
		);
		const mild =
			lenient === undefined || range === undefined
				? ''
				: t(
						` Mild, met de normen van ${lenient.size} fte: ${setText(context, lookup.lenientNorms, modelled)}; dat geeft ${label(range.atMost)}.`,
						` Lenient, with the norms of size ${lenient.size}: ${setText(context, lookup.lenientNorms, modelled)}, giving ${label(range.atMost)}.`
					);
		normText = `${strict}${between}${mild} ${citation(context, headlineSource)}`;
	}
	return [
		{
			code: 'size',
			section: 'rung',
			text: t(
				`Grootte voor de normtabel: ${result.size} (${fte(result.totalFte)} fte, half naar boven afgerond en begrensd op 2 tot en met 105).`,
				`Size for the norm table: ${result.size} (${fte(result.totalFte)} FTE, rounded half up and clamped to 2 to 105).`
			),
			rule: '§3.8',
			source: []
		},
		{
			code: 'norms',
			section: 'rung',
			text: normText,
			rule: norms.estimated ? '§3.9, §6.1' : '§3.9',
			source: [...headlineSource]
		}
	];
}

export function quantitativeStep(context: ExplainContext): ExplanationStep {
	const { t, lang, result, pct, pctApart } = context;
	const { norms, totalPct } = result;
	const label = (rung: RungCode) => rungLabel(rung, lang);
	const rung = result.quantitativeRung;
	const modelled = norms.basistredeModelled === true;
	const unknownBasistrede = result.warnings.includes('basistrede-norm-unknown')
		? t(
				' Mogelijk haalt u de basistrede, maar de norm daarvan is niet gepubliceerd.',
				' You may reach the basistrede (base rung), but its norm is not published.'
			)
		: '';
	const normOf = (code: RungCode, norm: number) =>
		code === 'basistrede' && modelled
			? t(`${pct(norm)}, geschat model`, `${pct(norm)}, estimated model`)
			: pct(norm);
	const between = (reached: RungCode, reachedNorm: number, next: RungCode, nextNorm: number) => {
		const total = pctApart(totalPct, nextNorm);
		return t(
			`Totaal ${total} haalt de norm voor ${label(reached)} (${normOf(reached, reachedNorm)}) maar niet die voor ${label(next)} (${pct(nextNorm)}): kwantitatief ${label(reached)}.`,
			`Total ${total} reaches the ${normOf(reached, reachedNorm)} norm for ${label(reached)} but not the ${pct(nextNorm)} norm for ${label(next)}: quantitatively ${label(reached)}.`
		);
	};
	const basistrede = norms.basistrede;
	const none =
		basistrede !== null
			? t(
					`Totaal ${pctApart(totalPct, basistrede)} blijft onder de norm voor de basistrede (${normOf('basistrede', basistrede)}) en die voor trede 1 (${pct(norms.trede1)}): kwantitatief geen trede.`,
					`Total ${pctApart(totalPct, basistrede)} stays below the ${normOf('basistrede', basistrede)} norm for the basistrede (base rung) and the ${pct(norms.trede1)} norm for ${label('trede-1')}: quantitatively no rung.`
				)
			: t(
					`Totaal ${pctApart(totalPct, norms.trede1)} blijft onder de norm voor trede 1 (${pct(norms.trede1)}): kwantitatief geen trede.${unknownBasistrede}`,
					`Total ${pctApart(totalPct, norms.trede1)} stays below the ${pct(norms.trede1)} norm for ${label('trede-1')}: quantitatively no rung.${unknownBasistrede}`
				);
	const texts: Partial<Record<RungCode, string>> = {
		'trede-3': t(
			`Totaal ${pct(totalPct)} haalt de norm voor trede 3 (${pct(norms.trede3)}): kwantitatief trede 3.`,
			`Total ${pct(totalPct)} reaches the ${pct(norms.trede3)} norm for ${label('trede-3')}: quantitatively ${label('trede-3')}.`
		),
		'trede-2': between('trede-2', norms.trede2, 'trede-3', norms.trede3),
		'trede-1': between('trede-1', norms.trede1, 'trede-2', norms.trede2),
		basistrede: between('basistrede', basistrede ?? 0, 'trede-1', norms.trede1),
		none
	};
	const range = result.rungRange;
	const rangeText =
		range !== undefined && range.atLeast !== range.atMost
			? t(
					` De norm voor ${result.size} fte is niet gepubliceerd: waarschijnlijk ${label(range.likely)} (tussen ${label(range.atLeast)} en ${label(range.atMost)}). De uitkomst houdt de strenge lezing aan.`,
					` The norm for size ${result.size} is not published: likely ${label(range.likely)} (between ${label(range.atLeast)} and ${label(range.atMost)}). The outcome keeps the strict reading.`
				)
			: '';
	return {
		code: 'quantitative-rung',
		section: 'rung',
		text: `${texts[rung] ?? label(rung)}${rangeText}`,
		rule: rangeText === '' ? '§3.10–3.11' : '§3.10–3.11, §6.1',
		source: ['S19', 'S20']
	};
}
