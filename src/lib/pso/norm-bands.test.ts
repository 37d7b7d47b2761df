// A norm shown beside the wrong rung would tell a user they reach a trede they do not.
import { describe, expect, it } from 'vitest';
import { rungCodes } from './input-codes';
import {
	normBands,
	normKeyOf,
	rungOfNormKey,
	tredeNormBands,
	type NormKey,
	type NormRung
} from './norm-bands';
import { ruleset } from './test-support/assessment-builder';

describe('norm keys and rungs', () => {
	it.each<[NormKey, NormRung]>([
		['basistrede', 'basistrede'],
		['trede1', 'trede-1'],
		['trede2', 'trede-2'],
		['trede3', 'trede-3']
	])('%s is the norm for %s, both ways', (key, rung) => {
		expect(rungOfNormKey(key)).toBe(rung);
		expect(normKeyOf(rung)).toBe(key);
	});

	it('lists the bands lowest first, in the order of the rung scale', () => {
		const order = normBands.map((b) => rungCodes.indexOf(b.rung));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(tredeNormBands.map((b) => b.rung)).toEqual(['trede-1', 'trede-2', 'trede-3']);
	});

	it('names the norm columns of a ruleset', () => {
		const row = ruleset('2.1').norms.table[0]!;
		expect(normBands.map((b) => b.key).filter((key) => key in row)).toHaveLength(4);
	});
});
