import { describe, expect, it } from 'vitest';
import {
	basisExplainsTotal,
	fteBasisSchema,
	payrollFte,
	rosterFte,
	shownDerivedFte,
	weeksInPeriod,
	type StaffMember
} from './staff-fte';

const Y2025 = { start: '2025-01-01', end: '2025-12-31' }; // 365 days
const Y2024 = { start: '2024-01-01', end: '2024-12-31' }; // 366 days

const member = (
	id: string,
	hoursPerWeek: number,
	start: string,
	end: string | null = null
): StaffMember => ({ id, hoursPerWeek, start, end });

describe('rosterFte: whole-staff FTE and headcount on the period end', () => {
	it.each<[string, StaffMember[], number, { fte: number; persons: number; headcount: number }]>([
		[
			'one full-timer all year',
			[member('a', 40, '2020-01-01')],
			40,
			{ fte: 1, persons: 1, headcount: 1 }
		],
		[
			'a half-timer all year',
			[member('a', 20, '2020-01-01')],
			40,
			{ fte: 0.5, persons: 1, headcount: 1 }
		],
		[
			'36 hours under a 36-hour CAO',
			[member('a', 36, '2020-01-01')],
			36,
			{ fte: 1, persons: 1, headcount: 1 }
		],
		[
			'a leaver on 30 June counts 181 of 365 days and is not on the period end',
			[member('a', 40, '2020-01-01', '2025-06-30')],
			40,
			{ fte: 181 / 365, persons: 1, headcount: 0 }
		],
		[
			'a starter on 1 July at 32 hours',
			[member('a', 32, '2025-07-01')],
			40,
			{ fte: (0.8 * 184) / 365, persons: 1, headcount: 1 }
		],
		[
			'leaving on the period end still counts in the headcount',
			[member('a', 40, '2020-01-01', '2025-12-31')],
			40,
			{ fte: 1, persons: 1, headcount: 1 }
		],
		[
			'someone who left before the period is a person on the list with no FTE',
			[member('a', 40, '2020-01-01', '2024-12-31')],
			40,
			{ fte: 0, persons: 1, headcount: 0 }
		],
		[
			'someone who starts after the period adds nothing',
			[member('a', 40, '2026-01-01')],
			40,
			{ fte: 0, persons: 1, headcount: 0 }
		],
		[
			'one person with two contracts is one person, both contracts count',
			[member('a', 20, '2025-01-01', '2025-06-30'), member('a', 40, '2025-07-01')],
			40,
			{ fte: (0.5 * 181 + 184) / 365, persons: 1, headcount: 1 }
		],
		[
			'a flex worker on 0 hours is on the list but adds no FTE',
			[member('a', 40, '2020-01-01'), member('flex-1', 0, '2025-03-01')],
			40,
			{ fte: 1, persons: 2, headcount: 2 }
		]
	])('%s', (_name, members, fulltimeHours, expected) => {
		const result = rosterFte(members, Y2025, fulltimeHours);
		expect(result.persons).toBe(expected.persons);
		expect(result.headcount).toBe(expected.headcount);
		expect(result.fte).toBeCloseTo(expected.fte, 12);
	});

	it('a roster of the target group alone gives exactly the target-group FTE the schema checks', () => {
		const members = [member('a', 32, '2025-03-01'), member('b', 24, '2019-01-01', '2025-09-15')];
		const { fte } = rosterFte(members, Y2025, 38);
		expect(fte).toBeCloseTo((32 / 38) * (306 / 365) + (24 / 38) * (258 / 365), 12);
	});
});

describe('payrollFte: paid hours ÷ (full-time hours × days / 7)', () => {
	it.each([
		['2025 has 365 / 7 weeks', Y2025, 365 / 7],
		['2024 is a leap year', Y2024, 366 / 7],
		['a quarter', { start: '2025-01-01', end: '2025-03-31' }, 90 / 7]
	])('weeks: %s', (_name, period, weeks) => {
		expect(weeksInPeriod(period)).toBeCloseTo(weeks, 12);
	});

	it.each([
		['a full-timer paid all year is exactly 1 FTE', (40 * 365) / 7, Y2025, 40, 1],
		['83.200 hours in 2025 at 40 hours', 83_200, Y2025, 40, 83_200 / (40 * (365 / 7))],
		[
			'the same hours under a 36-hour CAO are more FTE',
			83_200,
			Y2025,
			36,
			83_200 / (36 * (365 / 7))
		],
		[
			'1.600 hours in a quarter',
			1_600,
			{ start: '2025-01-01', end: '2025-03-31' },
			40,
			1600 / (40 * (90 / 7))
		]
	])('%s', (_name, hours, period, fulltimeHours, fte) => {
		expect(payrollFte(hours, period, fulltimeHours)).toBeCloseTo(fte, 12);
	});

	it('83.200 hours in 2025 at 40 hours is 39,89 FTE, not 40 (52.14 weeks, not 52)', () => {
		expect(shownDerivedFte(payrollFte(83_200, Y2025, 40))).toBe(39.8904);
	});
});

describe('fteBasisSchema and basisExplainsTotal', () => {
	it.each([
		[{ kind: 'typed' }, true],
		[{ kind: 'roster', persons: 57, fte: 47.5 }, true],
		[{ kind: 'payroll', hours: 83200 }, true],
		[{ kind: 'roster', persons: 0, fte: 47.5 }, false],
		[{ kind: 'roster', persons: 1.5, fte: 47.5 }, false],
		[{ kind: 'payroll', hours: -1 }, false],
		[{ kind: 'payroll', hours: 83200, name: 'x' }, false],
		[{ kind: 'guessed' }, false]
	])('%j valid: %s', (basis, valid) => {
		expect(fteBasisSchema.safeParse(basis).success).toBe(valid);
	});

	it.each([
		['typed always explains', { kind: 'typed' as const }, 12, true],
		['a roster with the same FTE', { kind: 'roster' as const, persons: 3, fte: 2.5 }, 2.5, true],
		['a roster edited by hand', { kind: 'roster' as const, persons: 3, fte: 2.5 }, 3, false],
		[
			'payroll hours that give the total',
			{ kind: 'payroll' as const, hours: (40 * 365) / 7 },
			1,
			true
		],
		['payroll hours that do not', { kind: 'payroll' as const, hours: 1000 }, 1, false]
	])('%s', (_name, basis, totalFte, explains) => {
		expect(basisExplainsTotal(basis, totalFte, Y2025, 40)).toBe(explains);
	});
});
