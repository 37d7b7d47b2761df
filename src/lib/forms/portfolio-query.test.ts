// Issue 10 item 2: the portfolio's rung filter matches the likely rung, or (rungMatch `range`)
// any rung of the range, so an unpublished norm does not hide a client behind its strict rung.
import { describe, expect, it } from 'vitest';
import type { RungCode } from '$lib/pso/input-codes';
import { rungFilterMatches, type EstimateRange, type RungMatch } from './portfolio-query';

const range = (atLeast: RungCode, likely: RungCode, atMost: RungCode): EstimateRange => ({
	atLeast,
	likely,
	atMost
});
const tabled = range('trede-2', 'trede-2', 'trede-2');
const nine = range('basistrede', 'trede-2', 'trede-2');
const wide = range('none', 'trede-1', 'trede-3');
const ineligible = range('not-eligible', 'not-eligible', 'not-eligible');

describe('rung filter', () => {
	it.each<[string, EstimateRange, RungCode, RungMatch, boolean]>([
		['published size: its rung', tabled, 'trede-2', 'likely', true],
		['published size: another rung', tabled, 'trede-1', 'range', false],
		['size 9: the likely rung', nine, 'trede-2', 'likely', true],
		['size 9: the strict rung is not the likely one', nine, 'basistrede', 'likely', false],
		['size 9: the strict rung is in the range', nine, 'basistrede', 'range', true],
		['size 9: trede 1 lies between the ends', nine, 'trede-1', 'range', true],
		['size 9: trede 3 lies above the range', nine, 'trede-3', 'range', false],
		['size 9: geen trede lies below the range', nine, 'none', 'range', false],
		['a wide range includes trede 2', wide, 'trede-2', 'range', true],
		['a wide range includes its low end, geen trede', wide, 'none', 'range', true],
		['a wide range does not include not-eligible', wide, 'not-eligible', 'range', false],
		['not eligible: only not-eligible', ineligible, 'not-eligible', 'likely', true],
		['not eligible is not geen trede', ineligible, 'none', 'range', false]
	])('%s', (_name, estimate, rung, match, expected) => {
		expect(rungFilterMatches(estimate, rung, match)).toBe(expected);
	});
});
