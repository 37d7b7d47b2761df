/**
 * Spreadsheet formula injection (OWASP "CSV injection"): Excel and LibreOffice run a
 * cell that starts with one of these as a formula. Exported text cells get a leading
 * apostrophe, which both show as text; importing strips it again so a round trip is exact.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function escapeFormula(text: string): string {
	return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/** Undoes `escapeFormula`; an apostrophe before anything else is the user's own. */
export function unescapeFormula(text: string): string {
	return text.charAt(0) === "'" && FORMULA_TRIGGERS.has(text.charAt(1)) ? text.slice(1) : text;
}
