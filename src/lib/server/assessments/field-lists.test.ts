// The field lists of src/lib/pso/line-fields.ts and purchase-fields.ts against the schema the
// migrations build: a column added to a table without being listed (so the store, the CSV,
// the input diff and the compare page would skip it), or left out of an audit trigger (so its
// changes would go unrecorded), fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Purchase, TargetGroupLine } from '$lib/pso/assessment-schema';
import { lineFields } from '$lib/pso/line-fields';
import { purchaseFields } from '$lib/pso/purchase-fields';
import { openTestDatabase, type Db } from '../db';
import { createOrganisation } from '../organisations';
import { createUser } from '../users';
import { addLine, importLines, listLines, updateLine } from './lines';
import { addPurchases, listPurchases } from './purchases';
import * as records from './records';

let db: Db;
beforeAll(() => {
	db = openTestDatabase();
});

const tables = [
	{
		table: 'assessment_lines',
		keys: ['assessment_id', 'seq'],
		listed: lineFields.map((f) => f.column)
	},
	{
		table: 'assessment_purchases',
		keys: ['id', 'assessment_id', 'seq'],
		listed: purchaseFields.map((f) => f.column)
	}
];

function columnsOf(table: string): string[] {
	return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

/** The audit trigger that records `event` on `table`, as stored after every migration. */
function auditTrigger(table: string, event: 'INSERT' | 'UPDATE' | 'DELETE'): string {
	const triggers = db
		.prepare(
			`SELECT sql FROM sqlite_master
			 WHERE type = 'trigger' AND tbl_name = $table AND sql LIKE '%INSERT INTO audit_log%'`
		)
		.pluck()
		.all({ table }) as string[];
	const matching = triggers.filter((sql) => new RegExp(`\\bAFTER\\s+${event}\\b`, 'i').test(sql));
	expect(matching, `one ${event} audit trigger on ${table}`).toHaveLength(1);
	return matching[0]!;
}

const mentions = (sql: string, ref: string) =>
	new RegExp(`\\b${ref.replace('.', '\\.')}\\b`).test(sql);

describe.each(tables)('$table', ({ table, keys, listed }) => {
	const data = () => columnsOf(table).filter((c) => !keys.includes(c));

	it('every column but the keys is in the field list, and every listed column exists', () => {
		expect([...listed].sort()).toEqual([...data()].sort());
	});

	it('the create audit trigger records every column', () => {
		const sql = auditTrigger(table, 'INSERT');
		expect(data().filter((c) => !mentions(sql, `NEW.${c}`))).toEqual([]);
	});

	it('the delete audit trigger records every column', () => {
		const sql = auditTrigger(table, 'DELETE');
		expect(data().filter((c) => !mentions(sql, `OLD.${c}`))).toEqual([]);
	});

	it('the update audit trigger fires on, compares and records every column', () => {
		const sql = auditTrigger(table, 'UPDATE');
		const updateOf = /\bUPDATE\s+OF\s+([\s\S]*?)\s+ON\s+\w+/i.exec(sql)?.[1] ?? '';
		const watched = updateOf.split(',').map((c) => c.trim());
		// A key that the app never changes (the row's id, seq) need not be watched.
		const ids = new Set(['id', 'seq', 'assessment_id']);
		const unwatched = data().filter((c) => !ids.has(c) && !watched.includes(c));
		expect(unwatched).toEqual([]);
		const unrecorded = data().filter(
			(c) =>
				!new RegExp(`OLD\\.${c}\\s+IS\\s+NOT\\s+NEW\\.${c}`).test(sql) ||
				!new RegExp(`json_object\\('${c}',\\s*json_array\\(OLD\\.${c},\\s*NEW\\.${c}\\)\\)`).test(
					sql
				)
		);
		expect(unrecorded).toEqual([]);
	});
});

describe('every listed field survives the store', () => {
	// One value per kind, none of them a default, so a field the SQL skipped would come back
	// missing or different.
	const full: TargetGroupLine = {
		id: 'full',
		position: 'participatiewet-lks',
		contract: 'supported',
		hoursPerWeek: 31.5,
		start: '2024-02-01',
		end: '2025-10-31',
		inflow: '2024-01-15',
		lksUntil: '2025-06-30',
		indicationUntil: '2026-01-31',
		schoolLeft: '2023-07-01',
		wwMonths: 7,
		furtherIndication: true,
		durable: true
	};
	const purchase: Purchase = {
		supplier: 'Groen BV',
		kind: 'sw-company',
		amount: 12_345.5,
		supplierTurnover: 2_000_000,
		supplierFte: 42.5,
		supplierDirectPct: 64
	};

	it('covers every field of the lists', () => {
		expect(Object.keys(full).sort()).toEqual(lineFields.map((f) => f.key).sort());
		expect(Object.keys(purchase).sort()).toEqual(purchaseFields.map((f) => f.key).sort());
	});

	it('add, update, import and copy keep every field', () => {
		const userId = createUser(db, `fields-${Date.now()}@example.nl`, 'hash', 1)!.id;
		const org = createOrganisation(
			db,
			userId,
			{ name: 'Velden BV', kvk: '12345678', sector: null, fulltimeHours: 40 },
			1
		);
		const fields = {
			name: 'P',
			periodStart: '2025-01-01',
			periodEnd: '2025-12-31',
			rulesetId: '2.1',
			fulltimeHours: 40
		};
		const load = (id: string) => records.getAssessment(db, org.id, id)!;
		const a = load(records.createAssessment(db, org.id, userId, fields, 1));
		expect(addLine(db, a, full)).toBe('saved');
		expect(updateLine(db, a, 'full', { ...full, id: 'renamed' })).toBe('saved');
		expect(importLines(db, a, [full], 'append')).toEqual({ ok: true, count: 1 });
		addPurchases(db, a, [purchase]);
		expect(listLines(db, a)).toEqual([{ ...full, id: 'renamed' }, full]);

		const copy = load(records.copyAssessment(db, org.id, a.id, userId, null, 2)!);
		expect(listLines(db, copy)).toEqual([{ ...full, id: 'renamed' }, full]);
		const { rowId, ...copied } = listPurchases(db, copy)[0]!;
		expect(copied).toEqual(purchase);
		expect(rowId).not.toBe(listPurchases(db, a)[0]!.rowId);
	});
});
