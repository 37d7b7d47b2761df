// The shipped buyer policies (SR §7) hold what the sources say, validate, and cite sources
// they list; custom policies are checked like uploaded rulesets (SR §5.4).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	getPolicy,
	issueLines,
	listPolicies,
	shippedPolicyIds,
	validatePolicy
} from './policy-registry';
import type { BuyerPolicy } from './policy-schema';
import { tender } from './test-support';
import { valueTender } from './value-tender';

const policiesDir = fileURLToPath(new URL('./policies', import.meta.url));

function shipped(id: string): BuyerPolicy {
	const policy = getPolicy(id);
	if (policy === null) throw new Error(`no policy ${id}`);
	return policy;
}

/** Every `sourceId` anywhere in a value. */
function sourceIds(value: unknown): string[] {
	if (value === null || typeof value !== 'object') return [];
	if (Array.isArray(value)) return value.flatMap(sourceIds);
	const node = value as Record<string, unknown>;
	const here = typeof node.sourceId === 'string' ? [node.sourceId] : [];
	return [...here, ...Object.values(node).flatMap(sourceIds)];
}

describe('shipped policies', () => {
	it('ships every policy file, at least the eight of the brief, each under its own id', () => {
		const files = readdirSync(policiesDir).map((name) => name.replace(/\.json$/, ''));
		expect(shippedPolicyIds().sort()).toEqual(files.sort());
		expect(shippedPolicyIds()).toEqual(
			expect.arrayContaining([
				'nl-noordoost-brabant',
				'nl-oost-nederland',
				'nl-adviespunt-social-return',
				'nl-leiden-regio',
				'nl-utrecht',
				'nl-twente',
				'nl-den-haag',
				'nl-rijksoverheid'
			])
		);
	});

	it.each(shippedPolicyIds())('%s validates, and every source id it cites resolves', (id) => {
		const policy = shipped(id);
		expect(validatePolicy(policy)).toEqual({ ok: true, value: policy });
		const listed = new Set(policy.sources.map((source) => source.id));
		expect(sourceIds(policy).filter((sourceId) => !listed.has(sourceId))).toEqual([]);
		expect(policy.sources.length).toBeGreaterThan(0);
		expect(policy.lastCheckedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('lists summaries in shipping order', () => {
		expect(listPolicies()[0]).toEqual({
			id: 'nl-noordoost-brabant',
			title: 'Regionaal Social Return-beleid Noordoost-Brabant',
			version: '2020',
			status: 'partial',
			lastCheckedOn: '2026-11-29'
		});
		expect(getPolicy('nl-atlantis')).toBeNull();
	});
});

describe('shipped policies say what the sources say (SR §7), and unknown stays unknown', () => {
	const services = (overrides = {}) =>
		tender({ contractValue: 2_000_000, pctOverride: 5, ...overrides });
	const cert = (rung: string) => ({ certificate: { rung, validUntil: '2030-01-01' } });

	it.each<[string, string, { min: number; max: number }, string[]]>([
		['nl-noordoost-brabant', 'trede-2', { min: 100_000, max: 100_000 }, ['threshold-unknown']],
		['nl-noordoost-brabant', 'trede-3', { min: 100_000, max: 100_000 }, ['threshold-unknown']],
		[
			'nl-noordoost-brabant',
			'trede-1',
			{ min: 0, max: 100_000 },
			['threshold-unknown', 'ask-buyer']
		],
		['nl-oost-nederland', 'trede-2', { min: 0, max: 100_000 }, ['threshold-unknown', 'ask-buyer']],
		[
			'nl-adviespunt-social-return',
			'trede-1',
			{ min: 0, max: 100_000 },
			['threshold-unknown', 'ask-buyer']
		],
		[
			'nl-leiden-regio',
			'trede-2',
			{ min: 0, max: 100_000 },
			['threshold-unknown', 'alternative-route', 'ask-buyer']
		],
		['nl-utrecht', 'trede-3', { min: 0, max: 100_000 }, ['threshold-unknown', 'ask-buyer']],
		['nl-twente', 'aspirant', { min: 0, max: 100_000 }, ['ask-buyer']],
		['nl-den-haag', 'trede-2', { min: 0, max: 100_000 }, ['ask-buyer']],
		['nl-rijksoverheid', 'basistrede', { min: 0, max: 100_000 }, ['ask-buyer']]
	])('%s, %s: credit on € 100.000', (id, rung, credit, warnings) => {
		const result = valueTender(services(cert(rung)), shipped(id));
		expect(result.obligation).toEqual({ min: 100_000, max: 100_000 });
		expect(result.credit).toEqual(credit);
		expect(result.warnings).toEqual(warnings);
	});

	it('Noordoost-Brabant: trede 2 must hold for the whole contract (inferred)', () => {
		const result = valueTender(
			services({ certificate: { rung: 'trede-2', validUntil: '2028-03-01' } }),
			shipped('nl-noordoost-brabant')
		);
		expect(result.conditional).toBe(true);
		expect(result.recertifyBy).toBe('2028-03-01');
		expect(shipped('nl-noordoost-brabant').standardPct).toEqual({
			value: null,
			provenance: 'unknown',
			sourceId: 'R3'
		});
	});

	it.each<[string, Record<string, unknown>, boolean | null, number | null]>([
		['nl-twente', { contractValue: 99_999 }, false, 0],
		['nl-twente', { contractValue: 100_000 }, true, 5],
		['nl-twente', { contractValue: 400_000, labourSharePct: 10 }, true, 2],
		['nl-den-haag', { contractValue: 214_999 }, false, 0],
		['nl-den-haag', { contractValue: 215_000 }, true, 5],
		['nl-rijksoverheid', { contractValue: 250_000, scope: 'works' }, true, 5],
		['nl-rijksoverheid', { contractValue: 249_999, scope: 'services' }, false, 0],
		['nl-rijksoverheid', { contractValue: 500_000, end: '2027-05-31' }, false, 0],
		['nl-rijksoverheid', { contractValue: 500_000, scope: 'supplies' }, null, 5],
		['nl-utrecht', { contractValue: 500_000 }, null, null]
	])('%s %j → applicable %s, pct %s', (id, overrides, applicable, pct) => {
		const result = valueTender(tender({ certificate: null, ...overrides }), shipped(id));
		expect(result.applicable).toBe(applicable);
		expect(result.pct).toBe(pct);
	});

	it('building blocks: known values per year, unknown ones without a number', () => {
		const result = valueTender(
			tender({ certificate: null, pctOverride: 5 }),
			shipped('nl-utrecht')
		);
		expect(result.fill.find((entry) => entry.block === 'pw-gt-2y')).toEqual({
			block: 'pw-gt-2y',
			valuePerYear: 40_000,
			fteYears: { min: 2.5, max: 2.5 }
		});
		expect(result.fill.find((entry) => entry.block === 'wsw')).toEqual({
			block: 'wsw',
			valuePerYear: null,
			fteYears: null
		});
	});
});

describe('validatePolicy: custom policies, bounded like uploaded rulesets', () => {
	const base = () => JSON.parse(JSON.stringify(shipped('nl-twente'))) as Record<string, unknown>;
	const withValue = (path: (string | number)[], value: unknown) => {
		const copy = base();
		let node = copy as Record<string | number, unknown>;
		for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
		node[path[path.length - 1]!] = value;
		return { ...copy, kind: 'custom' };
	};

	it('accepts a copy of a shipped policy as a custom one', () => {
		expect(validatePolicy({ ...base(), kind: 'custom', id: 'mijn-beleid' }).ok).toBe(true);
	});

	it.each<[string, (string | number)[], unknown, string]>([
		['NaN', ['standardPct', 'value'], Number.NaN, 'standardPct.value: must be a finite number'],
		['Infinity', ['standardPct', 'value'], Infinity, 'standardPct.value: must be a finite number'],
		[
			'a % above 100',
			['standardPct', 'value'],
			101,
			'standardPct.value: must be between 0 and 100'
		],
		[
			'a threshold above 1e12',
			['thresholds', 0, 'minContractValueExVat', 'value'],
			2e12,
			'thresholds[0].minContractValueExVat.value: must be between 0 and 1000000000000'
		],
		[
			'a block value above 1e12',
			['buildingBlocks', 0, 'valueEur', 'value'],
			1e13,
			'buildingBlocks[0].valueEur.value: must be at most 1000000000000'
		],
		[
			'a block value of 0',
			['buildingBlocks', 0, 'valueEur', 'value'],
			0,
			'buildingBlocks[0].valueEur.value: must be above 0'
		],
		['an overlong title', ['title'], 'x'.repeat(201), 'title: must be at most 200 characters'],
		[
			'null without unknown',
			['standardPct'],
			{ value: null, provenance: 'stated', sourceId: 'R15' },
			'standardPct.provenance: is null, so provenance must be "unknown"'
		],
		[
			'a number marked unknown',
			['standardPct'],
			{ value: 5, provenance: 'unknown' },
			'standardPct.value: must be null when provenance is "unknown"'
		],
		[
			'a stated number without a source',
			['standardPct'],
			{ value: 5, provenance: 'stated' },
			'standardPct.sourceId: is required'
		],
		[
			'a source id the policy does not list',
			['standardPct', 'sourceId'],
			'R99',
			'standardPct.sourceId: "R99" is not one of this policy\'s sources'
		],
		['an unknown field', ['colour'], 'red', 'colour: is not a known field'],
		[
			'an unknown effect',
			['psoRules', 0, 'effect', 'kind'],
			'doubles',
			'psoRules[0].effect.kind: has an unknown value'
		],
		[
			'a duplicate block code',
			['buildingBlocks', 1, 'code'],
			'pw-lt-2y',
			'buildingBlocks[1].code: "pw-lt-2y" is used by an earlier entry'
		],
		[
			'a source url that is not http',
			['sources', 0, 'url'],
			'javascript:alert(1)',
			'sources[0].url: must be an http(s) address'
		]
	])('refuses %s', (_name, path, value, line) => {
		const outcome = validatePolicy(withValue(path, value));
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) expect(issueLines(outcome.issues)).toContain(line);
	});
});
