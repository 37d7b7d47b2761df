// Explanation steps for the basis and the contribution (contract §3.1-3.6): the ruleset,
// the period, each group of lines, purchases, cap and total.
import { contractLabel, purchaseKindLabel } from './contract-texts';
import {
	citation,
	count,
	sources,
	type ExplainContext,
	type ExplanationStep
} from './explanation-step';
import type { LineGroup, NotCountedGroup } from './line-evaluation';
import { positionLabel } from './position-texts';

// The full-time norm of 40 hours or the CAO norm comes from S16 (pso-method §1).
const FULLTIME_SOURCE = ['S16'];

function basisSteps(context: ExplainContext): ExplanationStep[] {
	const { t, ruleset, trace, input, date, defaulted } = context;
	const fulltime = `${trace.fulltimeHours}${defaulted(trace.defaulted.fulltimeHours)}`;
	return [
		{
			code: 'ruleset',
			section: 'basis',
			text: t(
				`Rekenregels: ${ruleset.label}, geldig vanaf ${date(ruleset.effectiveFrom)}.`,
				`Ruleset: ${ruleset.label}, in force from ${date(ruleset.effectiveFrom)}.`
			),
			rule: '§1',
			source: [...ruleset.sources]
		},
		{
			code: 'period',
			section: 'basis',
			text: t(
				`Peiljaar ${date(input.period.start)} t/m ${date(input.period.end)}: ${trace.periodDays} dagen. Fte per medewerker = uren per week / ${fulltime} × getelde dagen / ${trace.periodDays}.`,
				`Peiljaar (reference period) ${date(input.period.start)} to ${date(input.period.end)}: ${trace.periodDays} days. FTE per employee = hours per week / ${fulltime} × counted days / ${trace.periodDays}.`
			),
			rule: '§3.1',
			source: FULLTIME_SOURCE
		}
	];
}

function groupStep(context: ExplainContext, group: LineGroup): ExplanationStep {
	const { t, lang, ruleset, fte, weight } = context;
	const position = ruleset.positions[group.position];
	const contract = ruleset.contracts[group.contract];
	const positionRule =
		position?.available === true
			? (position.weightByContract?.[group.contract] ?? position.weight)
			: undefined;
	const unconfirmed =
		positionRule?.confirmed === false || !contract.weight.confirmed
			? t(' (weging onbevestigd)', ' (weight unconfirmed)')
			: '';
	const who = `${group.lines} × ${positionLabel(group.position, lang)}, ${contractLabel(group.contract, lang).toLowerCase()}`;
	const limitedLines = count(context, group.windowLimited, ['regel', 'regels'], ['line', 'lines']);
	const limited =
		group.windowLimited > 0
			? t(
					` Bij ${limitedLines} valt een deel van het peiljaar buiten de telperiode.`,
					` For ${limitedLines} part of the peiljaar falls outside the counting period.`
				)
			: '';
	const windowSources =
		group.windowLimited > 0 && position?.available === true ? position.window.source : undefined;
	return {
		code: 'line-group',
		section: 'contribution',
		text: t(
			`${who}: samen ${fte(group.fte)} fte × weging ${weight(group.positionWeight)} × ${weight(group.contractWeight)}${unconfirmed} = ${fte(group.weightedFte)} gewogen fte.${limited}`,
			`${who}: together ${fte(group.fte)} FTE × weight ${weight(group.positionWeight)} × ${weight(group.contractWeight)}${unconfirmed} = ${fte(group.weightedFte)} weighted FTE.${limited}`
		),
		rule: '§3.1–3.2',
		source: sources(positionRule?.source, contract.weight.source, windowSources)
	};
}

function notCountedStep(context: ExplainContext, group: NotCountedGroup): ExplanationStep {
	const { t, ruleset } = context;
	const more = group.count > group.ids.length ? ', …' : '';
	const ids = `(${group.ids.join(', ')}${more})`;
	const lines = t(
		group.count === 1 ? '1 regel telt' : `${group.count} regels tellen`,
		group.count === 1 ? '1 line does' : `${group.count} lines do`
	);
	const ww = ruleset.positions.ww;
	const wwRule = ww?.available === true ? ww.minWwMonths : undefined;
	const minMonths = wwRule?.value ?? 6;
	const texts = {
		'position-not-in-ruleset': t(
			`${lines} niet mee: die uitgangspositie kent ${ruleset.label} niet ${ids}.`,
			`${lines} not count: ${ruleset.label} does not know that starting position ${ids}.`
		),
		'ww-months-missing': t(
			`${lines} niet mee: het aantal maanden WW vóór indiensttreding ontbreekt ${ids}.`,
			`${lines} not count: the months on WW before hire are missing ${ids}.`
		),
		'ww-below-minimum': t(
			`${lines} niet mee: minder dan ${minMonths} maanden WW vóór indiensttreding ${ids}.`,
			`${lines} not count: less than ${minMonths} months on WW before hire ${ids}.`
		)
	};
	return {
		code: 'lines-not-counted',
		section: 'contribution',
		text: texts[group.reason],
		rule: '§3.1, §4',
		source: group.reason === 'position-not-in-ruleset' ? [] : [...(wwRule?.source ?? [])]
	};
}

