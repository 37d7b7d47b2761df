import { fieldErrors } from '$lib/forms/field-errors';
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
import type { QualitativeCriterion } from '$lib/pso/input-codes';
import type { EvidenceStepUpdate } from '$lib/server/assessments/evidence';
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

/** A criterion's new-item row: `<criterion>.newDocument`, `.newHolder`, `.newValidUntil`. */
export const newItemSchema = z.object({
	document: requiredTextField(MAX_NAME_LENGTH, 'document_required'),
	holder: optionalTextField(MAX_NAME_LENGTH),
	validUntil: optionalDateField()
});

const newItemFields = { document: 'newDocument', holder: 'newHolder', validUntil: 'newValidUntil' };

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : undefined;
};

/**
 * Reads the evidence step's one form: every criterion with its new-item row, and the plan.
 * A new-item row counts when anything was typed in it, or when its own "add" button was
 * pressed (`addFor`), so an empty document is then an error beside that row.
 */
export function readEvidenceStep(
	form: FormData,
	addFor: string | null
): { ok: true; update: EvidenceStepUpdate } | { ok: false; errors: Record<string, string> } {
	const errors: Record<string, string> = {};
	const update: EvidenceStepUpdate = {
		criteria: [],
		newItems: [],
		plan: { adopted: false, smart: false, started: false, targetRung: null, note: null }
	};
	for (const criterion of qualitativeCriteria) {
		const parsed = criterionFormSchema.safeParse({
			status: text(form, `${criterion}.status`),
			note: text(form, `${criterion}.note`)
		});
		if (parsed.success) update.criteria.push({ criterion, ...parsed.data });
		else addErrors(errors, criterion, fieldErrors(parsed.error));

		const row = {
			document: text(form, `${criterion}.newDocument`) ?? '',
			holder: text(form, `${criterion}.newHolder`) ?? '',
			validUntil: text(form, `${criterion}.newValidUntil`) ?? ''
		};
		const typed = Object.values(row).some((v) => v.trim() !== '');
		if (!typed && addFor !== criterion) continue;
		const item = newItemSchema.safeParse(row);
		if (item.success) update.newItems.push({ criterion, ...item.data });
		else
			for (const [field, message] of Object.entries(fieldErrors(item.error))) {
				const name = newItemFields[field as keyof typeof newItemFields] ?? field;
				errors[`${criterion}.${name}`] = message;
			}
	}
	const plan = planFormSchema.safeParse(Object.fromEntries(form));
	if (plan.success) {
		const p = plan.data;
		update.plan = {
			adopted: p.planAdopted,
			smart: p.planSmart,
			started: p.planStarted,
			targetRung: p.planTargetRung,
			note: p.planNote
		};
	} else Object.assign(errors, fieldErrors(plan.error));
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, update };
}

function addErrors(
	errors: Record<string, string>,
	criterion: QualitativeCriterion,
	found: Record<string, string>
) {
	for (const [field, message] of Object.entries(found)) errors[`${criterion}.${field}`] = message;
}
