import { describe, expect, it } from 'vitest';
import { positionCodes } from './input-codes';
import {
	getRuleset,
	listRulesets,
	loadRuleset,
	newestRulesetId,
	rulesetForDate
} from './ruleset-registry';
import type { Ruleset } from './ruleset-schema';
import { scoreAssessment } from './score';
import { sourceEntry } from './source-catalogue';
import { assessment, line, ruleset, shippedIds } from './test-support/assessment-builder';

type Json = Record<string, unknown>;

function copyOf(id: (typeof shippedIds)[number]): Json {
	return JSON.parse(JSON.stringify(ruleset(id))) as Json;
}

function child(json: Json, ...path: string[]): Json {
	let value: unknown = json;
	for (const key of path) value = (value as Json)[key];
	return value as Json;
}

function normRow(json: Json, index: number): Json {
	const norms = json.norms as { table: Json[] };
	const row = norms.table[index];
	if (row === undefined) throw new Error('no such row');
	return row;
}

/** Every `{ confirmed, source }` object in a ruleset, with its path. */
function provenanceNodes(
	value: unknown,
	path = ''
): { path: string; confirmed: boolean; source: string[] }[] {
	if (value === null || typeof value !== 'object') return [];
	const found: { path: string; confirmed: boolean; source: string[] }[] = [];
	const record = value as Record<string, unknown>;
	if (typeof record.confirmed === 'boolean' && Array.isArray(record.source)) {
		found.push({ path, confirmed: record.confirmed, source: record.source as string[] });
	}
	for (const [key, child] of Object.entries(record)) {
		found.push(...provenanceNodes(child, path === '' ? key : `${path}.${key}`));
	}
	return found;
}

describe('shipped rulesets', () => {
	it('lists the four handbook versions, oldest first', () => {
		expect(listRulesets()).toEqual([
			{ id: '1.6', label: 'PSO-handleiding 1.6', effectiveFrom: '2018-04-01' },
			{ id: '1.7', label: 'PSO-handleiding 1.7', effectiveFrom: '2019-04-01' },
			{ id: '1.9', label: 'PSO-handleiding 1.9', effectiveFrom: '2021-04-01' },
			{ id: '2.1', label: 'PSO-handleiding 2.1', effectiveFrom: '2023-04-01' }
		]);
		expect(newestRulesetId).toBe('2.1');
	});

	it('finds rulesets by id and returns null for unknown ids', () => {
		expect(getRuleset('1.7')?.id).toBe('1.7');
		expect(getRuleset('1.8')).toBeNull();
	});

	it.each([
		['2018-03-31', null],
		['2018-04-01', '1.6'],
		['2019-03-31', '1.6'],
		['2019-04-01', '1.7'],
		['2021-03-31', '1.7'],
		['2021-04-01', '1.9'],
		['2023-03-31', '1.9'],
		['2023-04-01', '2.1'],
		['2030-01-01', '2.1']
	])('on %s the ruleset in force is %s', (date, id) => {
		expect(rulesetForDate(date)?.id ?? null).toBe(id);
	});

	it('refuses a malformed date', () => {
		expect(() => rulesetForDate('1-4-2023')).toThrow(RangeError);
	});

	describe.each(shippedIds)('ruleset %s', (id) => {
		const data = ruleset(id);

		it('has the 17 published norm sizes with S19 as source', () => {
			expect(data.norms.table.map((row) => row.size)).toEqual([
				2, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100, 105
			]);
			expect(data.norms.table.every((row) => row.source.includes('S19'))).toBe(true);
		});

		it('describes every position code (available or not)', () => {
			expect(Object.keys(data.positions).sort()).toEqual([...positionCodes].sort());
		});

		it('cites only sources in the catalogue, and every confirmed value has one', () => {
			const nodes = provenanceNodes(data);
			expect(nodes.length).toBeGreaterThan(40);
			for (const node of nodes) {
				for (const source of node.source)
					expect(sourceEntry(source), `${node.path}: ${source}`).not.toBeNull();
				if (node.confirmed) expect(node.source.length, node.path).toBeGreaterThan(0);
			}
			for (const source of data.sources) expect(sourceEntry(source)).not.toBeNull();
		});

		it('round-trips through loadRuleset', () => {
			expect(loadRuleset(JSON.parse(JSON.stringify(data)))).toEqual({ ok: true, value: data });
		});
	});

	it.each([
		['1.6', 'ukraine-tpd', false],
		['2.1', 'ukraine-tpd', true],
		['1.7', 'bbl-bol-3-4', false],
		['1.9', 'bbl-bol-3-4', true]
	] as const)('under %s position %s available: %s', (id, position, available) => {
		expect(ruleset(id).positions[position]?.available).toBe(available);
	});

	it.each([
		['1.6', false],
		['1.7', false],
		['1.9', false],
		['2.1', true]
	] as const)('under %s the basistrede exists: %s', (id, exists) => {
		expect(ruleset(id).norms.basistrede.exists).toBe(exists);
		expect(ruleset(id).norms.table.every((row) => row.basistrede === null)).toBe(true);
	});
});

