import { describe, expect, it } from 'vitest';
import { defaultPair, type Dated } from './default-pair';

const at = (id: string, year: number, version = 1): Dated => ({
	id,
	periodStart: `${year}-01-01`,
	periodEnd: `${year}-12-31`,
	version
});

describe('defaultPair: the earlier assessment is A, the later B', () => {
	it.each([
		[
			'last year, then this year (latest first)',
			[at('2025', 2025), at('2024', 2024)],
			'2024',
			'2025'
		],
		[
			'a final v1 listed before its newer draft v2',
			[at('final-v1', 2025, 1), at('draft-v2', 2025, 2)],
			'final-v1',
			'draft-v2'
		],
		[
			'a newer draft listed second, of a later period',
			[at('final-2024', 2024, 3), at('draft-2025', 2025, 1)],
			'final-2024',
			'draft-2025'
		],
		['only the first two count', [at('c', 2025), at('b', 2024), at('a', 2023)], 'b', 'c']
	])('%s', (_, choices, a, b) => {
		expect(defaultPair(choices)).toEqual({ a, b });
	});

	it('chooses nothing with fewer than two', () => {
		expect(defaultPair([at('only', 2025)])).toEqual({ a: '', b: '' });
		expect(defaultPair([])).toEqual({ a: '', b: '' });
	});
});
