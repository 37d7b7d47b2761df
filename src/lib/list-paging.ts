// Page links of a long list: the first and last page, and two either side of the current one,
// with gaps between (1 … 4 5 6 7 8 … 40), so 1,000 pages give a dozen links, not 1,000.

export type PageLink = { page: number } | { gap: true };

export function pageLinks(page: number, pages: number, around = 2): PageLink[] {
	const shown = new Set([1, pages]);
	for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pages) shown.add(p);
	const sorted = [...shown].sort((a, b) => a - b);
	const links: PageLink[] = [];
	sorted.forEach((p, i) => {
		if (i > 0 && p - sorted[i - 1]! > 1) links.push({ gap: true });
		links.push({ page: p });
	});
	return links;
}

/** The first and last position shown on a page (1-based), or zeros for an empty list. */
export function pageRange(page: number, pageSize: number, count: number) {
	if (count === 0) return { from: 0, to: 0 };
	const from = (page - 1) * pageSize + 1;
	return { from, to: Math.min(count, page * pageSize) };
}
