import { getPolicy } from '$lib/sr/policy-registry';
import type { BuyerPolicy } from '$lib/sr/policy-schema';
import { describe, expect, it } from 'vitest';
import { rungCoverage, type CoverageRung, type ObligationQuestion } from './rung-coverage';

function policy(id: string): BuyerPolicy {
	const found = getPolicy(id);
	if (!found) throw new Error(`no policy ${id}`);
	return found;
}

const question = (over: Partial<ObligationQuestion> = {}): ObligationQuestion => ({
	contractValue: 2_000_000,
	scope: 'services',
	labourSharePct: null,
	pctOverride: 5,
	months: 24,
	start: '2027-01-01',
	...over
});

const range = (min: number, max = min) => ({ min, max });

function row(coverage: ReturnType<typeof rungCoverage>, rung: CoverageRung) {
	const found = coverage.rows.find((r) => r.rung === rung);
	if (!found) throw new Error(`no row ${rung}`);
	return found.result;
}

describe('what each rung covers of the obligation', () => {
	it.each<
		[
			string,
			string,
			Partial<ObligationQuestion>,
			CoverageRung,
			{ min: number; max: number },
			{ min: number; max: number }
		]
	>([
		[
			'Noordoost-Brabant trede 2 covers all',
			'nl-noordoost-brabant',
			{},
			'trede-2',
			range(100_000),
			range(0)
		],
		[
			'Noordoost-Brabant PSO 30+ follows trede 3',
			'nl-noordoost-brabant',
			{},
			'pso30plus',
			range(100_000),
			range(0)
		],
		[
			'Noordoost-Brabant trede 1 has no rule: a range',
			'nl-noordoost-brabant',
			{},
			'trede-1',
			range(0, 100_000),
			range(0, 100_000)
		],
		[
			'Noordoost-Brabant unknown %: trede 2 still leaves nothing',
			'nl-noordoost-brabant',
			{ pctOverride: null },
			'trede-2',
			range(0, 100_000),
			range(0)
		],
		[
			'Twente discount of unknown size',
			'nl-twente',
			{ pctOverride: null, labourSharePct: 50 },
			'trede-2',
			range(0, 100_000),
			range(0, 100_000)
		],
		[
			'Twente below its threshold: nothing to cover',
			'nl-twente',
			{ contractValue: 50_000, pctOverride: null },
			'trede-3',
			range(0),
			range(0)
		],
		[
			'Den Haag has no PSO rule',
			'nl-den-haag',
			{ pctOverride: null },
			'trede-3',
			range(0, 100_000),
			range(0, 100_000)
		]
	])('%s', (_label, id, over, rung, credit, remaining) => {
		const result = row(rungCoverage(question(over), policy(id)), rung);
		expect({ credit: result.credit, remaining: result.remaining }).toEqual({ credit, remaining });
	});

	it('shows the obligation itself as a range when the percentage is unknown', () => {
		const coverage = rungCoverage(question({ pctOverride: null }), policy('nl-noordoost-brabant'));
		expect(coverage.obligation.obligation).toEqual(range(0, 100_000));
		expect(coverage.obligation.warnings).toContain('pct-unknown');
		expect(coverage.pctSource).toEqual({ kind: 'unknown' });
	});

	it('gives one row per rung, in ladder order, each computed with that rung', () => {
		const coverage = rungCoverage(question(), policy('nl-leiden-regio'));
		expect(coverage.rows.map((r) => r.rung)).toEqual([
			'aspirant',
			'basistrede',
			'trede-1',
			'trede-2',
			'trede-3',
			'pso30plus'
		]);
		expect(row(coverage, 'trede-2').warnings).toContain('alternative-route');
		expect(row(coverage, 'aspirant').warnings).not.toContain('alternative-route');
	});

	it('asks for a renewal when the contract outlives a two-year certificate', () => {
		const coverage = rungCoverage(question({ months: 36 }), policy('nl-noordoost-brabant'));
		expect(coverage.end).toBe('2029-12-31');
		expect(coverage.certificateValidUntil).toBe('2028-12-31');
		const trede2 = row(coverage, 'trede-2');
		expect(trede2.warnings).toContain('recertification-needed');
		expect(trede2.recertifyBy).toBe('2028-12-31');
		expect(
			row(rungCoverage(question({ months: 24 }), policy('nl-noordoost-brabant')), 'trede-2')
				.conditional
		).toBe(false);
	});
});

describe('the source behind each number', () => {
	it.each<[string, string, Partial<ObligationQuestion>, string | null]>([
		[
			'a typed-in % comes from the tender documents',
			'nl-twente',
			{ pctOverride: 4 },
			'tender-documents'
		],
		["Twente's standard 5 %", 'nl-twente', { pctOverride: null, labourSharePct: 50 }, 'R15'],
		[
			"Twente's reduced 2 % below 30 % labour",
			'nl-twente',
			{ pctOverride: null, labourSharePct: 10 },
			'R15'
		],
		['an unknown % has no source', 'nl-utrecht', { pctOverride: null }, 'unknown']
	])('%s', (_label, id, over, expected) => {
		const source = rungCoverage(question(over), policy(id)).pctSource;
		expect(source.kind === 'source' ? source.source.id : source.kind).toBe(expected);
	});

	it('names the rule source per rung and none where the policy has no rule', () => {
		const coverage = rungCoverage(question(), policy('nl-noordoost-brabant'));
		const byRung = Object.fromEntries(
			coverage.rows.map((r) => [
				r.rung,
				r.ruleSource.kind === 'source' ? r.ruleSource.source.id : r.ruleSource.kind
			])
		);
		expect(byRung).toEqual({
			aspirant: 'unknown',
			basistrede: 'unknown',
			'trede-1': 'unknown',
			'trede-2': 'R1',
			'trede-3': 'R1',
			pso30plus: 'R1'
		});
		expect(coverage.thresholdSource).toEqual({ kind: 'unknown' });
		const twente = rungCoverage(question(), policy('nl-twente'));
		expect(twente.thresholdSource.kind === 'source' && twente.thresholdSource.source.id).toBe(
			'R15'
		);
	});
});
