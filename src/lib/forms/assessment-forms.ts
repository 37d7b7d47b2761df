// Form posts of the assessment steps → candidates for the engine's own zod schemas, so the
// web forms, CSV import, JSON import and the CLI all accept exactly the same values.
import {
	organisationSchema,
	purchaseSchema,
	targetGroupLineSchema,
	type Purchase,
	type TargetGroupLine
} from '$lib/pso/assessment-schema';
import { numberField } from '$lib/pso/schema-fields';
import { issueText } from '$lib/pso/validation-messages';
import { issuesFromZod } from '$lib/pso/validation-issues';
import type { Lang } from '$lib/pso/lang';
import type { z } from 'zod';

export type FormOutcome<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

function text(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim() : '';
}

/** A number as people type it: "32", "32,5" or "32.5"; empty → undefined; junk stays text. */
export function decimalInput(form: FormData, name: string): number | string | undefined {
	const raw = text(form, name);
	if (raw === '') return undefined;
	const normalised = raw.replace(/\s/g, '').replace(',', '.');
	return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : raw;
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

function parseWith<T>(schema: z.ZodType<T>, candidate: unknown, lang: Lang): FormOutcome<T> {
	const parsed = schema.safeParse(candidate);
	return parsed.success
		? { ok: true, value: parsed.data }
		: { ok: false, errors: errorsByField(parsed.error, candidate, lang) };
}

/** Leaves out absent values, as the file format does. */
function compact<T extends Record<string, unknown>>(o: T): T {
	return Object.fromEntries(
		Object.entries(o).filter(([, v]) => v !== undefined && v !== false)
	) as T;
}

export function lineFromForm(form: FormData, lang: Lang): FormOutcome<TargetGroupLine> {
	const candidate = compact({
		id: text(form, 'id'),
		position: text(form, 'position'),
		contract: text(form, 'contract'),
		hoursPerWeek: decimalInput(form, 'hoursPerWeek'),
		start: text(form, 'start'),
		inflow: optionalText(form, 'inflow'),
		lksUntil: optionalText(form, 'lksUntil'),
		indicationUntil: optionalText(form, 'indicationUntil'),
		schoolLeft: optionalText(form, 'schoolLeft'),
		wwMonths: decimalInput(form, 'wwMonths'),
		furtherIndication: checkbox(form, 'furtherIndication'),
		durable: checkbox(form, 'durable')
	});
	// `end` is required in the file format but null means "still employed".
	return parseWith(targetGroupLineSchema, { ...candidate, end: text(form, 'end') || null }, lang);
}

export function purchaseFromForm(form: FormData, lang: Lang): FormOutcome<Purchase> {
	return parseWith(
		purchaseSchema,
		compact({
			supplier: text(form, 'supplier'),
			kind: text(form, 'kind'),
			amount: decimalInput(form, 'amount'),
			supplierTurnover: decimalInput(form, 'supplierTurnover'),
			supplierFte: decimalInput(form, 'supplierFte'),
			supplierDirectPct: decimalInput(form, 'supplierDirectPct')
		}),
		lang
	);
}

// The organisation step: the file format's rules, plus a CAO norm no higher than 60 hours.
const figuresSchema = organisationSchema.omit({ name: true }).extend({
	totalFte: numberField({ positive: true }),
	fulltimeHours: numberField({ min: 1, max: 60 }).optional(),
	monthsActive: numberField({ integer: true, min: 0 }).optional()
});

export interface Figures {
	totalFte: number;
	headcount: number | null;
	fulltimeHours: number;
	monthsActive: number;
}

export function figuresFromForm(form: FormData, lang: Lang): FormOutcome<Figures> {
	const candidate = compact({
		totalFte: decimalInput(form, 'totalFte'),
		headcount: decimalInput(form, 'headcount'),
		fulltimeHours: decimalInput(form, 'fulltimeHours'),
		monthsActive: decimalInput(form, 'monthsActive')
	});
	const outcome = parseWith(figuresSchema, candidate, lang);
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
