// Workbooks and archives for the spreadsheet tests, built in memory with exceljs itself and
// with a minimal zip writer for the hostile ones. Test support only.
import ExcelJS from 'exceljs';
import { crc32, deflateRawSync, constants } from 'node:zlib';

export type Row = ExcelJS.CellValue[] | null;

/** A workbook whose first sheet has these rows (null = leave the row empty). */
export async function workbookBytes(
	rows: readonly Row[],
	build?: (workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void
): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Personeel');
	rows.forEach((values, index) => {
		if (values !== null) sheet.getRow(index + 1).values = values;
	});
	build?.(workbook, sheet);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface ZipEntry {
	readonly name: string;
	/** Raw deflate data, or the stored bytes when `stored`. */
	readonly data: Uint8Array;
	/** What the headers claim; a bomb claims little. */
	readonly declaredSize: number;
	readonly stored?: boolean;
	readonly crc?: number;
}

/** A zip archive of these entries, as written by any zip tool (no data descriptors). */
export function zipBytes(entries: readonly ZipEntry[]): Uint8Array {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = Buffer.from(entry.name, 'utf8');
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(entry.stored ? 0 : 8, 8);
		local.writeUInt32LE(entry.crc ?? 0, 14);
		local.writeUInt32LE(entry.data.byteLength, 18);
		local.writeUInt32LE(entry.declaredSize, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(entry.stored ? 0 : 8, 10);
		central.writeUInt32LE(entry.crc ?? 0, 16);
		central.writeUInt32LE(entry.data.byteLength, 20);
		central.writeUInt32LE(entry.declaredSize, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, Buffer.from(entry.data));
		centrals.push(central, name);
		offset += local.length + name.length + entry.data.byteLength;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * Raw deflate data that unpacks to `megabytes` MB of one repeated byte from about 1 KB per
 * MB: one fully flushed block repeated, then an empty final block. Built without ever
 * holding the unpacked bytes.
 */
export function deflateBomb(megabytes: number, byte = 0x20): Uint8Array {
	const block = deflateRawSync(Buffer.alloc(1024 * 1024, byte), {
		finishFlush: constants.Z_FULL_FLUSH
	});
	const finalEmptyBlock = Buffer.from([0x03, 0x00]);
	return new Uint8Array(Buffer.concat([...Array<Buffer>(megabytes).fill(block), finalEmptyBlock]));
}

/** A real entry, stored deflated with its true size and checksum. */
export function deflatedEntry(name: string, text: string): ZipEntry {
	const bytes = Buffer.from(text, 'utf8');
	return { name, data: deflateRawSync(bytes), declaredSize: bytes.length, crc: crc32(bytes) };
}
