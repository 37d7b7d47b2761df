// The rung scale (src/lib/pso/rung-scale.ts) as SQL, so a query that compares rungs orders
// them exactly as the code does. The codes are our own constants, never user input; quotes
// are doubled all the same.
import { certifiedLevel, estimatedLevel } from '$lib/pso/rung-scale';

const quoted = (code: string): string => `'${code.replaceAll("'", "''")}'`;

/** `CASE column WHEN 'code' THEN level … [ELSE otherwise] END` for one level table. */
export function rungLevelCase(
	column: string,
	levels: Readonly<Record<string, number>>,
	otherwise?: number
): string {
	const whens = Object.entries(levels).map(([code, level]) => `WHEN ${quoted(code)} THEN ${level}`);
	const fallback = otherwise === undefined ? '' : ` ELSE ${otherwise}`;
	return `CASE ${column} ${whens.join(' ')}${fallback} END`;
}

/** A certificate's rung on the scale; NULL without a certificate. */
export function certifiedLevelSql(rungColumn: string): string {
	return rungLevelCase(rungColumn, certifiedLevel);
}

/**
 * An estimate on the scale, raised to aspirant when that status is met (`estimateLevelOf`);
 * an unscored estimate counts as 0. `aspirantColumn` holds 0 or 1.
 */
export function estimateLevelSql(rungColumn: string, aspirantColumn: string): string {
	return `max(${rungLevelCase(rungColumn, estimatedLevel, 0)}, ${aspirantColumn} * ${certifiedLevel.aspirant})`;
}
