// The result `pso-result/1` (contract §3a, with the additions of version 2, §6.5). Key
// names are part of the contract: the CLI prints exactly this object and the app stores it.
// Percentages are unrounded numbers (4.0 means 4 %); purchase amounts are whole euros,
// rounded up.
//
// Two schemas, one format: `resultSchema` is what the engine produces today (every
// version-2 field present); `storedResultSchema` is what may be read back, where a result
// stored before version 2 (a finalised assessment keeps its result, §6.5) lacks them.
import { z } from 'zod';
import { qualitativeCriteria, rungCodes } from './input-codes';
import {
	aspirantMissingCodes,
	ineligibleReasonCodes,
	pso30plusReasonCodes,
	purchaseBlockers,
	warningCodes
} from './result-codes';

const rung = z.enum(rungCodes);

const tredeEntrySchema = z.strictObject({
	rung: z.enum(['basistrede', 'trede-1', 'trede-2', 'trede-3']),
	extraWeightedFte: z.number().nonnegative().nullable(),
	extraPurchaseAmount: z.number().int().nonnegative().nullable(),
	/** Why there is no purchase amount (§6.4); null when there is one. */
	extraPurchaseBlockedBy: z.enum(purchaseBlockers).nullable()
});

const pso30plusEntrySchema = z.strictObject({
	rung: z.literal('pso-30plus'),
	extraQualifyingPersons: z.number().int().nonnegative(),
	extraQualifyingFte: z.number().nonnegative()
});

const tredeNorms = z.strictObject({ trede1: z.number(), trede2: z.number(), trede3: z.number() });
const lenientNorms = tredeNorms.extend({ size: z.number().int() });

const normsSchema = z.strictObject({
	/** The tabled size whose norms the headline uses (the size itself when tabled). */
	size: z.number().int(),
	/** The headline's basistrede: stated, modelled (§6.2) or null. */
	basistrede: z.number().nullable(),
	basistredeModelled: z.boolean(),
	trede1: z.number(),
	trede2: z.number(),
	trede3: z.number(),
	estimated: z.boolean(),
	interpolated: tredeNorms,
	rungIfInterpolated: rung,
	/** Norms of the smallest tabled size above the size (§6.1). */
	lenient: lenientNorms
});

const pso30plusSchema = z.strictObject({
	eligible: z.boolean(),
	headcountPct: z.number().nullable(),
	ftePct: z.number(),
	/** Qualifying persons on a regular contract / headcount (§6.3). */
	regularPct: z.number().nullable(),
	kernteamPossible: z.boolean(),
	reasons: z.array(z.enum(pso30plusReasonCodes))
});

const rungRangeSchema = z.strictObject({ atLeast: rung, likely: rung, atMost: rung });

export const resultLineSchema = z.strictObject({
	id: z.string(),
	fte: z.number(),
	positionWeight: z.number(),
	contractWeight: z.number(),
	weightedFte: z.number(),
	countsOnPeriodEnd: z.boolean(),
	countsUntil: z.string().nullable()
});

/** A result as the engine produces it now (every version-2 field present). */
export const resultSchema = z.strictObject({
	format: z.literal('pso-result/1'),
	ruleset: z.string(),
	eligible: z.boolean(),
	ineligibleReasons: z.array(z.enum(ineligibleReasonCodes)),
	totalFte: z.number(),
	size: z.number().int(),
	direct: z.strictObject({ weightedFte: z.number(), pct: z.number() }),
	indirect: z.strictObject({
		fte: z.number(),
		pct: z.number(),
		countedPct: z.number(),
		capped: z.boolean()
	}),
	totalPct: z.number(),
	norms: normsSchema,
	quantitativeRung: rung,
	rung,
	/** Contract §6.1: the rung under the headline, interpolated and lenient norms. */
	rungRange: rungRangeSchema,
	/** `rungRange.likely` after the qualitative criteria (§6.1). */
	likelyRung: rung,
	qualitativeGaps: z.array(z.enum(qualitativeCriteria)),
	/** Criteria `met` without an evidence item, when the file has evidence (§6.4). */
	evidenceMissing: z.array(z.enum(qualitativeCriteria)),
	aspirant: z.strictObject({
		available: z.boolean(),
		missing: z.array(z.enum(aspirantMissingCodes))
	}),
	pso30plus: pso30plusSchema,
	nextRungs: z.array(z.union([tredeEntrySchema, pso30plusEntrySchema])),
	lines: z.array(resultLineSchema),
	warnings: z.array(z.enum(warningCodes))
});

/** A result as it may be read back: one stored before version 2 lacks the §6.5 additions. */
export const storedResultSchema = resultSchema.extend({
	norms: normsSchema.extend({
		basistredeModelled: z.boolean().optional(),
		lenient: lenientNorms.optional()
	}),
	rungRange: rungRangeSchema.optional(),
	likelyRung: rung.optional(),
	evidenceMissing: z.array(z.enum(qualitativeCriteria)).optional(),
	pso30plus: pso30plusSchema.extend({
		regularPct: z.number().nullable().optional(),
		kernteamPossible: z.boolean().optional()
	}),
	nextRungs: z.array(
		z.union([
			tredeEntrySchema.extend({
				extraPurchaseBlockedBy: z.enum(purchaseBlockers).nullable().optional()
			}),
			pso30plusEntrySchema
		])
	)
});

/** What the engine returns: every version-2 field present. */
export type ScoredResult = z.infer<typeof resultSchema>;
/** Any result the app may show, stored ones included: version-2 fields may be absent. */
export type AssessmentResult = z.infer<typeof storedResultSchema>;
export type ResultNorms = AssessmentResult['norms'];
export type ResultNextRung = AssessmentResult['nextRungs'][number];
