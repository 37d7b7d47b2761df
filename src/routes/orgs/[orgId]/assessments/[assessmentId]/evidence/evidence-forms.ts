import {
	qualitativeCriteria,
	qualitativeStatuses,
	targetRungCodes
} from '$lib/pso/assessment-schema';
import { containsPossibleBsn } from '$lib/pso/bsn';
import { parseIsoDate } from '$lib/pso/iso-date';
import { z } from 'zod';

/** No BSN in any free text (issue 8 item 7): it would stay in the audit trail for good. */
const noBsn = (s: string) => !containsPossibleBsn(s);

const note = z
	.string()
	.trim()
	.max(4000, 'text_too_long')
	.refine(noBsn, 'contains_bsn')
	.transform((s) => s || null);

const flag = z
	.string()
	.optional()
	.transform((v) => v === 'on');

/** One criterion as posted: `<criterion>.status` and `<criterion>.note`. */
export const criterionFormSchema = z.object({
	status: z.enum(qualitativeStatuses, 'status_invalid'),
	note: note.optional().transform((v) => v ?? null)
});

/** The action plan, posted in the same form as the criteria. */
export const planFormSchema = z.object({
	planAdopted: flag,
	planSmart: flag,
	planStarted: flag,
	planTargetRung: z
		.union([z.enum(targetRungCodes), z.literal('')])
		.optional()
		.transform((v) => v || null),
	planNote: note.optional().transform((v) => v ?? null)
});

export const evidenceItemSchema = z.object({
	criterion: z.enum(qualitativeCriteria, 'criterion_invalid'),
	document: z
		.string()
		.trim()
		.min(1, 'document_required')
		.max(200, 'text_too_long')
		.refine(noBsn, 'contains_bsn'),
	holder: z
		.string()
		.trim()
		.max(200, 'text_too_long')
		.refine(noBsn, 'contains_bsn')
		.optional()
		.transform((s) => s || null),
	validUntil: z
		.string()
		.optional()
		.transform((s) => s || null)
		.refine((s) => s === null || parseIsoDate(s) !== null, 'date_invalid')
});
