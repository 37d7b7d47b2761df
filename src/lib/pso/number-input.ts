// Numbers as people type them (issue 8): one reader for every amount and decimal in the
// forms and in CSV import. Pure, so the CSV code (no Kit, no paraglide) and the forms share it.
//
// The rules, per convention:
// - `nl`: comma = decimal mark, point = thousands separator: 48500, 48.500, 48.500,00, 0,8.
// - `en`: point = decimal mark, comma = thousands separator: 48500, 48,500, 48,500.00, 0.8.
// - Thousands groups are exactly three digits after a first group of 1–3 digits that does
//   not start with 0 ("1.234.567", not "1.23.456" or "0.800"). A space (also the no-break
//   spaces `Intl` writes) may separate groups as well: "48 500".
// - A leading `€` (or trailing), a trailing `%`, and a sign (+, -, −) are allowed.
// - A value that is malformed in the chosen convention but valid in the other one (Dutch
//   `1.5`, `48.50`, `0.8`; English `12,5`) is refused as ambiguous, never rescaled.
// - `either` (a tab-separated CSV, where nothing says which): a value read the same way, or
//   readable in only one convention, is accepted; two different readings ("1.000") are
//   ambiguous.
// - Exponents, `Infinity`, `NaN` and text are refused; more than 20 integer digits is
//   `too-large`, so the result is always a finite number.

export type NumberConvention = 'nl' | 'en';
export type NumberRefusal = 'invalid-number' | 'ambiguous-number' | 'too-large';
export type NumberRead =
	| { readonly ok: true; readonly value: number }
	| { readonly ok: false; readonly reason: NumberRefusal };

const MARKS = {
	nl: { decimal: ',', group: '.' },
	en: { decimal: '.', group: ',' }
} as const satisfies Record<NumberConvention, { decimal: string; group: string }>;

/** More integer digits than this cannot be a real amount (limits are at 1e9). */
const MAX_INTEGER_DIGITS = 20;
/** Longer input is not a number anyone typed; refusing it early bounds the work. */
const MAX_INPUT_LENGTH = 100;

const SPACES = /[\s\u00a0\u202f]+/g;
const DIGITS = /^\d+$/;
const FIRST_GROUP = /^[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;

/** The number's text without sign, currency, percent sign and outer spaces; null if odd. */
function unwrap(text: string): { negative: boolean; body: string } | null {
	let t = text.trim();
	let negative = false;
	let signSeen = false;
	let currencySeen = false;
	// A sign and a € may come in either order: "-€ 5", "€ -5".
	for (let i = 0; i < 2; i++) {
		if (!signSeen && /^[-+\u2212]/.test(t)) {
			negative = t[0] !== '+';
			signSeen = true;
			t = t.slice(1).trimStart();
		}
		if (!currencySeen && t.startsWith('€')) {
			currencySeen = true;
			t = t.slice(1).trimStart();
		}
	}
	if (t.endsWith('%')) t = t.slice(0, -1).trimEnd();
	else if (!currencySeen && t.endsWith('€')) t = t.slice(0, -1).trimEnd();
	return t === '' ? null : { negative, body: t };
}

/** The digits before and after the decimal mark, or null when not written this way. */
function split(
	body: string,
	convention: NumberConvention
): { whole: string; fraction: string } | null {
	const { decimal, group } = MARKS[convention];
	// Spaces between digits are thousands separators too.
	const text = /\d[\s\u00a0\u202f]\d/.test(body) ? body.replace(SPACES, group) : body;
	if (/[\s\u00a0\u202f]/.test(text)) return null;
	const parts = text.split(decimal);
	if (parts.length > 2) return null;
	const [whole = '', fraction = ''] = parts;
	if (parts.length === 2 && !DIGITS.test(fraction)) return null;
	if (whole === '') return parts.length === 2 ? { whole: '0', fraction } : null;
	if (DIGITS.test(whole)) return { whole, fraction };
	const groups = whole.split(group);
	const [first = '', ...rest] = groups;
	if (rest.length === 0 || !FIRST_GROUP.test(first) || !rest.every((g) => GROUP.test(g))) {
		return null;
	}
	return { whole: groups.join(''), fraction };
}

function readAs(text: string, convention: NumberConvention): NumberRead | null {
	const unwrapped = unwrap(text);
	if (unwrapped === null) return null;
	const parts = split(unwrapped.body, convention);
	if (parts === null) return null;
	const whole = parts.whole.replace(/^0+(?=\d)/, '');
	if (whole.length > MAX_INTEGER_DIGITS) return { ok: false, reason: 'too-large' };
	const magnitude = Number(parts.fraction === '' ? whole : `${whole}.${parts.fraction}`);
	if (!Number.isFinite(magnitude)) return { ok: false, reason: 'invalid-number' };
	// No -0: it would print as "-0" and compare oddly.
	return { ok: true, value: unwrapped.negative && magnitude !== 0 ? -magnitude : magnitude };
}

/** Reads a number as typed in `convention`; see the rules at the top of this file. */
export function parseNumberInput(
	text: string,
	convention: NumberConvention | 'either'
): NumberRead {
	if (text.length > MAX_INPUT_LENGTH) {
		return { ok: false, reason: /^[\d\s.,]+$/.test(text) ? 'too-large' : 'invalid-number' };
	}
	if (convention === 'either') {
		const nl = readAs(text, 'nl');
		const en = readAs(text, 'en');
		if (nl === null && en === null) return { ok: false, reason: 'invalid-number' };
		if (nl === null || en === null) return (nl ?? en)!;
		if (nl.ok && en.ok && nl.value !== en.value) return { ok: false, reason: 'ambiguous-number' };
		return nl;
	}
	const read = readAs(text, convention);
	if (read !== null) return read;
	const other = readAs(text, convention === 'nl' ? 'en' : 'nl');
	return { ok: false, reason: other?.ok === true ? 'ambiguous-number' : 'invalid-number' };
}

/**
 * A stored number as a form shows it again, so that it reads back to the same value:
 * `37,5` in Dutch, `37.5` in English, no thousands separators (always unambiguous).
 */
export function formatNumberInput(
	value: number | null | undefined,
	convention: NumberConvention
): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '';
	const text = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
	return convention === 'nl' ? text.replace('.', ',') : text;
}
