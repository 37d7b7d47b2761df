// Reads the tender form: amounts and percentages as people type them (number-input.ts, via
// FormReader), dates as `dd-mm-jjjj` or ISO, then zod for bounds and codes. Errors come back
// per field in the visitor's language.
import { FormReader } from '$lib/forms/form-readers';
import { containsPossibleBsn } from '$lib/pso/bsn';
import type { Lang } from '$lib/pso/lang';
import { m } from '$lib/paraglide/messages';
import type { TenderFields } from '$lib/server/tenders';
import { MAX_EUR } from '$lib/sr/policy-schema';
import { tenderScopes } from '$lib/sr/tender-schema';
import { z } from 'zod';

const texts = {
	name_required: m.tender_error_name_required,
	policy_invalid: m.tender_error_policy,
	value_invalid: m.tender_error_contract_value,
	scope_invalid: m.tender_error_scope,
	pct_invalid: m.tender_error_pct,
	date_required: m.tender_error_date_required,
	end_before_start: m.tender_error_end_before_start,
	too_long: m.error_text_too_long,
	contains_bsn: m.error_contains_bsn
} as const;
type Code = keyof typeof texts;

const pct = z.number().min(0, 'pct_invalid').max(100, 'pct_invalid').nullable();
const schemaFor = (isPolicyAvailable: (id: string) => boolean) =>
	z.object({
		name: z.string().min(1, 'name_required').max(200, 'too_long'),
		policyId: z.string().refine(isPolicyAvailable, 'policy_invalid'),
		contractValue: z
			.number('value_invalid')
			.positive('value_invalid')
			.max(MAX_EUR, 'value_invalid'),
		scope: z.enum(tenderScopes, 'scope_invalid'),
		labourSharePct: pct,
		start: z.string('date_required'),
		end: z.string('date_required'),
		pctOverride: pct,
		notes: z
			.string()
			.max(2000, 'too_long')
			.nullable()
			.refine((s) => s === null || !containsPossibleBsn(s), 'contains_bsn')
	});

export type TenderFormOutcome =
	{ ok: true; fields: TenderFields } | { ok: false; errors: Record<string, string> };

/**
 * `isPolicyAvailable` says which policy ids this organisation may choose (shipped, its own
 * and the global custom ones: tenders.isPolicyAvailable); any other id is an unknown policy.
 */
export function readTenderForm(
	form: FormData,
	lang: Lang,
	isPolicyAvailable: (id: string) => boolean
): TenderFormOutcome {
	const reader = new FormReader(form, lang);
	const candidate = {
		name: reader.text('name'),
		policyId: reader.text('policyId'),
		contractValue: reader.number('contractValue', 'amount'),
		scope: reader.text('scope'),
		labourSharePct: reader.number('labourSharePct', 'decimal') ?? null,
		start: reader.date('start'),
		end: reader.date('end'),
		pctOverride: reader.number('pctOverride', 'decimal') ?? null,
		notes: reader.text('notes') || null
	};
	const parsed = schemaFor(isPolicyAvailable).safeParse(candidate);
	const errors: Record<string, string> = { ...reader.errors };
	// Checked apart from the schema, so it shows even when another field is refused too.
	const { start, end } = candidate;
	if (start !== undefined && end !== undefined && end < start && errors.end === undefined) {
		errors.end = texts.end_before_start({}, { locale: lang });
	}
	if (parsed.success && Object.keys(errors).length === 0) return { ok: true, fields: parsed.data };
	for (const issue of parsed.success ? [] : parsed.error.issues) {
		const field = issue.path.map(String).join('.');
		if (errors[field] !== undefined) continue;
		const code = issue.message as Code;
		errors[field] = (texts[code] ?? m.error_invalid_value)({}, { locale: lang });
	}
	return { ok: false, errors };
}
