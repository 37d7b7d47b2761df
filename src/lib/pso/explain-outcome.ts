// Explanation steps for the outcome (contract §3.7-3.15): eligibility, size and norms,
// rungs, qualitative criteria, aspirant route, PSO 30+ and the next-rung plan.
import {
	citation,
	count,
	sources,
	type ExplainContext,
	type ExplanationStep
} from './explanation-step';
import { qualitativeCriteria, type RungCode } from './input-codes';
import { aspirantMissingText, ineligibleReasonText, pso30plusReasonText } from './reason-texts';
import type { ResultNextRung } from './result-schema';
import { qualitativeCriterionLabel, qualitativeStatusLabel, rungLabel } from './rung-texts';
import { warningText } from './warning-texts';

function eligibilityStep(context: ExplainContext): ExplanationStep {
	const { t, lang, result, ruleset, trace, fte, weight } = context;
	const { minTotalFte, minMonthsActive } = ruleset.eligibility;
	const text = result.eligible
		? t(
				`Omvang ${fte(result.totalFte)} fte (minimaal ${weight(minTotalFte.value)}) en ${weight(trace.monthsActive)} maanden met minstens 2 fte (minimaal ${weight(minMonthsActive.value)}): de organisatie komt in aanmerking.`,
				`Workforce ${fte(result.totalFte)} FTE (at least ${weight(minTotalFte.value)}) and ${weight(trace.monthsActive)} months with at least 2 FTE (at least ${weight(minMonthsActive.value)}): the organisation is eligible.`
			)
		: `${result.ineligibleReasons.map((code) => ineligibleReasonText(code, lang)).join(' ')} ${t(
				'De percentages zijn ter informatie; er wordt geen trede bepaald.',
				'The percentages are for information; no rung is determined.'
			)}`;
	return {
		code: 'eligibility',
		section: 'rung',
		text,
		rule: '§3.7',
		source: sources(minTotalFte.source, minMonthsActive.source)
	};
}

function normSteps(context: ExplainContext): ExplanationStep[] {
	const { t, lang, result, ruleset, trace, pct, fte } = context;
	const { norms } = result;
	const headlineSource = ruleset.norms.table.find((row) => row.size === norms.size)?.source ?? [];
	const basistrede = !ruleset.norms.basistrede.exists
		? ''
		: norms.basistrede === null
			? t('; basistrede: norm niet gepubliceerd', '; basistrede (base rung): norm not published')
			: t(
					`; basistrede ${pct(norms.basistrede)}`,
					`; basistrede (base rung) ${pct(norms.basistrede)}`
				);
	const values = `trede 1 ${pct(norms.trede1)}, trede 2 ${pct(norms.trede2)}, trede 3 ${pct(norms.trede3)}${basistrede}`;
	const { interpolated } = norms;
	const interpolatedValues = `${pct(interpolated.trede1)}, ${pct(interpolated.trede2)}, ${pct(interpolated.trede3)}`;
	const normText = norms.estimated
		? t(
				`Grootte ${result.size} staat niet in de gepubliceerde normtabel. We gebruiken de strengere normen van ${norms.size} fte: ${values}. Lineair geïnterpoleerd tussen ${trace.normSizes.lower} en ${trace.normSizes.upper} fte zouden de normen voor trede 1, 2 en 3 ${interpolatedValues} zijn; dat gaf ${rungLabel(norms.rungIfInterpolated, lang)} ${citation(context, headlineSource)}.`,
				`Size ${result.size} is not in the published norm table. We use the stricter norms of size ${norms.size}: ${values}. Interpolated linearly between sizes ${trace.normSizes.lower} and ${trace.normSizes.upper}, the norms for trede 1, 2 and 3 would be ${interpolatedValues}, giving ${rungLabel(norms.rungIfInterpolated, lang)} ${citation(context, headlineSource)}.`
			)
		: t(
				`Normen bij ${norms.size} fte: ${values} ${citation(context, headlineSource)}.`,
				`Norms for size ${norms.size}: ${values} ${citation(context, headlineSource)}.`
			);
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
		{ code: 'norms', section: 'rung', text: normText, rule: '§3.9', source: [...headlineSource] }
	];
}

