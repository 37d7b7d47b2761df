import { beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, openTestDatabase, type Db } from './db';
import { seedUser } from './test-support/seed';
import { untilWrite } from './until-write-memo';

let db: Db;
let calls: number;
const compute = () => ++calls;

beforeEach(() => {
	db = openTestDatabase();
	calls = 0;
});

describe('untilWrite', () => {
	it('keeps a value until the next write, per key', () => {
		expect(untilWrite(db, 'a', compute)).toBe(1);
		expect(untilWrite(db, 'a', compute)).toBe(1);
		expect(untilWrite(db, 'b', compute)).toBe(2);
		seedUser(db, 'someone@example.nl', 0);
		expect(untilWrite(db, 'a', compute)).toBe(3);
		expect(untilWrite(db, 'b', compute)).toBe(4);
	});

	it('only rows actually written count', () => {
		expect(untilWrite(db, 'a', compute)).toBe(1);
		db.prepare("DELETE FROM users WHERE id = 'none'").run();
		expect(untilWrite(db, 'a', compute)).toBe(1);
	});

	it('a commit by another connection to the same file counts too', () => {
		const path = join(mkdtempSync(join(tmpdir(), 'pso-memo-')), 'memo.sqlite');
		const reader = openDatabase(path);
		const writer = openDatabase(path);
		try {
			expect(untilWrite(reader, 'a', compute)).toBe(1);
			expect(untilWrite(reader, 'a', compute)).toBe(1);
			seedUser(writer, 'elsewhere@example.nl', 0);
			expect(untilWrite(reader, 'a', compute)).toBe(2);
		} finally {
			reader.close();
			writer.close();
		}
	});

	it('is per database connection', () => {
		const other = openTestDatabase();
		expect(untilWrite(db, 'a', compute)).toBe(1);
		expect(untilWrite(other, 'a', compute)).toBe(2);
	});

	it('does not keep a value whose computation wrote', () => {
		const writing = () => {
			seedUser(db, `w${calls}@example.nl`, 0);
			return ++calls;
		};
		expect(untilWrite(db, 'a', writing)).toBe(1);
		expect(untilWrite(db, 'a', writing)).toBe(2);
	});
});
