export type CsvSeparator = ';' | ',' | '\t';
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** One non-empty record; `row` is the row number the user sees in Excel (header = 1). */
export interface CsvRecord {
	readonly row: number;
	readonly cells: readonly string[];
}

export interface ParsedCsv {
	readonly encoding: CsvEncoding;
	readonly separator: CsvSeparator;
	/** Non-empty records in file order; the first is the header. */
	readonly records: readonly CsvRecord[];
	/** Row where a quoted field starts that is never closed (it then runs to the end). */
	readonly unterminatedQuoteRow: number | null;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Bytes to text. UTF-8 (with or without BOM) first; Excel's "Unicode text" export is
 * UTF-16 with a BOM; anything that is not valid UTF-8 is taken to be Windows-1252, the
 * encoding of a plain "CSV (puntkomma-gescheiden)" save from Dutch Excel.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
	}
	try {
		// TextDecoder drops a leading UTF-8 BOM by default.
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
	}
}

// 0x80–0x9F of Windows-1252; the rest of the code page equals Latin-1. Node 20's
// TextDecoder('windows-1252') silently decodes Latin-1 instead (no € sign), so those 32
// characters are put right afterwards; where the decoder is correct this changes nothing.
const WINDOWS_1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
	return new TextDecoder('windows-1252')
		.decode(bytes)
		.replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_HIGH.charAt(ch.charCodeAt(0) - 0x80));
}

const SEPARATOR_PREFERENCE: readonly CsvSeparator[] = [';', '\t', ','];

/**
 * The separator that occurs most often, outside quotes, on the first non-blank line.
 * Ties go to `;` then tab then `,`: a Dutch header may well contain a comma in its text
 * ("uren per week (bijv. 32,5)"), rarely a semicolon. No separator at all (a one-column
 * file) gives `;`, so decimal commas in the data are not split.
 */
export function detectSeparator(text: string): CsvSeparator {
	const counts = new Map<CsvSeparator, number>(SEPARATOR_PREFERENCE.map((s) => [s, 0]));
	let inQuotes = false;
	let seenContent = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') {
			inQuotes = !inQuotes;
			seenContent = true;
		} else if (inQuotes) {
			continue;
		} else if (ch === '\n' || ch === '\r') {
			if (seenContent) break;
		} else if (ch === ';' || ch === ',' || ch === '\t') {
			counts.set(ch, (counts.get(ch) ?? 0) + 1);
			seenContent = true;
		} else if (ch !== ' ') {
			seenContent = true;
		}
	}
	let best: CsvSeparator = ';';
	let bestCount = 0;
	for (const separator of SEPARATOR_PREFERENCE) {
		const count = counts.get(separator) ?? 0;
		if (count > bestCount) {
			best = separator;
			bestCount = count;
		}
	}
	return best;
}

/**
 * RFC 4180 with Excel's leniency: a quote inside an unquoted field is kept as text, and
 * text after a closing quote is appended to the field. A record spanning several lines
 * (newline inside quotes) is one Excel row, so it advances the row number by one.
 * Blank records (no cell with anything but whitespace) are skipped, row numbers kept.
 */
export function parseCsvText(
	text: string,
	separator: CsvSeparator
): { records: CsvRecord[]; unterminatedQuoteRow: number | null } {
	const sep = separator.charCodeAt(0);
	const n = text.length;
	const records: CsvRecord[] = [];
	let unterminatedQuoteRow: number | null = null;
	if (n === 0) return { records, unterminatedQuoteRow };

	const fieldEnd = (from: number): number => {
		let j = from;
		while (j < n) {
			const c = text.charCodeAt(j);
			if (c === sep || c === LF || c === CR) break;
			j++;
		}
		return j;
	};

	let row = 1;
	let cells: string[] = [];
	let i = 0;
	for (;;) {
		let value: string;
		if (i < n && text.charCodeAt(i) === QUOTE) {
			let start = i + 1;
			value = '';
			for (;;) {
				const q = text.indexOf('"', start);
				if (q === -1) {
					unterminatedQuoteRow ??= row;
					value += text.slice(start);
					i = n;
					break;
				}
				if (text.charCodeAt(q + 1) === QUOTE) {
					value += text.slice(start, q + 1);
					start = q + 2;
					continue;
				}
				value += text.slice(start, q);
				i = q + 1;
				break;
			}
			const end = fieldEnd(i);
			if (end > i) value += text.slice(i, end);
			i = end;
		} else {
			const end = fieldEnd(i);
			value = text.slice(i, end);
			i = end;
		}
		cells.push(value);

		if (i < n && text.charCodeAt(i) === sep) {
			i++;
			continue;
		}
		if (cells.some((cell) => cell.trim() !== '')) records.push({ row, cells });
		if (i >= n) break;
		i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
		if (i >= n) break;
		row++;
		cells = [];
	}
	return { records, unterminatedQuoteRow };
}

/** Decodes, detects the separator and splits the file into records. */
export function parseCsv(bytes: Uint8Array): ParsedCsv {
	const { text, encoding } = decodeCsvBytes(bytes);
	const separator = detectSeparator(text);
	return { encoding, separator, ...parseCsvText(text, separator) };
}
