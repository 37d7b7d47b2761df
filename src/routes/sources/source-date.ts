// The date of a source as its recorded title gives it: sources.json keeps author, title and
// "date or period where known" in one string (docs/method.md "Sources"), the date in
// parentheses, e.g. "(1 Apr 2014)", "(March 2019)", "(three crawled versions, c. 2017–2024)".
// The page shows it in a column of its own, in the reader's language.
import type { Lang } from '$lib/pso/lang';

// The same regional forms as src/lib/pso/format-number.ts: "1 april 2014", "1 April 2014".
const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export interface SourceDate {
	year: number;
	/** 1–12 when the month is known. */
	month: number | null;
	day: number | null;
	/** The last year of a period ("2017–2024"). */
	untilYear: number | null;
	/** "c. 2017": the recorded date is approximate. */
	approximate: boolean;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const datePattern =
	/(c\.\s*)?(?:(\d{1,2})\s+)?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d{2})(?:\s*[–-]\s*((?:19|20)\d{2}))?/i;

/** The first date inside parentheses in a recorded title; null when the title has none. */
export function sourceDate(title: string): SourceDate | null {
	for (const [, inside] of title.matchAll(/\(([^()]*)\)/g)) {
		const found = datePattern.exec(inside ?? '');
		if (!found) continue;
		const [, circa, day, month, year, until] = found;
		const monthIndex = month ? months.indexOf(month.slice(0, 3).toLowerCase()) + 1 : 0;
		return {
			year: Number(year),
			month: monthIndex > 0 ? monthIndex : null,
			day: monthIndex > 0 && day ? Number(day) : null,
			untilYear: until ? Number(until) : null,
			approximate: circa !== undefined
		};
	}
	return null;
}

/** "1 april 2014", "maart 2019", "2017–2024" (without the "c.", which the page words). */
export function formatSourceDate(date: SourceDate, lang: Lang): string {
	if (date.untilYear !== null) return `${date.year}–${date.untilYear}`;
	if (date.month === null) return String(date.year);
	const when = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
	return new Intl.DateTimeFormat(locales[lang], {
		timeZone: 'UTC',
		year: 'numeric',
		month: 'long',
		...(date.day === null ? {} : { day: 'numeric' })
	}).format(when);
}
