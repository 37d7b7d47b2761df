import {
	checkboxField,
	optionalDateField,
	optionalTextField,
	requiredTextField
} from '$lib/forms/form-readers';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '$lib/pso/assessment-defaults';
import {
	qualitativeCriteria,
	qualitativeStatuses,
	targetRungCodes
} from '$lib/pso/assessment-schema';
import { z } from 'zod';

/** One criterion as posted: `<criterion>.status` and `<criterion>.note`. */
export const criterionFormSchema = z.object({
	status: z.enum(qualitativeStatuses, 'status_invalid'),
	note: optionalTextField(MAX_NOTE_LENGTH)
});

/** The action plan, posted in the same form as the criteria. */
export const planFormSchema = z.object({
	planAdopted: checkboxField(),
	planSmart: checkboxField(),
	planStarted: checkboxField(),
	planTargetRung: z
		.union([z.enum(targetRungCodes), z.literal('')])
		.optional()
		.transform((v) => v || null),
	planNote: optionalTextField(MAX_NOTE_LENGTH)
});

export const evidenceItemSchema = z.object({
	criterion: z.enum(qualitativeCriteria, 'criterion_invalid'),
	document: requiredTextField(MAX_NAME_LENGTH, 'document_required'),
	holder: optionalTextField(MAX_NAME_LENGTH),
	validUntil: optionalDateField()
});
