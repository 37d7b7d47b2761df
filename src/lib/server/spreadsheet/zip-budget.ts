import { inflateRawSync } from 'node:zlib';

/**
 * A zip bomb check before a workbook is unpacked for real. exceljs (through JSZip) inflates
 * every entry of the archive into memory and has no bound on it, so each entry is inflated
 * here first with a hard output limit: the sizes an archive declares can lie, the inflated
 * bytes cannot. An archive past the budget stops the moment the budget runs out, so a
 * 20 MB upload that would unpack to gigabytes costs milliseconds, not memory.
 *
 * Entries are found the way JSZip finds them (end-of-central-directory record, central
 * directory, each local header), so what is measured here is what exceljs would unpack.
 */

export interface ZipBudget {
	/** Sum of the unpacked sizes of all entries. */
	readonly maxUncompressedBytes: number;
	/** An .xlsx has a dozen entries; thousands are a denial of service, not a workbook. */
	readonly maxEntries: number;
}

export type ZipBudgetResult =
	{ readonly ok: true } | { readonly ok: false; readonly reason: 'not-a-zip' | 'too-large' };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
/** The EOCD record sits at most a maximal comment (65,535 bytes) before the end. */
const EOCD_SEARCH = EOCD_SIZE + 0xffff;
const STORED = 0;
const DEFLATE = 8;
/** ZIP64 marks its fields with all ones; an .xlsx a person uploads never needs it. */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;

class NotAZip extends Error {}

function view(bytes: Uint8Array): DataView {
	return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(data: DataView): number {
	const lowest = Math.max(0, data.byteLength - EOCD_SEARCH);
	for (let at = data.byteLength - EOCD_SIZE; at >= lowest; at--) {
		if (data.getUint32(at, true) === EOCD_SIGNATURE) return at;
	}
	throw new NotAZip();
}

function need(data: DataView, at: number, length: number): void {
	if (at < 0 || at + length > data.byteLength) throw new NotAZip();
}

interface Entry {
	readonly method: number;
	readonly compressedSize: number;
	readonly localHeader: number;
}

function readCentralDirectory(data: DataView, maxEntries: number): Entry[] | 'too-many' {
	const eocd = findEndOfCentralDirectory(data);
	const count = data.getUint16(eocd + 10, true);
	const size = data.getUint32(eocd + 12, true);
	const offset = data.getUint32(eocd + 16, true);
	if (count === ZIP64_16 || offset === ZIP64_32) throw new NotAZip();
	if (count > maxEntries) return 'too-many';
	// Bytes before the archive (a self-extractor's stub) shift every offset; JSZip then counts
	// from where the archive starts, and so does this.
	const zero = eocd - (offset + size);
	if (zero < 0) throw new NotAZip();
	const entries: Entry[] = [];
	let at = zero + offset;
	for (let i = 0; i < count; i++) {
		need(data, at, 46);
		if (data.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new NotAZip();
		const compressedSize = data.getUint32(at + 20, true);
		const localHeader = zero + data.getUint32(at + 42, true);
		if (compressedSize === ZIP64_32 || localHeader - zero === ZIP64_32) throw new NotAZip();
		entries.push({ method: data.getUint16(at + 10, true), compressedSize, localHeader });
		// The fixed part, then the name, the extra field and the comment.
		const variable =
			data.getUint16(at + 28, true) + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
		at += 46 + variable;
	}
	return entries;
}

/** The entry's compressed bytes, located through its local header as JSZip does. */
function entryData(bytes: Uint8Array, data: DataView, entry: Entry): Uint8Array {
	const at = entry.localHeader;
	need(data, at, 30);
	if (data.getUint32(at, true) !== LOCAL_SIGNATURE) throw new NotAZip();
	const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
	need(data, start, entry.compressedSize);
	return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates every entry within the budget; `too-large` as soon as it would be passed.
 * `inspect` sees each entry's unpacked bytes (within the budget) before they are let go.
 */
export function checkZipBudget(
	bytes: Uint8Array,
	budget: ZipBudget,
	inspect?: (unpacked: Uint8Array) => void
): ZipBudgetResult {
	const data = view(bytes);
	try {
		const entries = readCentralDirectory(data, budget.maxEntries);
		if (entries === 'too-many') return { ok: false, reason: 'too-large' };
		let left = budget.maxUncompressedBytes;
		for (const entry of entries) {
			const compressed = entryData(bytes, data, entry);
			let unpacked: Uint8Array;
			if (entry.method === STORED) {
				unpacked = compressed;
			} else if (entry.method === DEFLATE) {
				try {
					// One byte over what is left proves the budget is passed, without going further.
					unpacked = inflateRawSync(compressed, { maxOutputLength: left + 1 });
				} catch (error) {
					if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
						return { ok: false, reason: 'too-large' };
					}
					throw new NotAZip();
				}
			} else {
				throw new NotAZip();
			}
			left -= unpacked.byteLength;
			if (left < 0) return { ok: false, reason: 'too-large' };
			inspect?.(unpacked);
		}
		return { ok: true };
	} catch (error) {
		if (error instanceof NotAZip) return { ok: false, reason: 'not-a-zip' };
		throw error;
	}
}
