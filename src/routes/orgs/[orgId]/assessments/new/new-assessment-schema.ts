import { dateField, requiredTextField } from '$lib/forms/form-readers';
import { MAX_NAME_LENGTH, MAX_PERIOD_DAYS } from '$lib/pso/assessment-defaults';
import { inclusiveDays, parseIsoDate } from '$lib/pso/iso-date';
import { isShippedRulesetId } from '$lib/pso/ruleset-registry';
import { z } from 'zod';

export const newAssessmentSchema = z
	.object({
		// A scenario name is free text: no BSN (issue 8 item 7).
		name: requiredTextField(MAX_NAME_LENGTH, 'name_required'),
		periodStart: dateField(),
		periodEnd: dateField(),
		rulesetId: z.string().refine(isShippedRulesetId, 'ruleset_invalid'),
		basedOn: z
			.string()
			.optional()
			.transform((s) => s || null)
	})
	.superRefine((v, ctx) => {
		const start = parseIsoDate(v.periodStart);
		const end = parseIsoDate(v.periodEnd);
		if (start === null || end === null) return;
		const days = inclusiveDays(start, end);
		// A peiljaar is a period of at most 366 days (contract §2).
		if (days === 0 || days > MAX_PERIOD_DAYS) {
			ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'period_invalid' });
		}
	});
