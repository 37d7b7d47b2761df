// The one mapping between a norm's key (`trede1`, as in rulesets, results and NormSet) and the
// rung it is the norm for (`trede-1`, as in RungCode). Contract §3.9: a norm per trede, and
// per basistrede where the ruleset has one.

const rungByKey = {
	basistrede: 'basistrede',
	trede1: 'trede-1',
	trede2: 'trede-2',
	trede3: 'trede-3'
} as const;

export type NormKey = keyof typeof rungByKey;
export type TredeNormKey = Exclude<NormKey, 'basistrede'>;
export type NormRung = (typeof rungByKey)[NormKey];
type KeyOf<R extends NormRung> = {
	[K in NormKey]: (typeof rungByKey)[K] extends R ? K : never;
}[NormKey];

const keyByRung = Object.fromEntries(Object.entries(rungByKey).map(([k, r]) => [r, k])) as {
	[R in NormRung]: KeyOf<R>;
};

/** `trede1` → `trede-1`. */
export function rungOfNormKey<K extends NormKey>(key: K): (typeof rungByKey)[K] {
	return rungByKey[key];
}

/** `trede-1` → `trede1`. */
export function normKeyOf<R extends NormRung>(rung: R): KeyOf<R> {
	return keyByRung[rung];
}

export interface NormBand<K extends NormKey = NormKey> {
	key: K;
	rung: (typeof rungByKey)[K];
}

/** Every norm band, lowest first. */
export const normBands: readonly NormBand[] = (Object.keys(rungByKey) as NormKey[]).map((key) => ({
	key,
	rung: rungOfNormKey(key)
}));

/** The trede bands (every ruleset has them), lowest first. */
export const tredeNormBands = normBands.filter(
	(band): band is NormBand<TredeNormKey> => band.key !== 'basistrede'
);
