// Size and norm lookup (contract §3.8, §3.9, §3.11), with the rung range's three norm
// sets (§6.1) and the modelled basistrede (§6.2).
import { rungIndex, type RungCode } from './input-codes';
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
	/** The three norm sets of contract §6.1, each with its own basistrede (§6.2). */
	headlineNorms: NormSet;
	interpolatedNorms: NormSet;
	lenientNorms: NormSet;
	/** The headline basistrede is modelled, not a number from the ruleset (§6.2). */
	basistredeModelled: boolean;
}

// Contract §6.2: Φ⁻¹(0.65) and Φ⁻¹(0.775), the percentiles of trede 1 and trede 2.
const Z65 = 0.385320466407568;
const Z775 = 0.755415026360469;
/** How far the median lies below trede 1, in units of the trede-1 → trede-2 step. */
export const BASISTREDE_SLOPE_FACTOR = Z65 / (Z775 - Z65);

/**
 * Contract §6.2: the basistrede norm modelled from trede 1 and 2 by extending their slope
 * on a log scale in probit space down to the median:
 * b = exp(ln t1 − z65 × (ln t2 − ln t1) / (z775 − z65)).
 */
export function modelledBasistrede(trede1: number, trede2: number): number {
	// A 0 % norm (possible in a user ruleset) has no logarithm; the median is then 0 too.
	if (!(trede1 > 0) || !(trede2 > 0)) return 0;
	return Math.exp(
		Math.log(trede1) - BASISTREDE_SLOPE_FACTOR * (Math.log(trede2) - Math.log(trede1))
	);
}

/** `totalFte` rounded half up, clamped to 2..105 (contract §3.8). */
export function sizeForTotalFte(totalFte: number): number {
	return Math.min(MAX_SIZE, Math.max(MIN_SIZE, Math.floor(totalFte + 0.5)));
}

function between(lower: number, upper: number, fraction: number): number {
	return lower + (upper - lower) * fraction;
}

/** Whether norm sets of this ruleset model a missing basistrede number (contract §6.2). */
function modelsBasistrede(ruleset: Ruleset): boolean {
	const { exists, model } = ruleset.norms.basistrede;
	return exists && model !== 'none';
}

/**
 * A norm set with its basistrede: the stated number when there is one (a ruleset that
 * states numbers never models them), else the model when the ruleset allows it, else null.
 */
function withBasistrede(
	ruleset: Ruleset,
	stated: number | null,
	trede: { trede1: number; trede2: number; trede3: number }
): { norms: NormSet; modelled: boolean } {
	const { trede1, trede2, trede3 } = trede;
	if (!ruleset.norms.basistrede.exists) {
		return { norms: { basistrede: null, trede1, trede2, trede3 }, modelled: false };
	}
	if (stated !== null)
		return { norms: { basistrede: stated, trede1, trede2, trede3 }, modelled: false };
	if (!modelsBasistrede(ruleset)) {
		return { norms: { basistrede: null, trede1, trede2, trede3 }, modelled: false };
	}
	const basistrede = modelledBasistrede(trede1, trede2);
	return { norms: { basistrede, trede1, trede2, trede3 }, modelled: true };
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
		const strict = withBasistrede(ruleset, headline.basistrede, headline);
		const lenient = withBasistrede(ruleset, upper.basistrede, upper);
		lookups[size] = {
			headline,
			upper,
			exact,
			headlineNorms: strict.norms,
			interpolatedNorms: interpolate(ruleset, headline, upper, size),
			lenientNorms: lenient.norms,
			basistredeModelled: strict.modelled
		};
	}
	return lookups;
}

/** Linear interpolation between the tabled neighbours (contract §3.9), basistrede per §6.2. */
function interpolate(ruleset: Ruleset, lower: NormRow, upper: NormRow, size: number): NormSet {
	if (upper.size === lower.size) return withBasistrede(ruleset, lower.basistrede, lower).norms;
	const fraction = (size - lower.size) / (upper.size - lower.size);
	const trede = {
		trede1: between(lower.trede1, upper.trede1, fraction),
		trede2: between(lower.trede2, upper.trede2, fraction),
		trede3: between(lower.trede3, upper.trede3, fraction)
	};
	// Stated numbers on both sides are interpolated; otherwise this set models its own.
	const stated =
		lower.basistrede !== null && upper.basistrede !== null
			? between(lower.basistrede, upper.basistrede, fraction)
			: null;
	return withBasistrede(ruleset, stated, trede).norms;
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

/** Norm a plan target must reach; null for a basistrede without a number (§3.11). */
export function targetNorm(
	norms: NormSet,
	rung: 'basistrede' | 'trede-1' | 'trede-2' | 'trede-3'
): number | null {
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

export interface RungRange {
	atLeast: RungCode;
	likely: RungCode;
	atMost: RungCode;
}

/**
 * Contract §6.1: the rung under the headline, the interpolated and the lenient norms. The
 * trede norms fall with size (the ruleset schema checks it), so the three are ordered; a
 * user ruleset whose stated or modelled basistrede does not fall with size could break
 * that, and the range is sorted so that `atLeast <= likely <= atMost` always holds.
 */
export function rungRangeForTotal(totalPct: number, lookup: NormLookup): RungRange {
	const rungs = [
		rungForTotal(totalPct, lookup.headlineNorms),
		rungForTotal(totalPct, lookup.interpolatedNorms),
		rungForTotal(totalPct, lookup.lenientNorms)
	].sort((a, b) => rungIndex(a) - rungIndex(b));
	const [atLeast, likely, atMost] = rungs as [RungCode, RungCode, RungCode];
	return { atLeast, likely, atMost };
}

/**
 * Contract §3.11: under a ruleset with a basistrede but no number for this size (and, from
 * §6.2, no model: `basistrede.model: "none"`), a total between 0 and the trede-1 norm may
 * well be basistrede; we cannot tell.
 */
export function basistredeUnknown(ruleset: Ruleset, totalPct: number, norms: NormSet): boolean {
	return (
		ruleset.norms.basistrede.exists &&
		norms.basistrede === null &&
		totalPct > 0 &&
		!reaches(totalPct, norms.trede1)
	);
}
