// Per-line FTE, weights and counting (contract §3.1, §3.2, §3.16) and the PSO 30+
// qualification of each line (contract §3.14), in one pass over the lines. Dates are
// parsed to day numbers once per line; the loop allocates only the result line itself.
import type { TargetGroupLine } from './assessment-schema';
import { emptyWindowBounds, resolveWindow } from './counting-window';
import {
	isRegularContract,
	lineQualifiesForPso30plus,
	type QualifyingConditions
} from './pso30plus';
import { dayNumber, inclusiveDays, isoFromDayNumber } from './iso-date';
import type { ContractCode, PositionCode } from './input-codes';
import type { Ruleset } from './ruleset-schema';

export interface ResultLine {
	id: string;
	fte: number;
	positionWeight: number;
	contractWeight: number;
	weightedFte: number;
	countsOnPeriodEnd: boolean;
	countsUntil: string | null;
}

/** Why a line does not count at all (FTE 0, contract §3.1). */
export type NotCountedReason = 'position-not-in-ruleset' | 'ww-months-missing' | 'ww-below-minimum';

/** Lines with the same position, contract and weights, summed (for the explanation). */
export interface LineGroup {
	position: PositionCode;
	contract: ContractCode;
	positionWeight: number;
	contractWeight: number;
	lines: number;
	fte: number;
	weightedFte: number;
	/** Lines employed on more days in the period than their counting window allows. */
	windowLimited: number;
}

export interface NotCountedGroup {
	reason: NotCountedReason;
	count: number;
	/** The first few line ids (pseudonymous), for the explanation. */
	ids: string[];
}

export interface LineTrace {
	groups: LineGroup[];
	notCounted: NotCountedGroup[];
}

export interface LineTotals {
	lines: ResultLine[];
	weightedFte: number;
	qualifyingPersons: number;
	/** Qualifying persons on a regular or supported contract (contract §6.3). */
	regularPersons: number;
	qualifyingFte: number;
	flags: {
		unconfirmedWeight: boolean;
		unconfirmedWindow: boolean;
		unconfirmedRule: boolean;
		/** A PSO 30+ rule a qualifying (or excluded) line relied on is unconfirmed. */
		unconfirmedPso30plusRule: boolean;
		positionNotInRuleset: boolean;
		wwMonthsMissing: boolean;
		inflowAfterStart: boolean;
		/** A participatiewet-lks line without `lksUntil` (warning `lks-end-unknown`, §6.4). */
		lksEndUnknown: boolean;
	};
	trace: LineTrace | null;
}

export interface LineContext {
	periodStart: number;
	periodEnd: number;
	periodDays: number;
	fulltimeHours: number;
	/** PSO 30+ conditions of ruleset 1.7 and later (contract §6.3); null before 1.7. */
	pso30plusConditions: QualifyingConditions | null;
}

const MAX_TRACED_IDS = 5;

