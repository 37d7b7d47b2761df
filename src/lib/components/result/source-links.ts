// Explanation texts cite sources in words ("… (rekenregels 2.1, bron S17, S18)", "source S16");
// the page turns each cited id into a link to its entry on the sources page.
import { sourceEntry } from '$lib/pso/source-catalogue';

export type CitationPart = { text: string } | { sourceId: string; href: string };

const citationPattern = /\b(?:bron|bronnen|source|sources)\s+(S\d+(?:\s*,\s*S\d+)*)/g;

/** Where a source's entry is: an anchor per id, so it works without JavaScript. */
export function sourceHref(id: string): string {
	return `/sources#${id}`;
}

/**
 * The text in parts: plain text, and each source id that follows "bron"/"source" and is in
 * the catalogue. An unknown id stays plain text rather than linking to nothing.
 */
export function citationParts(text: string): CitationPart[] {
	const parts: CitationPart[] = [];
	let plain = '';
	let from = 0;
	for (const match of text.matchAll(citationPattern)) {
		const ids = match[1]!;
		const idsStart = match.index + match[0].length - ids.length;
		plain += text.slice(from, idsStart);
		for (const piece of ids.split(/(S\d+)/)) {
			if (/^S\d+$/.test(piece) && sourceEntry(piece)) {
				if (plain) parts.push({ text: plain });
				plain = '';
				parts.push({ sourceId: piece, href: sourceHref(piece) });
			} else plain += piece;
		}
		from = idsStart + ids.length;
	}
	plain += text.slice(from);
	if (plain) parts.push({ text: plain });
	return parts;
}
