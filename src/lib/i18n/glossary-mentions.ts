import type { Lang } from '$lib/pso/lang';

// The words by which the forms' help texts refer to a glossary term, per language, so the
// first use of each term in a help text can link to its entry (/glossary#<id>). Kept apart
// from the catalogue: the help texts stay plain sentences that read well anywhere, and this
// list decides where a link goes. Every id must be an entry of glossary.ts (tested).
// A word matches whole (not inside a longer word; a hyphenated compound such as
// "Wajong-uitkering" does match) and as written, or with its first letter capitalised.
export const glossaryMentions: Readonly<Record<string, Readonly<Record<Lang, readonly string[]>>>> =
	{
		'bbl-bol': { nl: ['BBL', 'BOL', 'mbo'], en: ['BBL', 'BOL', 'MBO'] },
		doelgroepregister: { nl: ['doelgroepregister'], en: ['target-group register'] },
		doelgroep: { nl: ['PSO-doelgroep'], en: ['PSO target group'] },
		'duurzaam-contract': { nl: ['duurzaam contract'], en: ['durable contract'] },
		fte: { nl: ['fte'], en: ['FTE', 'fte'] },
		handleiding: { nl: ['handleiding', 'PSO-handleiding'], en: ['handbook'] },
		instroomdatum: { nl: ['instroomdatum'], en: ['inflow date'] },
		loonkostensubsidie: {
			nl: ['loonkostensubsidie', 'LKS'],
			en: ['wage-cost subsidy', 'wage subsidy', 'LKS']
		},
		'nadere-indicatie': { nl: ['nadere indicatie'], en: ['further indication'] },
		participatiewet: { nl: ['Participatiewet'], en: ['Participatiewet'] },
		peiljaar: { nl: ['peiljaar'], en: ['peiljaar', 'reference year'] },
		'pso-30-plus': { nl: ['PSO 30+'], en: ['PSO 30+'] },
		statushouder: {
			nl: ['statushouder', 'statushouders', 'vluchteling'],
			en: ['refugee status holder', 'refugee']
		},
		'sw-beschut-werk': { nl: ['Wsw', 'SW'], en: ['Wsw', 'SW'] },
		telperiode: { nl: ['telperiode'], en: ['counting window'] },
		'vso-pro': { nl: ['VSO', 'PrO'], en: ['VSO', 'PrO'] },
		wajong: { nl: ['Wajong'], en: ['Wajong'] },
		'wia-wao': { nl: ['arbeidsongeschikt', 'WIA', 'WAO'], en: ['unfit for work', 'WIA', 'WAO'] },
		ww: { nl: ['WW'], en: ['WW'] }
	};

export type GlossarySegment = { text: string; href?: undefined } | { text: string; href: string };

export function glossaryHref(id: string): string {
	return `/glossary#${id}`;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

interface Mention {
	id: string;
	start: number;
	end: number;
}

function mentionsIn(text: string, lang: Lang): Mention[] {
	const found: Mention[] = [];
	for (const [id, words] of Object.entries(glossaryMentions)) {
		for (const word of words[lang]) {
			const variants = [...new Set([word, capitalised(word)])].map(escape).join('|');
			const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${variants})(?![\\p{L}\\p{N}])`, 'gu');
			for (const match of text.matchAll(pattern)) {
				found.push({ id, start: match.index, end: match.index + match[0].length });
			}
		}
	}
	// Earliest first; of two at one place, the longer ("PSO-handleiding" before "handleiding").
	return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A help text cut into plain text and links: the first use of each glossary term links to its
 * entry, later uses and overlapping words stay text. Joined, the segments are the text.
 */
export function glossarySegments(text: string, lang: Lang): GlossarySegment[] {
	const segments: GlossarySegment[] = [];
	const linked = new Set<string>();
	let at = 0;
	for (const mention of mentionsIn(text, lang)) {
		if (linked.has(mention.id) || mention.start < at) continue;
		linked.add(mention.id);
		if (mention.start > at) segments.push({ text: text.slice(at, mention.start) });
		segments.push({ text: text.slice(mention.start, mention.end), href: glossaryHref(mention.id) });
		at = mention.end;
	}
	if (at < text.length) segments.push({ text: text.slice(at) });
	return segments;
}