function quantitativeStep(context: ExplainContext): ExplanationStep {
	const { t, lang, result, pct } = context;
	const { norms, totalPct } = result;
	const total = pct(totalPct);
	const label = (rung: RungCode) => rungLabel(rung, lang);
	const rung = result.quantitativeRung;
	const unknownBasistrede = result.warnings.includes('basistrede-norm-unknown')
		? t(
				' Mogelijk haalt u de basistrede, maar de norm daarvan is niet gepubliceerd.',
				' You may reach the basistrede (base rung), but its norm is not published.'
			)
		: '';
	const between = (reached: RungCode, reachedNorm: number, next: RungCode, nextNorm: number) =>
		t(
			`Totaal ${total} haalt de norm voor ${label(reached)} (${pct(reachedNorm)}) maar niet die voor ${label(next)} (${pct(nextNorm)}): kwantitatief ${label(reached)}.`,
			`Total ${total} reaches the ${pct(reachedNorm)} norm for ${label(reached)} but not the ${pct(nextNorm)} norm for ${label(next)}: quantitatively ${label(reached)}.`
		);
	const texts: Partial<Record<RungCode, string>> = {
		'trede-3': t(
			`Totaal ${total} haalt de norm voor trede 3 (${pct(norms.trede3)}): kwantitatief trede 3.`,
			`Total ${total} reaches the ${pct(norms.trede3)} norm for ${label('trede-3')}: quantitatively ${label('trede-3')}.`
		),
		'trede-2': between('trede-2', norms.trede2, 'trede-3', norms.trede3),
		'trede-1': between('trede-1', norms.trede1, 'trede-2', norms.trede2),
		basistrede: between('basistrede', norms.basistrede ?? 0, 'trede-1', norms.trede1),
		none: t(
			`Totaal ${total} blijft onder de norm voor trede 1 (${pct(norms.trede1)}): kwantitatief geen trede.${unknownBasistrede}`,
			`Total ${total} stays below the ${pct(norms.trede1)} norm for ${label('trede-1')}: quantitatively no rung.${unknownBasistrede}`
		)
	};
	return {
		code: 'quantitative-rung',
		section: 'rung',
		text: texts[rung] ?? label(rung),
		rule: '§3.10–3.11',
		source: ['S19', 'S20']
	};
}

function qualitativeSteps(context: ExplainContext): ExplanationStep[] {
	const { t, lang, result, input } = context;
	const gaps = result.qualitativeGaps.map(
		(criterion) =>
			`${qualitativeCriterionLabel(criterion, lang)}: ${qualitativeStatusLabel(input.qualitative?.[criterion] ?? 'unknown', lang)}`
	);
	const all = qualitativeCriteria.map((criterion) =>
		qualitativeCriterionLabel(criterion, lang).toLowerCase()
	);
	const qualitative: ExplanationStep = {
		code: 'qualitative',
		section: 'rung',
		text:
			gaps.length === 0
				? t(
						`Alle vier kwalitatieve criteria zijn voldaan (${all.join(', ')}).`,
						`All four qualitative criteria are met (${all.join(', ')}).`
					)
				: t(
						`Niet alle kwalitatieve criteria zijn voldaan (${gaps.join('; ')}). Elke trede, ook de basistrede, vraagt alle vier.`,
						`Not all qualitative criteria are met (${gaps.join('; ')}). Every rung, the basistrede included, needs all four.`
					),
		rule: '§3.12',
		source: ['S21']
	};
	const rung = rungLabel(result.rung, lang);
	const quantitative = rungLabel(result.quantitativeRung, lang);
	const held =
		result.rung !== result.quantitativeRung
			? t(
					` Kwantitatief ${quantitative}, maar de kwalitatieve criteria zijn niet allemaal voldaan.`,
					` Quantitatively ${quantitative}, but not all qualitative criteria are met.`
				)
			: '';
	const outcome: ExplanationStep = {
		code: 'rung',
		section: 'rung',
		text: t(`Uitkomst: ${rung}.${held}`, `Outcome: ${rung}.${held}`),
		rule: result.eligible ? '§3.12' : '§3.7'
	};
	return result.eligible ? [qualitative, outcome] : [outcome];
}

function statusSteps(context: ExplainContext): ExplanationStep[] {
	const { t, lang, result, ruleset, trace, pct, share, fte } = context;
	const { aspirant, pso30plus } = result;
	const minShare = ruleset.pso30plus.minSharePct;
	const aspirantText = aspirant.available
		? t(
				'Aspirant-status is mogelijk: het plan van aanpak is vastgesteld, SMART, gestart en mikt op trede 1 of hoger.',
				'Aspirant status is possible: the action plan is adopted, SMART, started and aims at trede 1 (rung 1) or higher.'
			)
		: `${t('Aspirant-status is niet mogelijk.', 'Aspirant status is not possible.')} ${aspirant.missing.map((code) => aspirantMissingText(code, lang)).join(' ')}`;
	const qualifying = count(
		context,
		trace.qualifyingPersons,
		['medewerker', 'medewerkers'],
		['employee', 'employees']
	);
	const persons =
		pso30plus.headcountPct === null || trace.headcount === null
			? t(
					`${qualifying} (totaal aantal medewerkers onbekend)`,
					`${qualifying} (total headcount unknown)`
				)
			: t(
					`${trace.qualifyingPersons} van ${trace.headcount} medewerkers (${pct(pso30plus.headcountPct)})`,
					`${trace.qualifyingPersons} of ${trace.headcount} employees (${pct(pso30plus.headcountPct)})`
				);
	const verdict = pso30plus.eligible
		? t('Voldoet aan PSO 30+.', 'Meets PSO 30+.')
		: pso30plus.reasons.map((code) => pso30plusReasonText(code, lang)).join(' ');
	return [
		{
			code: 'aspirant',
			section: 'status',
			text: aspirantText,
			rule: '§3.13',
			source: ['S20', 'S52']
		},
		{
			code: 'pso30plus',
			section: 'status',
			text: t(
				`PSO 30+: voor de aandelen tellen ${persons} en ${fte(trace.qualifyingFte)} van ${fte(result.totalFte)} fte (${pct(pso30plus.ftePct)}); beide moeten minstens ${share(minShare.value)} zijn, bij trede 3. ${verdict}`,
				`PSO 30+: the shares count ${persons} and ${fte(trace.qualifyingFte)} of ${fte(result.totalFte)} FTE (${pct(pso30plus.ftePct)}); both must be at least ${share(minShare.value)}, at trede 3 (rung 3). ${verdict}`
			),
			rule: '§3.14',
			source: [...minShare.source]
		}
	];
}