export function evaluateLines(
	lines: readonly TargetGroupLine[],
	ruleset: Ruleset,
	context: LineContext,
	collectTrace: boolean
): LineTotals {
	const { periodStart, periodEnd, periodDays, fulltimeHours, pso30plusConditions } = context;
	const flags: LineTotals['flags'] = {
		unconfirmedWeight: false,
		unconfirmedWindow: false,
		unconfirmedRule: false,
		unconfirmedPso30plusRule: false,
		positionNotInRuleset: false,
		wwMonthsMissing: false,
		inflowAfterStart: false,
		lksEndUnknown: false
	};
	const groups = collectTrace ? new Map<string, LineGroup>() : null;
	const notCounted = collectTrace ? new Map<NotCountedReason, NotCountedGroup>() : null;
	const bounds = emptyWindowBounds();
	const results: ResultLine[] = new Array<ResultLine>(lines.length);
	let weightedSum = 0;
	let qualifyingPersons = 0;
	let regularPersons = 0;
	let qualifyingFte = 0;

	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] as TargetGroupLine;
		const position = ruleset.positions[line.position];
		const contract = ruleset.contracts[line.contract];
		const start = dayNumber(line.start);
		const end = line.end === null ? Infinity : dayNumber(line.end);
		// §6.6 item 5: every such line, whether or not it counts, so the user fills in the date.
		if (line.position === 'participatiewet-lks' && (line.lksUntil ?? null) === null) {
			flags.lksEndUnknown = true;
		}

		let reason: NotCountedReason | null = null;
		if (position === undefined || !position.available) {
			reason = 'position-not-in-ruleset';
			flags.positionNotInRuleset = true;
		} else if (position.minWwMonths !== undefined) {
			// ww counts only after >= 6 months on WW; absent wwMonths: does not count (contract §2).
			if (line.wwMonths === null || line.wwMonths === undefined) {
				reason = 'ww-months-missing';
				flags.wwMonthsMissing = true;
			} else if (line.wwMonths < position.minWwMonths.value) {
				// An exact comparison: the tolerance is for norms and shares only (§6.4).
				reason = 'ww-below-minimum';
			}
			if (!position.minWwMonths.confirmed) flags.unconfirmedRule = true;
		}

		if (reason !== null || position === undefined || !position.available) {
			if (position?.available === true) {
				const rule = position.weightByContract?.[line.contract] ?? position.weight;
				if (!rule.confirmed || !contract.weight.confirmed) flags.unconfirmedWeight = true;
			}
			results[index] = {
				id: line.id,
				fte: 0,
				positionWeight: position?.available === true ? position.weight.value : 0,
				contractWeight: contract.weight.value,
				weightedFte: 0,
				countsOnPeriodEnd: false,
				countsUntil: null
			};
			if (notCounted !== null && reason !== null) {
				const group = notCounted.get(reason) ?? { reason, count: 0, ids: [] };
				group.count++;
				if (group.ids.length < MAX_TRACED_IDS) group.ids.push(line.id);
				notCounted.set(reason, group);
			}
			continue;
		}

		const positionWeightRule = position.weightByContract?.[line.contract] ?? position.weight;
		const positionWeight = positionWeightRule.value;
		const contractWeight = contract.weight.value;
		resolveWindow(position.window, contract, line, start, bounds);

		const employedFrom = start > periodStart ? start : periodStart;
		const employedTo = end < periodEnd ? end : periodEnd;
		const from = bounds.from > employedFrom ? bounds.from : employedFrom;
		const to = bounds.to < employedTo ? bounds.to : employedTo;
		const countedDays = inclusiveDays(from, to);
		// Contract §3.1: hours / full-time hours × counted days / period days.
		const fte = ((line.hoursPerWeek / fulltimeHours) * countedDays) / periodDays;
		// Contract §3.2: the weights multiply.
		const weightedFte = fte * positionWeight * contractWeight;
		const countsOnPeriodEnd =
			start <= periodEnd && periodEnd <= end && bounds.from <= periodEnd && periodEnd <= bounds.to;

		weightedSum += weightedFte;
		// §6.6 item 10: an unconfirmed weight is flagged whatever the line's FTE.
		if (!positionWeightRule.confirmed || !contract.weight.confirmed) {
			flags.unconfirmedWeight = true;
		}
		if (fte > 0) {
			const windowUnconfirmed =
				!position.window.confirmed || contract.maxYearsFromStart?.confirmed === false;
			if (windowUnconfirmed) flags.unconfirmedWindow = true;
			if (bounds.inflowAfterStart) flags.inflowAfterStart = true;
		}
		if (countsOnPeriodEnd) {
			if (lineQualifiesForPso30plus(position, contract, line, start, pso30plusConditions)) {
				qualifyingPersons++;
				if (isRegularContract(line.contract)) regularPersons++;
				qualifyingFte += fte;
			}
			if (!position.pso30plus.confirmed || !contract.pso30plus.confirmed) {
				flags.unconfirmedPso30plusRule = true;
			}
		}

		results[index] = {
			id: line.id,
			fte,
			positionWeight,
			contractWeight,
			weightedFte,
			countsOnPeriodEnd,
			countsUntil: bounds.hasEnd ? isoFromDayNumber(bounds.to) : null
		};

		if (groups !== null) {
			const key = `${line.position}|${line.contract}|${positionWeight}|${contractWeight}`;
			const group = groups.get(key) ?? {
				position: line.position,
				contract: line.contract,
				positionWeight,
				contractWeight,
				lines: 0,
				fte: 0,
				weightedFte: 0,
				windowLimited: 0
			};
			group.lines++;
			group.fte += fte;
			group.weightedFte += weightedFte;
			if (countedDays < inclusiveDays(employedFrom, employedTo)) group.windowLimited++;
			groups.set(key, group);
		}
	}

	return {
		lines: results,
		weightedFte: weightedSum,
		qualifyingPersons,
		regularPersons,
		qualifyingFte,
		flags,
		trace:
			groups !== null && notCounted !== null
				? { groups: [...groups.values()], notCounted: [...notCounted.values()] }
				: null
	};
}
