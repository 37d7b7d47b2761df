// Form posts of the assessment steps → candidates for the engine's own zod schemas, so the
// web forms, CSV import, JSON import and the CLI all accept exactly the same values.
import {
	organisationSchema,
	purchaseSchema,
	targetGroupLineSchema,
	type Purchase,
	type TargetGroupLine
} from '$lib/pso/assessment-schema';
import { MAX_QUANTITY } from '$lib/pso/assessment-defaults';
import { parseNumberInput } from '$lib/pso/number-input';
import { numberField } from '$lib/pso/schema-fields';
import { issueText, numberRefusalText, type NumberKind } from '$lib/pso/validation-messages';
import { issuesFromZod } from '$lib/pso/validation-issues';
import type { Lang } from '$lib/pso/lang';
import type { z } from 'zod';

export type FormOutcome<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

function text(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim() : '';
}

/**
 * Reads the form's number fields as people type them in `lang` (number-input.ts). A refused
 * value gets its own message with the accepted forms and stays out of the candidate, so the
 * schema never sees text or a rescaled number.
 */
class NumberFields {
	readonly errors: Record<string, string> = {};
	constructor(
		private readonly form: FormData,
		private readonly lang: Lang
	) {}

	read(name: string, kind: NumberKind): number | undefined {
		const raw = text(this.form, name);
		if (raw === '') return undefined;
		const read = parseNumberInput(raw, this.lang);
		if (read.ok) return read.value;
		this.errors[name] = numberRefusalText(read.reason, kind, this.lang);
		return undefined;
	}
}

function optionalText(form: FormData, name: string): string | undefined {
	return text(form, name) || undefined;
}

function checkbox(form: FormData, name: string): boolean {
	return form.get(name) === 'on' || form.get(name) === 'true';
}

/** "must be between 0 and 60" → "Must be between 0 and 60." beside the field. */
function sentence(fragment: string): string {
	const s = fragment.charAt(0).toUpperCase() + fragment.slice(1);
	return /[.!?]$/.test(s) ? s : `${s}.`;
}

export function errorsByField(
	error: z.ZodError,
	input: unknown,
	lang: Lang
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of issuesFromZod(error, input)) {
		const field = issue.path.replace(/^\./, '') || '_form';
		out[field] ??= sentence(issueText(issue, lang));
	}
	return out;
}

/** The schema's verdict; a number refused while reading wins over the schema's word for it. */
function parseWith<T>(
	schema: z.ZodType<T>,
	candidate: unknown,
	numbers: NumberFields,
	lang: Lang
): FormOutcome<T> {
	const parsed = schema.safeParse(candidate);
	const errors = {
		...(parsed.success ? {} : errorsByField(parsed.error, candidate, lang)),
		...numbers.errors
	};
	if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
	return { ok: false, errors };
}

/** Leaves out absent values, as the file format does. */
function compact<T extends Record<string, unknown>>(o: T): T {
	return Object.fromEntries(
		Object.entries(o).filter(([, v]) => v !== undefined && v !== false)
	) as T;
}

export function lineFromForm(form: FormData, lang: Lang): FormOutcome<TargetGroupLine> {
	const numbers = new NumberFields(form, lang);
	const candidate = compact({
		id: text(form, 'id'),
		position: text(form, 'position'),
		contract: text(form, 'contract'),
		hoursPerWeek: numbers.read('hoursPerWeek', 'decimal'),
		start: text(form, 'start'),
		inflow: optionalText(form, 'inflow'),
		lksUntil: optionalText(form, 'lksUntil'),
		indicationUntil: optionalText(form, 'indicationUntil'),
		schoolLeft: optionalText(form, 'schoolLeft'),
		wwMonths: numbers.read('wwMonths', 'decimal'),
		furtherIndication: checkbox(form, 'furtherIndication'),
		durable: checkbox(form, 'durable')
	});
	// `end` is required in the file format but null means "still employed".
	const line = { ...candidate, end: text(form, 'end') || null };
	return parseWith(targetGroupLineSchema, line, numbers, lang);
}

export function purchaseFromForm(form: FormData, lang: Lang): FormOutcome<Purchase> {
	const numbers = new NumberFields(form, lang);
	const candidate = compact({
		supplier: text(form, 'supplier'),
		kind: text(form, 'kind'),
		amount: numbers.read('amount', 'amount'),
		supplierTurnover: numbers.read('supplierTurnover', 'amount'),
		supplierFte: numbers.read('supplierFte', 'decimal'),
		supplierDirectPct: numbers.read('supplierDirectPct', 'decimal')
	});
	return parseWith(purchaseSchema, candidate, numbers, lang);
}

// The organisation step: the file format's rules (fulltimeHours in (0, 60], whole headcount
// and months, contract §6.4), with totalFte required here.
const figuresSchema = organisationSchema.omit({ name: true }).extend({
	totalFte: numberField({ positive: true, limit: MAX_QUANTITY })
});

export interface Figures {
	totalFte: number;
	headcount: number | null;
	fulltimeHours: number;
	monthsActive: number;
}

export function figuresFromForm(form: FormData, lang: Lang): FormOutcome<Figures> {
	const numbers = new NumberFields(form, lang);
	const candidate = compact({
		totalFte: numbers.read('totalFte', 'decimal'),
		headcount: numbers.read('headcount', 'integer'),
		fulltimeHours: numbers.read('fulltimeHours', 'decimal'),
		monthsActive: numbers.read('monthsActive', 'integer')
	});
	const outcome = parseWith(figuresSchema, candidate, numbers, lang);
	if (!outcome.ok) return outcome;
	const v = outcome.value;
	return {
		ok: true,
		value: {
			totalFte: v.totalFte,
			headcount: v.headcount ?? null,
			fulltimeHours: v.fulltimeHours ?? 40,
			monthsActive: v.monthsActive ?? 12
		}
	};
}
