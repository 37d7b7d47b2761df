// The text of each page of a PDF that Chromium prints (page.pdf()), without a PDF library:
// enough to check what a reader sees on paper (page numbers, a CONCEPT mark). Chromium's PDFs
// (Skia) draw text with Type0 fonts whose glyph codes map to Unicode through a ToUnicode CMap,
// in Flate-compressed content streams; that is all this reads.
import { inflateSync } from 'node:zlib';

interface PdfObject {
	dict: string;
	stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
	const text = pdf.toString('latin1');
	const objects = new Map<number, PdfObject>();
	const header = /(\d+) 0 obj\s*/g;
	let match: RegExpExecArray | null;
	while ((match = header.exec(text))) {
		const start = match.index + match[0].length;
		const end = text.indexOf('endobj', start);
		if (end < 0) break;
		const body = text.slice(start, end);
		const streamAt = body.indexOf('stream');
		let stream: Buffer | null = null;
		let dict = body;
		if (streamAt >= 0) {
			dict = body.slice(0, streamAt);
			const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? -1);
			let dataStart = start + streamAt + 'stream'.length;
			if (text[dataStart] === '\r') dataStart++;
			if (text[dataStart] === '\n') dataStart++;
			const raw = pdf.subarray(dataStart, dataStart + length);
			stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
		}
		objects.set(Number(match[1]), { dict, stream });
		header.lastIndex = end;
	}
	return objects;
}

/** A ToUnicode CMap's code → text, from its bfchar and bfrange sections. */
function readCMap(cmap: string): Map<number, string> {
	const map = new Map<number, string>();
	const unicode = (hex: string) =>
		String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
	for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const [, code, to] of (section[1] ?? '').matchAll(
			/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g
		)) {
			map.set(parseInt(code!, 16), unicode(to!));
		}
	}
	for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
		for (const [, from = '', to = '', first = ''] of (section[1] ?? '').matchAll(
			/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g
		)) {
			const base = parseInt(first, 16);
			for (let code = parseInt(from, 16); code <= parseInt(to, 16); code++) {
				map.set(code, String.fromCharCode(base + code - parseInt(from, 16)));
			}
		}
	}
	return map;
}

const refs = (s: string) => [...s.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** The text of every page, in page order; lines end where the baseline changes. */
export function pdfPageTexts(pdf: Buffer): string[] {
	const objects = readObjects(pdf);
	const fonts = new Map<string, Map<number, string>>();
	for (const { dict } of objects.values()) {
		for (const [, entries = ''] of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
			for (const [, name = '', id] of entries.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
				const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(id))?.dict ?? '');
				const cmap = toUnicode && objects.get(Number(toUnicode[1]))?.stream;
				if (cmap) fonts.set(name, readCMap(cmap.toString('latin1')));
			}
		}
	}
	const catalogue = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict));
	const kids = /\/Kids\s*\[([^\]]*)\]/.exec(catalogue?.dict ?? '')?.[1] ?? '';
	return refs(kids).map((pageId) => {
		const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(objects.get(pageId)?.dict ?? '');
		const streams = refs(contents?.[1] ?? '').map(
			(id) => objects.get(id)?.stream ?? Buffer.alloc(0)
		);
		return contentText(Buffer.concat(streams).toString('latin1'), fonts);
	});
}

/**
 * Glyph runs in drawing order; a new line where the baseline of upright text changes. Text
 * drawn in a rotated coordinate system (a watermark) stays on one line, so it reads as a word.
 */
function contentText(content: string, fonts: Map<string, Map<number, string>>): string {
	let font = new Map<number, string>();
	let out = '';
	let lastY: string | null = null;
	let rotated = false;
	const saved: boolean[] = [];
	const num = '([-\\d.]+)\\s+';
	const token = new RegExp(
		`/(\\S+)\\s+[\\d.]+\\s+Tf|${num.repeat(6)}(Tm|cm)|<([0-9A-Fa-f]*)>|(?<![\\w/])([qQ])(?!\\w)`,
		'g'
	);
	for (const m of content.matchAll(token)) {
		if (m[1] !== undefined) font = fonts.get(m[1]) ?? new Map();
		else if (m[8] === 'cm') rotated ||= Number(m[3]) !== 0 || Number(m[4]) !== 0;
		else if (m[8] === 'Tm' && !rotated) {
			if (lastY !== null && m[7] !== lastY) out += '\n';
			lastY = m[7] ?? null;
		} else if (m[9] !== undefined) {
			for (const code of m[9].match(/.{4}/g) ?? []) out += font.get(parseInt(code, 16)) ?? '';
		} else if (m[10] === 'q') saved.push(rotated);
		else if (m[10] === 'Q') rotated = saved.pop() ?? false;
	}
	return out;
}
