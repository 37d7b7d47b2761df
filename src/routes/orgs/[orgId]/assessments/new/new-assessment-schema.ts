import { containsPossibleBsn } from '$lib/pso/bsn';
import { isShippedRulesetId } from '$lib/pso/ruleset-registry';
import { inclusiveDays, parseIsoDate } from '$lib/pso/iso-date';
import { z } from 'zod';

const isoDate = z.string().refine((s) => parseIsoDate(s) !== null, 'date_invalid');

export const newAssessmentSchema = z
	.object({
		name: z
			.string()
			.trim()
			.min(1, 'name_required')
			.max(200, 'text_too_long')
			// A scenario name is free text: no BSN (issue 8 item 7).
			.refine((s) => !containsPossibleBsn(s), 'contains_bsn'),
		periodStart: isoDate,
		periodEnd: isoDate,
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
		if (days === 0 || days > 366) {
			ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'period_invalid' });
		}
	});
