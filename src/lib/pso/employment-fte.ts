// Target-group FTE in the period ignoring counting windows and weights: the quantity the
// contract's consistency check compares with `totalFte` (contract §2, "Validation").
import { DEFAULT_FULLTIME_HOURS } from './assessment-defaults';
import { dayNumber, inclusiveDays } from './iso-date';

interface EmploymentLine {
	hoursPerWeek: number;
	start: string;
	end: string | null;
}

export function employmentFteInPeriod(
	lines: readonly EmploymentLine[],
	period: { start: string; end: string },
	fulltimeHours: number = DEFAULT_FULLTIME_HOURS
): number {
	const periodStart = dayNumber(period.start);
	const periodEnd = dayNumber(period.end);
	const periodDays = inclusiveDays(periodStart, periodEnd);
	let sum = 0;
	for (const line of lines) {
		const from = Math.max(periodStart, dayNumber(line.start));
		const to = line.end === null ? periodEnd : Math.min(periodEnd, dayNumber(line.end));
		sum += (line.hoursPerWeek / fulltimeHours) * inclusiveDays(from, to);
	}
	return sum / periodDays;
}
