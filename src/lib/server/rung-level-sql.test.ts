// The advisor portfolio compares rungs in SQL; it must order them exactly as the code does,
// or "estimate below certified" would differ between the portfolio and the renewal panel.
import { describe, expect, it } from 'vitest';
import { certifiedRungs } from '$lib/pso/certified-rung';
import { rungCodes } from '$lib/pso/input-codes';
import { certifiedLevel, estimateLevelOf } from '$lib/pso/rung-scale';
import { openTestDatabase } from './db';
import { certifiedLevelSql, estimateLevelSql } from './rung-level-sql';

const db = openTestDatabase();

const sqlValue = (expression: string, params: Record<string, unknown>): number | null =>
	(db.prepare(`SELECT ${expression} AS v`).get(params) as { v: number | null }).v;

describe('rung levels in SQL', () => {
	it.each(certifiedRungs)('a %s certificate has the same level in SQL and in code', (rung) => {
		expect(sqlValue(certifiedLevelSql('$rung'), { rung })).toBe(certifiedLevel[rung]);
	});

	it('has no level without a certificate', () => {
		expect(sqlValue(certifiedLevelSql('$rung'), { rung: null })).toBeNull();
	});

	it.each(rungCodes.flatMap((rung) => [0, 1].map((aspirant) => [rung, aspirant] as const)))(
		'an estimate of %s (aspirant %i) has the same level in SQL and in code',
		(rung, aspirant) => {
			expect(sqlValue(estimateLevelSql('$rung', '$aspirant'), { rung, aspirant })).toBe(
				estimateLevelOf(rung, aspirant === 1)
			);
		}
	);

	it('puts an unscored estimate at the bottom, or at aspirant when that status is met', () => {
		expect(sqlValue(estimateLevelSql('$rung', '$aspirant'), { rung: null, aspirant: 0 })).toBe(0);
		expect(sqlValue(estimateLevelSql('$rung', '$aspirant'), { rung: null, aspirant: 1 })).toBe(
			certifiedLevel.aspirant
		);
	});
});
