// The result `pso-result/1` (contract §3a). Key names are part of the contract: the CLI
// prints exactly this object and the app stores it. Percentages are unrounded numbers
// (4.0 means 4 %); purchase amounts are whole euros, rounded up.
import { z } from 'zod';
import { qualitativeCriteria, rungCodes } from './input-codes';
import {
	aspirantMissingCodes,
	ineligibleReasonCodes,
	pso30plusReasonCodes,
	warningCodes
} from './result-codes';

const rung = z.enum(rungCodes);

const tredeEntrySchema = z.strictObject({
	rung: z.enum(['trede-1', 'trede-2', 'trede-3']),
	extraWeightedFte: z.number().nonnegative().nullable(),
	extraPurchaseAmount: z.number().int().nonnegative().nullable()
});

const pso30plusEntrySchema = z.strictObject({
	rung: z.literal('pso-30plus'),
	extraQualifyingPersons: z.number().int().nonnegative(),
	extraQualifyingFte: z.number().nonnegative()
});

export const resultLineSchema = z.strictObject({
	id: z.string(),
	fte: z.number(),
	positionWeight: z.number(),
	contractWeight: z.number(),
	weightedFte: z.number(),
	countsOnPeriodEnd: z.boolean(),
	countsUntil: z.string().nullable()
});

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
	norms: z.strictObject({
		/** The tabled size whose norms are used (the size itself when tabled). */
		size: z.number().int(),
		basistrede: z.number().nullable(),
		trede1: z.number(),
		trede2: z.number(),
		trede3: z.number(),
		estimated: z.boolean(),
		interpolated: z.strictObject({ trede1: z.number(), trede2: z.number(), trede3: z.number() }),
		rungIfInterpolated: rung
	}),
	quantitativeRung: rung,
	rung,
	qualitativeGaps: z.array(z.enum(qualitativeCriteria)),
	aspirant: z.strictObject({
		available: z.boolean(),
		missing: z.array(z.enum(aspirantMissingCodes))
	}),
	pso30plus: z.strictObject({
		eligible: z.boolean(),
		headcountPct: z.number().nullable(),
		ftePct: z.number(),
		reasons: z.array(z.enum(pso30plusReasonCodes))
	}),
	nextRungs: z.array(z.union([tredeEntrySchema, pso30plusEntrySchema])),
	lines: z.array(resultLineSchema),
	warnings: z.array(z.enum(warningCodes))
});

export type AssessmentResult = z.infer<typeof resultSchema>;
export type ResultNorms = AssessmentResult['norms'];
export type ResultNextRung = AssessmentResult['nextRungs'][number];
