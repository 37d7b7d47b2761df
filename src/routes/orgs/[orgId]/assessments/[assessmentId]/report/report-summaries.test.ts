import { describe, expect, it } from 'vitest';
import type { ContractCode, PositionCode } from '$lib/pso/input-codes';
import { summariseLines, summarisePurchases } from './report-summaries';

const line = (id: string, position: PositionCode, contract: ContractCode) => ({
	id,
	position,
	contract
});
const scored = (id: string, fte: number, weightedFte: number) => ({ id, fte, weightedFte });

describe('summariseLines', () => {
	it.each([
		{
			name: 'no lines',
			lines: [],
			scoredLines: [],
			rows: [],
			total: { lines: 0, fte: 0, weightedFte: 0 }
		},
		{
			name: 'two wajong regular lines are one row, summed',
			lines: [line('a', 'wajong', 'regular'), line('b', 'wajong', 'regular')],
			scoredLines: [scored('a', 1, 1), scored('b', 0.5, 0.5)],
			rows: [{ position: 'wajong', contract: 'regular', lines: 2, fte: 1.5, weightedFte: 1.5 }],
			total: { lines: 2, fte: 1.5, weightedFte: 1.5 }
		},
		{
			name: 'rows follow the form order of position, then contract, whatever the line order',
			lines: [
				line('c', 'ww', 'regular'),
				line('b', 'wsw', 'trial'),
				line('a', 'wsw', 'regular'),
				line('d', 'wsw', 'trial')
			],
			scoredLines: [
				scored('a', 1, 1),
				scored('b', 0.5, 0.25),
				scored('c', 0.8, 0.4),
				scored('d', 0.5, 0.25)
			],
			rows: [
				{ position: 'wsw', contract: 'regular', lines: 1, fte: 1, weightedFte: 1 },
				{ position: 'wsw', contract: 'trial', lines: 2, fte: 1, weightedFte: 0.5 },
				{ position: 'ww', contract: 'regular', lines: 1, fte: 0.8, weightedFte: 0.4 }
			],
			total: { lines: 4, fte: 2.8, weightedFte: 1.9 }
		},
		{
			name: 'a line that does not count still counts as a line, with 0 FTE',
			lines: [line('a', 'wajong', 'regular'), line('x', 'status-lost-2y', 'regular')],
			scoredLines: [scored('a', 1, 1), scored('x', 0, 0)],
			rows: [
				{ position: 'wajong', contract: 'regular', lines: 1, fte: 1, weightedFte: 1 },
				{ position: 'status-lost-2y', contract: 'regular', lines: 1, fte: 0, weightedFte: 0 }
			],
			total: { lines: 2, fte: 1, weightedFte: 1 }
		},
		{
			name: 'not scored yet: counts only',
			lines: [line('a', 'wajong', 'regular'), line('b', 'wajong', 'supported')],
			scoredLines: null,
			rows: [
				{ position: 'wajong', contract: 'regular', lines: 1, fte: null, weightedFte: null },
				{ position: 'wajong', contract: 'supported', lines: 1, fte: null, weightedFte: null }
			],
			total: { lines: 2, fte: null, weightedFte: null }
		}
	] as const)('$name', ({ lines, scoredLines, rows, total }) => {
		const summary = summariseLines(lines, scoredLines);
		expect(summary.rows).toEqual(rows);
		expect(summary.total.lines).toBe(total.lines);
		if (total.fte === null) {
			expect(summary.total).toEqual(total);
		} else {
			expect(summary.total.fte).toBeCloseTo(total.fte, 12);
			expect(summary.total.weightedFte).toBeCloseTo(total.weightedFte, 12);
		}
	});
});

describe('summarisePurchases', () => {
	// 100,000 of a 1,000,000 turnover with 20 FTE at 50 % direct: 0.1 × 20 × 0.5 = 1 FTE.
	const certified = {
		supplier: 'Groen BV',
		kind: 'pso-certified' as const,
		amount: 100_000,
		supplierTurnover: 1_000_000,
		supplierFte: 20,
		supplierDirectPct: 50
	};
	const sw = {
		supplier: 'SW Regio',
		kind: 'sw-company' as const,
		amount: 50_000,
		supplierTurnover: 500_000,
		supplierFte: 40,
		supplierDirectPct: 100
	};

	it('lists each purchase with its indirect FTE and totals per supplier type', () => {
		const summary = summarisePurchases([sw, certified, { ...certified, supplier: 'Blauw BV' }]);
		expect(summary.rows).toEqual([
			{ supplier: 'SW Regio', kind: 'sw-company', amount: 50_000, indirectFte: 4 },
			{ supplier: 'Groen BV', kind: 'pso-certified', amount: 100_000, indirectFte: 1 },
			{ supplier: 'Blauw BV', kind: 'pso-certified', amount: 100_000, indirectFte: 1 }
		]);
		// Types in the form's order, only those that occur.
		expect(summary.byKind).toEqual([
			{ kind: 'pso-certified', purchases: 2, amount: 200_000, indirectFte: 2 },
			{ kind: 'sw-company', purchases: 1, amount: 50_000, indirectFte: 4 }
		]);
		expect(summary.total).toEqual({ purchases: 3, amount: 250_000, indirectFte: 6 });
	});

	it('has no types and a zero total without purchases', () => {
		expect(summarisePurchases([])).toEqual({
			rows: [],
			byKind: [],
			total: { purchases: 0, amount: 0, indirectFte: 0 }
		});
	});
});
