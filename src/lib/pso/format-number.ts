// Numbers, money and dates in the reader's language via Intl (conventions: "4,0 %",
// "31-12-2025" in Dutch). Text only: the engine never rounds (contract §3.10).
import { partsFromDayNumber, dayNumber } from './iso-date';
import type { Lang } from './lang';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const NBSP = '\u00a0';
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, minDigits: number, maxDigits: number): Intl.NumberFormat {
	const key = `${lang}:${minDigits}:${maxDigits}`;
	let format = formatters.get(key);
	if (format === undefined) {
		format = new Intl.NumberFormat(locales[lang], {
			minimumFractionDigits: minDigits,
			maximumFractionDigits: maxDigits
		});
		formatters.set(key, format);
	}
	return format;
}

export function formatNumber(value: number, lang: Lang, minDigits = 0, maxDigits = 2): string {
	return numberFormat(lang, minDigits, maxDigits).format(value);
}

/** "4,6 %" / "4.6 %". */
export function formatPct(value: number, lang: Lang): string {
	return `${formatNumber(value, lang, 1, 2)}${NBSP}%`;
}

/**
 * `value` as a percentage that never reads the same as `other` when the two differ
 * (contract §6.4): 5.6999 beside a 5.7 norm prints "5,6999 %", not "5,7 %".
 */
export function formatPctApart(value: number, other: number, lang: Lang): string {
	const otherText = formatPct(other, lang);
	for (let digits = 2; digits <= 12; digits++) {
		const text = `${formatNumber(value, lang, 1, digits)}${NBSP}%`;
		if (value === other || text !== otherText) return text;
	}
	return `${formatNumber(value, lang, 1, 15)}${NBSP}%`;
}

/** Given percentages such as a 30 % minimum: "30 %", "12,5 %". */
export function formatShare(value: number, lang: Lang): string {
	return `${formatNumber(value, lang, 0, 2)}${NBSP}%`;
}

/** FTE amounts: "2,0", "1,19". */
export function formatFte(value: number, lang: Lang): string {
	return formatNumber(value, lang, 1, 2);
}

/** Weights: "1", "0,75". */
export function formatWeight(value: number, lang: Lang): string {
	return formatNumber(value, lang, 0, 2);
}

const euroFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** Whole euros: "€ 190.055" / "€190,055". */
export function formatEuro(value: number, lang: Lang): string {
	const format = (euroFormats[lang] ??= new Intl.NumberFormat(locales[lang], {
		style: 'currency',
		currency: 'EUR',
		maximumFractionDigits: 0
	}));
	return format.format(value);
}

const dateFormats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/** "31-12-2025" / "31/12/2025" from a YYYY-MM-DD string. */
export function formatDate(isoDate: string, lang: Lang): string {
	const format = (dateFormats[lang] ??= new Intl.DateTimeFormat(locales[lang], {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		timeZone: 'UTC'
	}));
	const { year, month, day } = partsFromDayNumber(dayNumber(isoDate));
	return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** "a, b en c" / "a, b and c". */
export function formatList(items: readonly string[], lang: Lang): string {
	return new Intl.ListFormat(locales[lang], { style: 'long', type: 'conjunction' }).format(items);
}
