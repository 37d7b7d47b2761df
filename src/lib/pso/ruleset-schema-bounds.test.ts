// Issue 8: an uploaded ruleset with absurd values (a counting window of 1e308 years, norms
// of 1e308, negative weights) is refused at upload, each problem named by its path.
import { describe, expect, it } from 'vitest';
import { loadRuleset } from './ruleset-registry';
import { ruleset } from './test-support/assessment-builder';

type Json = Record<string, unknown>;

/** A copy of the shipped 2.1 ruleset with `value` written at `path`. */
function withValue(path: (string | number)[], value: unknown): Json {
	const copy = JSON.parse(JSON.stringify(ruleset('2.1'))) as Json;
	let node: Record<string | number, unknown> = copy;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	node[path[path.length - 1]!] = value;
	return copy;
}

const cases: { name: string; path: (string | number)[]; value: unknown; code: string }[] = [
	{
		name: 'a counting window of 1e308 years',
		path: ['positions', 'participatiewet', 'window', 'years'],
		value: 1e308,
		code: 'out-of-range'
	},
	{
		name: 'a counting window of 51 years',
		path: ['positions', 'participatiewet', 'window', 'years'],
		value: 51,
		code: 'out-of-range'
	},
	{
		name: 'a negative window',
		path: ['positions', 'participatiewet', 'window', 'years'],
		value: -5,
		code: 'out-of-range'
	},
	{
		name: 'placements counted for 1e308 years',
		path: ['contracts', 'placement', 'maxYearsFromStart', 'value'],
		value: 1e308,
		code: 'out-of-range'
	},
	{
		name: 'a minimum of 1e308 WW months',
		path: ['positions', 'ww', 'minWwMonths', 'value'],
		value: 1e308,
		code: 'out-of-range'
	},
	{
		name: 'a norm of 1e308 %',
		path: ['norms', 'table', 0, 'trede3'],
		value: 1e308,
		code: 'out-of-range'
	},
	{
		name: 'a negative norm',
		path: ['norms', 'table', 0, 'trede1'],
		value: -1,
		code: 'out-of-range'
	},
	{
		name: 'a negative weight',
		path: ['contracts', 'regular', 'weight', 'value'],
		value: -0.5,
		code: 'out-of-range'
	},
	{
		name: 'a minimum total FTE of 1e308',
		path: ['eligibility', 'minTotalFte', 'value'],
		value: 1e308,
		code: 'above-maximum'
	},
	{
		name: 'a minimum of 1e308 months active',
		path: ['eligibility', 'minMonthsActive', 'value'],
		value: 1e308,
		code: 'out-of-range'
	},
	{
		name: '1e308 aspirant extensions',
		path: ['aspirant', 'maxExtensions', 'value'],
		value: 1e308,
		code: 'out-of-range'
	},
	{
		name: 'a cap share of 1',
		path: ['indirect', 'maxShareOfTotal', 'value'],
		value: 1,
		code: 'out-of-range'
	},
	{
		name: 'an Infinity (1e400 in the file) window',
		path: ['positions', 'participatiewet', 'window', 'years'],
		value: Infinity,
		code: 'not-finite'
	},
	{
		name: 'a BSN in a note',
		path: ['notes', 0],
		value: 'Ingevoerd door 111222333',
		code: 'contains-bsn'
	}
];

describe('ruleset upload: absurd values are refused', () => {
	it.each(cases)('$name', ({ path, value, code }) => {
		const outcome = loadRuleset(withValue(path, value));
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		const where = path
			.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
			.join('')
			.slice(1);
		expect(outcome.issues).toContainEqual(expect.objectContaining({ path: where, code }));
	});

	it('the shipped values stay within the bounds', () => {
		expect(loadRuleset(withValue(['positions', 'participatiewet', 'window', 'years'], 50)).ok).toBe(
			true
		);
	});
});
