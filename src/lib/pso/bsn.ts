/**
 * Detection of Dutch citizen service numbers (BSN). A BSN has 9 digits (a leading zero
 * is allowed) and passes the "elfproef": 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11),
 * and is not all zeros.
 */
export function passesElevenTest(digits: string): boolean {
	if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
	let sum = 0;
	for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
	sum -= Number(digits[8]);
	return sum % 11 === 0;
}

// Nine digits as written by people and by Excel: plain, 123.456.782 / 123 456 782, and
// the official 1234.56.782 grouping; bounded by non-digits so it is also found inside
// text such as "mw-123456782".
const NINE_DIGITS = /(?<!\d)(?:\d{9}|\d{3}([. ])\d{3}\1\d{3}|\d{4}([. ])\d{2}\2\d{3})(?!\d)/g;

// A whole cell of eight digits: a BSN with a leading zero that Excel dropped when it took
// the cell for a number (12345672, 12.345.672, or 234.56.782 from 0234.56.782).
const EIGHT_DIGITS_CELL = /^(?:\d{8}|\d{2}([. ])\d{3}\1\d{3}|\d{3}([. ])\d{2}\2\d{3})$/;

// yyyymmdd dates are eight digits too; refusing one of those as a BSN would only confuse.
const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** Whether the cell holds a number that could be a BSN. */
export function containsPossibleBsn(cell: string): boolean {
	const text = cell.trim();
	if (text.length < 8) return false;
	for (const match of text.matchAll(NINE_DIGITS)) {
		if (passesElevenTest(match[0].replace(/\D/g, ''))) return true;
	}
	if (EIGHT_DIGITS_CELL.test(text)) {
		const digits = text.replace(/\D/g, '');
		return !COMPACT_DATE.test(digits) && passesElevenTest(`0${digits}`);
	}
	return false;
}
