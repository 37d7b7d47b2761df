// The result `sr-result/1` (SR §4). Amounts are whole euros; a known amount is a range with
// `min == max`, an unknown one a range (never a zero standing in for "unknown").
import { z } from 'zod';

/** The warning codes of SR §3; our own additions are listed in SR §8. */
export const warningCodes = [
	'threshold-unknown',
	'labour-share-unknown',
	'duration-unknown',
	'pct-unknown',
	'ask-buyer',
	'alternative-route',
	'recertification-needed',
	'estimate-not-certificate'
] as const;
export type WarningCode = (typeof warningCodes)[number];

const rangeSchema = z
	.strictObject({ min: z.number().min(0), max: z.number().min(0) })
	.refine((range) => range.min <= range.max, { message: 'needs min <= max' });
export type Range = z.infer<typeof rangeSchema>;

const fillSchema = z.strictObject({
	block: z.string(),
	/** Euros per full-time year; null when the policy does not give one (SR §3.7). */
	valuePerYear: z.number().positive().nullable(),
	fteYears: rangeSchema.nullable()
});
export type FillEntry = z.infer<typeof fillSchema>;

export const srResultSchema = z.strictObject({
	format: z.literal('sr-result/1'),
	policy: z.string(),
	policyVersion: z.string().nullable(),
	/** null: a threshold condition is unknown, so the obligation is computed "as if" (SR §3.1). */
	applicable: z.boolean().nullable(),
	/** The percentage used; null when unknown (SR §3.2); 0 when not applicable. */
	pct: z.number().min(0).max(100).nullable(),
	obligation: rangeSchema,
	credit: rangeSchema,
	conditional: z.boolean(),
	/** The date by which a renewal at the same rung is needed (SR §3.6). */
	recertifyBy: z.string().nullable(),
	remaining: rangeSchema,
	fill: z.array(fillSchema),
	warnings: z.array(z.enum(warningCodes)),
	sources: z.array(z.string())
});
export type SrResult = z.infer<typeof srResultSchema>;