describe('loadRuleset: a user-supplied ruleset', () => {
	const breakers: [string, (json: Json) => void, string][] = [
		['wrong format', (j) => (j.format = 'x'), 'format'],
		['bad id', (j) => (j.id = 'two point two'), 'id'],
		['bad date', (j) => (j.effectiveFrom = '2025-02-30'), 'effectiveFrom'],
		['table without 105', (j) => (j.norms as { table: Json[] }).table.pop(), 'norms.table'],
		['sizes out of order', (j) => (normRow(j, 2).size = 4), 'norms.table[2].size'],
		['trede 1 above trede 2', (j) => (normRow(j, 0).trede1 = 30), 'norms.table[0]'],
		['norm rising with size', (j) => (normRow(j, 3).trede3 = 16), 'norms.table[3].trede3'],
		['norm above 100', (j) => (normRow(j, 0).trede3 = 101), 'norms.table[0].trede3'],
		[
			'weight above 1',
			(j) =>
				(child(j, 'contracts', 'trial').weight = {
					value: 1.5,
					confirmed: true,
					source: []
				}),
			'contracts.trial.weight.value'
		],
		[
			'unknown window kind',
			(j) => (child(j, 'positions', 'wajong', 'window').kind = 'forever'),
			'positions.wajong.window.kind'
		],
		['source not an id', (j) => (j.sources = ['pso-nederland.nl']), 'sources[0]'],
		['missing contract', (j) => delete (j.contracts as Json).trial, 'contracts.trial'],
		['unknown position key', (j) => ((j.positions as Json).astronaut = {}), 'positions.astronaut'],
		[
			'cap of 100 %',
			(j) => (((j.indirect as Json).maxShareOfTotal as Json).value = 1),
			'indirect.maxShareOfTotal.value'
		]
	];

	it.each(breakers)('%s is refused', (_name, breakIt, path) => {
		const json = copyOf('2.1');
		breakIt(json);
		const outcome = loadRuleset(json);
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) expect(outcome.issues.map((issue) => issue.path)).toContain(path);
	});

	it('refuses a basistrede norm in a version without a basistrede', () => {
		const json = copyOf('1.9');
		normRow(json, 0).basistrede = 15;
		const outcome = loadRuleset(json);
		expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.path)).toContain(
			'norms.table[0].basistrede'
		);
	});

	it('scores with a full table and basistrede norms', () => {
		const json = copyOf('2.1');
		json.id = '2.1-full';
		const table: Json[] = [];
		for (let size = 2; size <= 105; size++) {
			// A made-up falling table: all sizes tabled, so no norm is estimated.
			const t1 = 3 + 100 / size;
			table.push({
				size,
				basistrede: t1 - 1,
				trede1: t1,
				trede2: t1 + 1,
				trede3: t1 + 3,
				confirmed: false,
				source: []
			});
		}
		(json.norms as { table: Json[] }).table = table;
		const outcome = loadRuleset(json);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		const custom: Ruleset = outcome.value;
		// Size 12: trede1 = 3 + 100/12 = 11.33; basistrede 10.33. Direct 1.3/12 = 10.83 %.
		const result = scoreAssessment(
			assessment({ totalFte: 12, targetGroup: [line({ hoursPerWeek: 52 })] }),
			custom
		);
		expect(result.ruleset).toBe('2.1-full');
		expect(result.norms).toMatchObject({
			size: 12,
			estimated: false,
			basistrede: 3 + 100 / 12 - 1
		});
		expect(result.quantitativeRung).toBe('basistrede');
		expect(result.warnings).toEqual(['unconfirmed-norm', 'reference-supplier-used']);
	});
});
