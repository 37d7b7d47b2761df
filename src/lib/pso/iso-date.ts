// Calendar dates as whole day numbers (days since 1970-01-01), so that the scoring loop
// compares integers instead of strings or Date objects. No clock access (contract §1).

const ZERO = 48;
const DASH = 45;

/** Value of the decimal digit at `index`, or -1 (hand-written: this runs for every date). */
function digit(text: string, index: number): number {
	const value = text.charCodeAt(index) - ZERO;
	return value >= 0 && value <= 9 ? value : -1;
}

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const monthIndex = month > 2 ? month - 3 : month + 9;
	const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

/** Inverse of `dayNumberFromParts` (H. Hinnant's civil_from_days). */
export function partsFromDayNumber(dayNumber: number): {
	year: number;
	month: number;
	day: number;
} {
	const z = dayNumber + 719468;
	const era = Math.floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = Math.floor(
		(dayOfEra -
			Math.floor(dayOfEra / 1460) +
			Math.floor(dayOfEra / 36524) -
			Math.floor(dayOfEra / 146096)) /
			365
	);
	const dayOfYear =
		dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
	const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return { year, month, day };
}

/**
 * Day number of a `YYYY-MM-DD` string that is a real calendar date, else `null`
 * (contract §2: dates are `YYYY-MM-DD`).
 */
export function parseIsoDate(text: string): number | null {
	if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return null;
	let year = 0;
	for (let index = 0; index < 4; index++) {
		const value = digit(text, index);
		if (value < 0) return null;
		year = year * 10 + value;
	}
	const m1 = digit(text, 5);
	const m2 = digit(text, 6);
	const d1 = digit(text, 8);
	const d2 = digit(text, 9);
	if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return null;
	const month = m1 * 10 + m2;
	const day = d1 * 10 + d2;
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	return dayNumberFromParts(year, month, day);
}

export function isIsoDate(value: unknown): value is string {
	return typeof value === 'string' && parseIsoDate(value) !== null;
}

/**
 * Day number of an ISO date the caller has already validated (the schema did). Throws on
 * a malformed date so that a caller skipping validation fails loudly, not silently.
 */
export function dayNumber(text: string): number {
	const value = parseIsoDate(text);
	if (value === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${text}`);
	return value;
}

/** Day number of an optional date; absent means "no such date" (contract §2). */
export function optionalDayNumber(text: string | null | undefined): number | null {
	return text === null || text === undefined ? null : dayNumber(text);
}

export function isoFromDayNumber(value: number): string {
	const { year, month, day } = partsFromDayNumber(value);
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Last day of "N years from date D": through the day before the same date N years later.
 * From 29 February the "same date" in a common year is 1 March, so the window runs
 * through 28 February (contract §3, end).
 */
export function lastDayOfYearsFrom(start: number, years: number): number {
	const { year, month, day } = partsFromDayNumber(start);
	const targetYear = year + years;
	const sameDate =
		month === 2 && day === 29 && !isLeapYear(targetYear)
			? dayNumberFromParts(targetYear, 3, 1)
			: dayNumberFromParts(targetYear, month, day);
	return sameDate - 1;
}

/** Number of days in the inclusive range [from, to]; 0 when empty. */
export function inclusiveDays(from: number, to: number): number {
	return to < from ? 0 : to - from + 1;
}

/**
 * The same day `months` later (or earlier); a day the target month lacks becomes its last day,
 * so 29 February + 12 months is 28 February and 31 August − 6 months is 28/29 February.
 */
export function addMonths(isoDate: string, months: number): string {
	const { year, month, day } = partsFromDayNumber(dayNumber(isoDate));
	const index = year * 12 + (month - 1) + months;
	const targetYear = Math.floor(index / 12);
	const targetMonth = index - targetYear * 12 + 1;
	const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
	return isoFromDayNumber(dayNumberFromParts(targetYear, targetMonth, targetDay));
}

/** Whole days from `today` to `date`: 0 on the day itself, negative once it has passed. */
export function daysUntil(today: string, date: string): number {
	return dayNumber(date) - dayNumber(today);
}

/** The later of two ISO dates (`YYYY-MM-DD` sorts as text). */
export function laterIsoDate(a: string, b: string): string {
	return a > b ? a : b;
}