function directSteps(context: ExplainContext): ExplanationStep[] {
	const { t, trace, result, fte, pct } = context;
	const steps: ExplanationStep[] = [];
	if (trace.groups.length === 0 && trace.notCounted.length === 0) {
		steps.push({
			code: 'no-target-group',
			section: 'contribution',
			text: t(
				'Er zijn geen doelgroepmedewerkers ingevuld.',
				'No target-group employees were entered.'
			),
			rule: '§3.3'
		});
	}
	steps.push(...trace.groups.map((group) => groupStep(context, group)));
	steps.push(...trace.notCounted.map((group) => notCountedStep(context, group)));
	steps.push({
		code: 'direct',
		section: 'contribution',
		text: t(
			`Directe bijdrage: ${fte(result.direct.weightedFte)} gewogen fte / ${fte(result.totalFte)} fte totaal = ${pct(result.direct.pct)}.`,
			`Direct contribution: ${fte(result.direct.weightedFte)} weighted FTE / ${fte(result.totalFte)} total FTE = ${pct(result.direct.pct)}.`
		),
		rule: '§3.3',
		source: ['S17']
	});
	return steps;
}

function indirectSteps(context: ExplainContext): ExplanationStep[] {
	const { t, lang, trace, result, ruleset, fte, pct, share, euro } = context;
	const cap = ruleset.indirect.maxShareOfTotal;
	const steps: ExplanationStep[] = trace.purchases.map((purchase) => ({
		code: 'purchase',
		section: 'contribution',
		text: t(
			`Inkoop bij ${purchase.supplier} (${purchaseKindLabel(purchase.kind, lang)}): ${euro(purchase.amount)} / ${euro(purchase.supplierTurnover)} omzet × ${fte(purchase.supplierFte)} fte × ${share(purchase.supplierDirectPct)} directe bijdrage = ${fte(purchase.fte)} fte.`,
			`Purchase from ${purchase.supplier} (${purchaseKindLabel(purchase.kind, lang)}): ${euro(purchase.amount)} / ${euro(purchase.supplierTurnover)} turnover × ${fte(purchase.supplierFte)} FTE × ${share(purchase.supplierDirectPct)} direct contribution = ${fte(purchase.fte)} FTE.`
		),
		rule: '§3.4',
		source: ['S18']
	}));
	if (trace.purchases.length === 0) {
		steps.push({
			code: 'indirect',
			section: 'contribution',
			text: t(
				'Er is geen inkoop ingevuld: indirecte bijdrage 0 %.',
				'No purchases were entered: indirect contribution 0 %.'
			),
			rule: '§3.4'
		});
		return steps;
	}
	steps.push({
		code: 'indirect',
		section: 'contribution',
		text: t(
			`Indirecte bijdrage: ${fte(result.indirect.fte)} fte / (${fte(result.totalFte)} + ${fte(result.indirect.fte)}) fte = ${pct(result.indirect.pct)}.`,
			`Indirect contribution: ${fte(result.indirect.fte)} FTE / (${fte(result.totalFte)} + ${fte(result.indirect.fte)}) FTE = ${pct(result.indirect.pct)}.`
		),
		rule: '§3.4',
		source: ['S18']
	});
	const maxShare = share(cap.value * 100);
	const factor = context.weight(trace.capFactor);
	steps.push({
		code: 'cap',
		section: 'contribution',
		text: result.indirect.capped
			? t(
					`Indirect mag hoogstens ${maxShare} van het totaal zijn, dus hoogstens ${factor} × de directe bijdrage: begrensd van ${pct(result.indirect.pct)} tot ${pct(result.indirect.countedPct)}.`,
					`Indirect may be at most ${maxShare} of the total, so at most ${factor} × the direct contribution: capped from ${pct(result.indirect.pct)} to ${pct(result.indirect.countedPct)}.`
				)
			: t(
					`Indirect mag hoogstens ${maxShare} van het totaal zijn (${factor} × direct); die grens wordt niet bereikt.`,
					`Indirect may be at most ${maxShare} of the total (${factor} × direct); that limit is not reached.`
				),
		rule: '§3.5',
		source: [...cap.source]
	});
	return steps;
}

export function contributionSteps(context: ExplainContext): ExplanationStep[] {
	const { t, result, pct } = context;
	return [
		...basisSteps(context),
		...directSteps(context),
		...indirectSteps(context),
		{
			code: 'total',
			section: 'contribution',
			text: t(
				`Totale sociale bijdrage: ${pct(result.direct.pct)} direct + ${pct(result.indirect.countedPct)} indirect = ${pct(result.totalPct)} ${citation(context, ['S17', 'S18'])}.`,
				`Total social contribution: ${pct(result.direct.pct)} direct + ${pct(result.indirect.countedPct)} indirect = ${pct(result.totalPct)} ${citation(context, ['S17', 'S18'])}.`
			),
			rule: '§3.6',
			source: ['S17', 'S18']
		}
	];
}
