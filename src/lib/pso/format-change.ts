// Changes on screen: signed numbers in the reader's language ("+1,25", "−0,40", "0,00"),
// for percentage points and FTE differences. Text only; the numbers are never rounded
// here beyond what is shown.
import type { Lang } from './lang';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

/** A signed number with exactly `decimals` decimals; zero without a sign. */
export function formatSigned(value: number, lang: Lang, decimals = 2): string {
	const key = `${lang}:${decimals}`;
	let format = formats.get(key);
	if (format === undefined) {
		format = new Intl.NumberFormat(locales[lang], {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals,
			signDisplay: 'exceptZero'
		});
		formats.set(key, format);
	}
	return format.format(value);
}

/** A number with exactly `decimals` decimals, e.g. a total that sits beside signed parts. */
export function formatFixed(value: number, lang: Lang, decimals = 2): string {
	return new Intl.NumberFormat(locales[lang], {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	}).format(value);
}
