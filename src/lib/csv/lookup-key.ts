/**
 * Reduces a header or a cell value to the form used to look it up in an alias table:
 * lower case, accents removed, everything but letters and digits dropped. So "Uren per
 * week", "uren_per_week" and "urenPerWeek" match, and so do "Oekraïne" and "oekraine".
 */
export function toLookupKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/** The words of a header, normalised like `toLookupKey`: "E-mail adres" → ["e", "mail", "adres"]. */
export function toLookupWords(text: string): string[] {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((word) => word !== '');
}

/**
 * A map from lookup key to value, for values that each have several spellings. A
 * spelling shared by two values would make imports guess, so that throws.
 */
export function buildLookup<T extends string>(
	spellings: Iterable<readonly [T, readonly string[]]>
): Map<string, T> {
	const lookup = new Map<string, T>();
	for (const [value, texts] of spellings) {
		for (const text of texts) {
			const key = toLookupKey(text);
			const existing = lookup.get(key);
			if (existing !== undefined && existing !== value) {
				throw new Error(`"${text}" is a spelling of both ${existing} and ${value}`);
			}
			lookup.set(key, value);
		}
	}
	return lookup;
}
