// Explanation steps for the outcome (contract §3.7-3.15): eligibility, size and norms,
// rungs, qualitative criteria, aspirant route, PSO 30+ and the next-rung plan.
import { aspirantView } from './aspirant';
import { normSteps, quantitativeStep } from './explain-norms';
import { count, sources, type ExplainContext, type ExplanationStep } from './explanation-step';
import { qualitativeCriteria } from './input-codes';
import { planBlockers, planBlockerText } from './plan-blockers';
import { aspirantViewText, ineligibleReasonText, pso30plusReasonText } from './reason-texts';
import { resultRungLabel } from './result-rung-label';
import type { ResultNextRung } from './result-schema';
import { qualitativeCriterionLabel, qualitativeStatusLabel } from './rung-texts';
import { warningText } from './warning-texts';

function eligibilityStep(context: ExplainContext): ExplanationStep {
	const { t, lang, result, ruleset, trace, fte, weight, defaulted } = context;
	const { minTotalFte, minMonthsActive } = ruleset.eligibility;
	// §6.4: a default the user did not enter reads as one: "12 maanden (standaard)".
	const months = `${weight(trace.monthsActive)}`;
	const isDefault = defaulted(trace.defaulted.monthsActive);
	const text = result.eligible
		? t(
				`Omvang ${fte(result.totalFte)} fte (minimaal ${weight(minTotalFte.value)}) en ${months} maanden${isDefault} met minstens 2 fte (minimaal ${weight(minMonthsActive.value)}): de organisatie komt in aanmerking.`,
				`Workforce ${fte(result.totalFte)} FTE (at least ${weight(minTotalFte.value)}) and ${months} months${isDefault} with at least 2 FTE (at least ${weight(minMonthsActive.value)}): the organisation is eligible.`
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
	const modelled = result.norms.basistredeModelled;
	const rung = resultRungLabel(result.rung, lang, modelled);
	const quantitative = resultRungLabel(result.quantitativeRung, lang, modelled);
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
		: (aspirantViewText(aspirantView(aspirant), lang) ?? '');
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
	const regularMin = ruleset.pso30plus.conditions?.regularMinSharePct;
	const regularPct = pso30plus.regularPct ?? null;
	const regular =
		regularMin === undefined || regularPct === null
			? ''
			: t(
					` Op een regulier contract: ${trace.regularPersons} (${pct(regularPct)}; minstens ${share(regularMin)} van de medewerkers, een vijfde van de 30 %).`,
					` On a regular contract: ${trace.regularPersons} (${pct(regularPct)}; at least ${share(regularMin)} of the employees, a fifth of the 30 %).`
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
				`PSO 30+: voor de aandelen tellen ${persons} en ${fte(trace.qualifyingFte)} van ${fte(result.totalFte)} fte (${pct(pso30plus.ftePct)}); beide moeten minstens ${share(minShare.value)} zijn, bij trede 3.${regular} ${verdict}`,
				`PSO 30+: the shares count ${persons} and ${fte(trace.qualifyingFte)} of ${fte(result.totalFte)} FTE (${pct(pso30plus.ftePct)}); both must be at least ${share(minShare.value)}, at trede 3 (rung 3).${regular} ${verdict}`
			),
			rule: regularMin === undefined ? '§3.14' : '§3.14, §6.3',
			source: sources(minShare.source, ruleset.pso30plus.conditions?.source)
		}
	];
}

function planText(context: ExplainContext, entry: ResultNextRung): string {
	const { t, lang, trace, fte, euro, share, weight } = context;
	if (entry.rung === 'pso-30plus') {
		if (entry.extraQualifyingPersons === 0) {
			return context.result.pso30plus.eligible
				? t(
						'PSO 30+: de organisatie voldoet al; er zijn geen extra medewerkers nodig.',
						'PSO 30+: the organisation already qualifies; no extra employees are needed.'
					)
				: t(
						'Naar PSO 30+: de aandelen halen al de grens; nodig is nog trede 3.',
						'Towards PSO 30+: the shares already reach the minimum; trede 3 (rung 3) is still needed.'
					);
		}
		return t(
			`Naar PSO 30+: nog ${entry.extraQualifyingPersons} voltijd doelgroepmedewerker(s) op een regulier contract die voor PSO 30+ tellen (${fte(entry.extraQualifyingFte)} fte), zodat het aandeel personen, het aandeel fte en het aandeel met een regulier dienstverband de grens halen.`,
			`Towards PSO 30+: ${entry.extraQualifyingPersons} more full-time target-group employee(s) on a regular contract who count for PSO 30+ (${fte(entry.extraQualifyingFte)} FTE), so that the shares of persons, of FTE and of regular employment reach the minimum.`
		);
	}
	const rung = resultRungLabel(entry.rung, lang, context.result.norms.basistredeModelled);
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
	// §6.4: name the reason a purchase cannot do it; a result stored before version 2 has
	// no reason, and then only the cap could have blocked it or the profile yielded nothing.
	const noYield =
		entry.extraPurchaseBlockedBy === 'no-yield' ||
		(entry.extraPurchaseBlockedBy === undefined && trace.ftePerEuro === 0);
	const buy =
		entry.extraPurchaseAmount === null
			? noYield
				? t(
						'met inkoop lukt het niet: het inkoopprofiel levert geen fte per euro op (een leverancier zonder directe bijdrage telt niet)',
						'purchasing cannot do it: the purchase profile yields no FTE per euro (a supplier without a direct contribution does not count)'
					)
				: t(
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
	const { t, lang, result, input } = context;
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
	// A criterion that holds the rung back comes first: no hire or purchase helps before it.
	const blockers = planBlockers(result, input.qualitative);
	if (blockers) {
		steps.unshift({
			code: 'next-rung',
			section: 'plan',
			text: `${planBlockerText(blockers, lang)}.`,
			rule: '§3.12'
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
