// Whole-staff FTE as an auditor works it out (issue 10 item 4; docs/scoring-rules.md §2,
// "How totalFte was obtained"): from a pseudonymous staff roster, scored with the same
// pro-rata formula as the target-group lines, or from the hours paid in the period.
import { z } from 'zod';
import { MAX_QUANTITY } from './assessment-defaults';
import { employmentFteInPeriod } from './employment-fte';
import { dayNumber, inclusiveDays } from './iso-date';
import { numberField } from './schema-fields';

/** One employment of one person; a person with two contracts has two rows with one id. */
export interface StaffMember {
	id: string;
	hoursPerWeek: number;
	start: string;
	/** null = still employed. */
	end: string | null;
}

export interface Period {
	start: string;
	end: string;
}

export interface RosterFte {
	/** Σ hoursPerWeek / fulltimeHours × days employed in the period / period days. */
	fte: number;
	/** Distinct ids in the roster. */
	persons: number;
	/** Distinct ids employed on period.end (contract §2 `headcount`); 0 when nobody is. */
	headcount: number;
}

/**
 * The roster's FTE over the period and its headcount on the period end. Rows outside the
 * period add nothing to the FTE but their person still counts as one of the roster's persons.
 */
export function rosterFte(
	members: readonly StaffMember[],
	period: Period,
	fulltimeHours: number
): RosterFte {
	const ids = new Set<string>();
	const onPeriodEnd = new Set<string>();
	for (const member of members) {
		ids.add(member.id);
		// ISO dates compare as strings.
		if (member.start <= period.end && (member.end === null || member.end >= period.end)) {
			onPeriodEnd.add(member.id);
		}
	}
	return {
		fte: employmentFteInPeriod(members, period, fulltimeHours),
		persons: ids.size,
		headcount: onPeriodEnd.size
	};
}

/**
 * Weeks in the period, counted as days / 7: a full-timer employed the whole period is paid
 * `fulltimeHours × days / 7` hours, so the payroll route gives that person exactly 1 FTE,
 * as the roster route does (2025: 365 / 7 = 52.14 weeks, not 52).
 */
export function weeksInPeriod(period: Period): number {
	return inclusiveDays(dayNumber(period.start), dayNumber(period.end)) / 7;
}

/** FTE from the hours paid in the period: hours ÷ (fulltimeHours × weeks in the period). */
export function payrollFte(paidHours: number, period: Period, fulltimeHours: number): number {
	return paidHours / (fulltimeHours * weeksInPeriod(period));
}

/**
 * A derived totalFte as a form shows it again: 4 decimals, so "47,3836" rather than a
 * float's 15 digits. Posting that shown value back keeps the exact derived figure.
 */
export function shownDerivedFte(fte: number): number {
	return Math.round(fte * 1e4) / 1e4;
}

/**
 * How `totalFte` was obtained (assessment file `organisation.fteBasis`; absent = typed).
 * `roster.fte` is the roster's exact sum; the engine scores `totalFte` only, never this.
 */
export const fteBasisSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('typed') }),
	z.strictObject({
		kind: z.literal('roster'),
		persons: numberField({ integer: true, min: 1, limit: MAX_QUANTITY }),
		fte: numberField({ positive: true, limit: MAX_QUANTITY })
	}),
	z.strictObject({
		kind: z.literal('payroll'),
		hours: numberField({ positive: true, limit: MAX_QUANTITY })
	})
]);

export type FteBasis = z.infer<typeof fteBasisSchema>;

/** Relative tolerance for "this basis still gives this totalFte" (float sums, not rounding). */
const BASIS_TOLERANCE = 1e-9;

/**
 * Whether `basis` yields `totalFte` with these full-time hours: a file edited by hand (or a
 * basis from other hours) no longer explains its totalFte, which then counts as typed.
 */
export function basisExplainsTotal(
	basis: FteBasis,
	totalFte: number,
	period: Period,
	fulltimeHours: number
): boolean {
	if (basis.kind === 'typed') return true;
	const derived =
		basis.kind === 'roster' ? basis.fte : payrollFte(basis.hours, period, fulltimeHours);
	return Math.abs(derived - totalFte) <= BASIS_TOLERANCE * Math.max(1, totalFte);
}
