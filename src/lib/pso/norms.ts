// Size and norm lookup (contract §3.8, §3.9, §3.11).
import type { RungCode } from './input-codes';
import { normKeyOf } from './norm-bands';
import type { NormRow, Ruleset } from './ruleset-schema';
import { reaches } from './threshold';

export const MIN_SIZE = 2;
export const MAX_SIZE = 105;

export interface NormSet {
	basistrede: number | null;
	trede1: number;
	trede2: number;
	trede3: number;
}

export interface NormLookup {
	/** Headline norms: the tabled size itself, else the largest tabled size below (stricter). */
	headline: NormRow;
	/** Smallest tabled size at or above the size (equals `headline` for a tabled size). */
	upper: NormRow;
	exact: boolean;
}

/** `totalFte` rounded half up, clamped to 2..105 (contract §3.8). */
export function sizeForTotalFte(totalFte: number): number {
	return Math.min(MAX_SIZE, Math.max(MIN_SIZE, Math.floor(totalFte + 0.5)));
}

/** Per ruleset, the lookup for every size 2..105, built once (the solver looks up often). */
const lookupCache = new WeakMap<Ruleset, NormLookup[]>();

function buildLookups(ruleset: Ruleset): NormLookup[] {
	const table = ruleset.norms.table;
	const lookups: NormLookup[] = [];
	let lowerIndex = 0;
	for (let size = MIN_SIZE; size <= MAX_SIZE; size++) {
		while (lowerIndex + 1 < table.length && (table[lowerIndex + 1]?.size ?? Infinity) <= size) {
			lowerIndex++;
		}
		const headline = table[lowerIndex];
		if (headline === undefined) throw new Error(`Ruleset ${ruleset.id} has an empty norm table`);
		const exact = headline.size === size;
		// The schema guarantees the table ends at 105, so an upper neighbour always exists.
		const upper = exact ? headline : (table[lowerIndex + 1] ?? headline);
		lookups[size] = { headline, upper, exact };
	}
	return lookups;
}

export function normLookup(ruleset: Ruleset, size: number): NormLookup {
	let lookups = lookupCache.get(ruleset);
	if (lookups === undefined) {
		lookups = buildLookups(ruleset);
		lookupCache.set(ruleset, lookups);
	}
	const lookup = lookups[Math.min(MAX_SIZE, Math.max(MIN_SIZE, size))];
	if (lookup === undefined) throw new RangeError(`No norms for size ${size}`);
	return lookup;
}

function between(lower: number, upper: number, fraction: number): number {
	return lower + (upper - lower) * fraction;
}

/** Linear interpolation between the tabled neighbours (contract §3.9, reported only). */
export function interpolatedNorms(lookup: NormLookup, size: number): NormSet {
	const { headline: lower, upper } = lookup;
	if (lookup.exact || upper.size === lower.size) return lower;
	const fraction = (size - lower.size) / (upper.size - lower.size);
	return {
		// Interpolated only when both neighbours have a basistrede norm; else the stricter one.
		basistrede:
			lower.basistrede !== null && upper.basistrede !== null
				? between(lower.basistrede, upper.basistrede, fraction)
				: lower.basistrede,
		trede1: between(lower.trede1, upper.trede1, fraction),
		trede2: between(lower.trede2, upper.trede2, fraction),
		trede3: between(lower.trede3, upper.trede3, fraction)
	};
}

/** Norm a trede target must reach. */
export function tredeNorm(norms: NormSet, rung: 'trede-1' | 'trede-2' | 'trede-3'): number {
	return norms[normKeyOf(rung)];
}

/** Quantitative rung of an eligible organisation (contract §3.11). */
export function rungForTotal(totalPct: number, norms: NormSet): RungCode {
	if (reaches(totalPct, norms.trede3)) return 'trede-3';
	if (reaches(totalPct, norms.trede2)) return 'trede-2';
	if (reaches(totalPct, norms.trede1)) return 'trede-1';
	if (norms.basistrede !== null && reaches(totalPct, norms.basistrede)) return 'basistrede';
	return 'none';
}

/**
 * Contract §3.11: under a ruleset with a basistrede but no number for this size, a total
 * between 0 and the trede-1 norm may well be basistrede; we cannot tell.
 */
export function basistredeUnknown(ruleset: Ruleset, totalPct: number, norms: NormSet): boolean {
	return (
		ruleset.norms.basistrede.exists &&
		norms.basistrede === null &&
		totalPct > 0 &&
		!reaches(totalPct, norms.trede1)
	);
}