function planText(context: ExplainContext, entry: ResultNextRung): string {
	const { t, lang, trace, fte, euro, share, weight } = context;
	if (entry.rung === 'pso-30plus') {
		if (entry.extraQualifyingPersons === 0) {
			return t(
				'Naar PSO 30+: het aandeel personen en fte haalt al de grens; nodig is nog trede 3.',
				'Towards PSO 30+: the shares of persons and FTE already reach the minimum; trede 3 (rung 3) is still needed.'
			);
		}
		return t(
			`Naar PSO 30+: nog ${entry.extraQualifyingPersons} voltijd doelgroepmedewerker(s) die voor PSO 30+ tellen (${fte(entry.extraQualifyingFte)} fte), zodat zowel het aandeel personen als het aandeel fte de grens haalt.`,
			`Towards PSO 30+: ${entry.extraQualifyingPersons} more full-time target-group employee(s) who count for PSO 30+ (${fte(entry.extraQualifyingFte)} FTE), so that both the share of persons and the share of FTE reach the minimum.`
		);
	}
	const rung = rungLabel(entry.rung, lang);
	const hire =
		entry.extraWeightedFte === null
			? t(`met extra medewerkers is ${rung} niet te halen`, `extra employees cannot reach ${rung}`)
			: t(
					`nog ${fte(entry.extraWeightedFte)} gewogen fte uit de doelgroep erbij (bijvoorbeeld met weging 1 op een regulier contract; het totaal aantal fte groeit mee)`,
					`${fte(entry.extraWeightedFte)} more weighted FTE from the target group (for example at weight 1 on a regular contract; total FTE grows with it)`
				);
	const { referenceSupplier } = trace;
	const profile =
		trace.ftePerEuroFrom === 'purchases'
			? t(
					'bij het inkoopprofiel van uw huidige leveranciers',
					'at the profile of your current suppliers'
				)
			: t(
					`bij een referentieleverancier met ${euro(referenceSupplier.turnoverPerFte)} omzet per fte en ${share(referenceSupplier.directPct)} directe bijdrage`,
					`from a reference supplier with ${euro(referenceSupplier.turnoverPerFte)} turnover per FTE and ${share(referenceSupplier.directPct)} direct contribution`
				);
	const buy =
		entry.extraPurchaseAmount === null
			? t(
					`met inkoop alleen lukt het niet: indirect telt hoogstens ${weight(trace.capFactor)} × de directe bijdrage`,
					`purchasing alone cannot do it: indirect counts at most ${weight(trace.capFactor)} × the direct contribution`
				)
			: t(
					`of ${euro(entry.extraPurchaseAmount)} extra inkoop ${profile}`,
					`or ${euro(entry.extraPurchaseAmount)} more purchases ${profile}`
				);
	return t(`Naar ${rung}: ${hire}; ${buy}.`, `Towards ${rung}: ${hire}; ${buy}.`);
}

function planSteps(context: ExplainContext): ExplanationStep[] {
	const { t, result } = context;
	const steps: ExplanationStep[] = result.nextRungs.map((entry) => ({
		code: 'next-rung',
		section: 'plan',
		text: planText(context, entry),
		rule: '§3.15'
	}));
	if (result.eligible && result.quantitativeRung === 'trede-3') {
		steps.unshift({
			code: 'next-rung',
			section: 'plan',
			text: t(
				'Kwantitatief haalt u al trede 3, de hoogste trede.',
				'Quantitatively you already reach trede 3 (rung 3), the highest rung.'
			),
			rule: '§3.15'
		});
	}
	return steps;
}

export function outcomeSteps(context: ExplainContext): ExplanationStep[] {
	const { result, lang } = context;
	const graded = result.eligible ? [...normSteps(context), quantitativeStep(context)] : [];
	return [
		eligibilityStep(context),
		...graded,
		...qualitativeSteps(context),
		...statusSteps(context),
		...planSteps(context),
		...result.warnings.map((code): ExplanationStep => ({
			code: 'warning',
			section: 'warnings',
			text: warningText(code, lang),
			warning: code
		}))
	];
}
