import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db';
import { auditFields, type AuditFieldEntity } from './audit-fields';
import { describeAuditEntry } from './audit-text';

// Every field any writer records in the audit trail must read as a label, never as its column
// name. The writers are found, not listed: the triggers in the migrated schema and every source
// file that inserts into audit_log. A new audited field without a label fails here.

const entityNames = Object.keys(auditFields) as AuditFieldEntity[];
const entityLiteral = new RegExp(`'(${entityNames.join('|')})'`);
const fieldKey = /'([a-z0-9_]+)',\s*(?:NEW\.|OLD\.|json_array\()/g;

function auditedFields(sql: string): { entity: AuditFieldEntity; field: string }[] {
	const values = sql.slice(sql.search(/INSERT INTO audit_log/i));
	const entity = entityLiteral.exec(values.slice(values.search(/\b(VALUES|SELECT)\b/)))?.[1];
	if (!entity) throw new Error(`no audited kind found in: ${sql.slice(0, 200)}`);
	// The fields are the keys of the recorded JSON, after the kind and the action.
	const json = values.slice(values.indexOf('json_object('));
	return [...json.matchAll(fieldKey)].map((match) => ({
		entity: entity as AuditFieldEntity,
		field: match[1]!
	}));
}

function sourceWriters(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'paraglide' ? [] : sourceWriters(path);
		if (!/\.ts$/.test(e.name) || e.name.endsWith('.test.ts')) return [];
		const text = readFileSync(path, 'utf8');
		return /INSERT INTO audit_log/i.test(text) ? [text] : [];
	});
}

const db = openTestDatabase();
const triggers = (
	db
		.prepare(
			`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%INSERT INTO audit_log%'`
		)
		.all() as { sql: string }[]
).map((t) => t.sql);
const writers = [...triggers, ...sourceWriters('src')];
const audited = [
	...new Map(
		writers.flatMap(auditedFields).map((a) => [`${a.entity}.${a.field}`, a] as const)
	).values()
];

describe('every audited field has a label', () => {
	it('finds the writers: 27 triggers and the bulk line write', () => {
		expect(triggers.length).toBeGreaterThanOrEqual(27);
		expect(audited).toContainEqual({ entity: 'assessment', field: 'target_group_lines' });
		expect(audited).toContainEqual({ entity: 'line', field: 'hours_per_week' });
		expect(audited).toContainEqual({ entity: 'certificate', field: 'certifying_body' });
	});

	it.each(audited.map((a) => [a.entity, a.field] as const))('%s.%s', (entity, field) => {
		const f = (auditFields[entity] as Record<string, unknown>)[field];
		expect(
			f,
			`add ${entity}.${field} to auditFields in src/lib/i18n/audit-fields.ts`
		).toBeDefined();
		for (const lang of ['nl', 'en'] as const) {
			const text = describeAuditEntry(
				{
					entity,
					action: 'update',
					changes: { [field]: [null, 1] },
					assessment: { name: 'Peiljaar 2025', deleted: false },
					subject: 'mw-12'
				},
				lang
			);
			if (text.marker === null) expect(text.details).toHaveLength(1);
			expect(text.sentence).not.toMatch(/[a-z]_[a-z]/);
			// English labels may hold the word itself ("Organisation name"); Dutch never does.
			if (lang === 'nl') expect(text.sentence).not.toContain(field);
		}
	});

	it('labels nothing that is never audited (no stale entries)', () => {
		const known = new Set(audited.map((a) => `${a.entity}.${a.field}`));
		const labelled = entityNames.flatMap((e) =>
			Object.keys(auditFields[e]).map((f) => `${e}.${f}`)
		);
		expect(labelled.filter((l) => !known.has(l))).toEqual([]);
	});
});
