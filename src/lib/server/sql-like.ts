/**
 * A LIKE pattern matching text that contains `search`, with `%`, `_` and `\` taken literally;
 * use it with `LIKE $pattern ESCAPE '\'`. SQLite's LIKE ignores case for ASCII letters.
 */
export function containsPattern(search: string): string {
	return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
