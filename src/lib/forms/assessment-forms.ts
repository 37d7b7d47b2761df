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
import { numberField } from '$lib/pso/schema-fields';
import type { Lang } from '$lib/pso/lang';
import { fieldErrors } from './field-errors';
import { FormReader } from './form-readers';
import type { z } from 'zod';

export type FormOutcome<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** The schema's verdict; a number or date refused while reading wins over the schema's word. */
function parseWith<T>(
	schema: z.ZodType<T>,
	candidate: unknown,
	reader: FormReader,
	lang: Lang
): FormOutcome<T> {
	const parsed = schema.safeParse(candidate);
	const errors = {
		...(parsed.success ? {} : fieldErrors(parsed.error, candidate, lang)),
		...reader.errors
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
	const read = new FormReader(form, lang);
	const candidate = compact({
		id: read.text('id'),
		position: read.text('position'),
		contract: read.text('contract'),
		hoursPerWeek: read.number('hoursPerWeek', 'decimal'),
		start: read.date('start'),
		inflow: read.date('inflow'),
		lksUntil: read.date('lksUntil'),
		indicationUntil: read.date('indicationUntil'),
		schoolLeft: read.date('schoolLeft'),
		wwMonths: read.number('wwMonths', 'decimal'),
		furtherIndication: read.checkbox('furtherIndication'),
		durable: read.checkbox('durable')
	});
	// `end` is required in the file format but null means "still employed".
	const line = { ...candidate, end: read.date('end') ?? null };
	return parseWith(targetGroupLineSchema, line, read, lang);
}

export function purchaseFromForm(form: FormData, lang: Lang): FormOutcome<Purchase> {
	const read = new FormReader(form, lang);
	const candidate = compact({
		supplier: read.text('supplier'),
		kind: read.text('kind'),
		amount: read.number('amount', 'amount'),
		supplierTurnover: read.number('supplierTurnover', 'amount'),
		supplierFte: read.number('supplierFte', 'decimal'),
		supplierDirectPct: read.number('supplierDirectPct', 'decimal')
	});
	return parseWith(purchaseSchema, candidate, read, lang);
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
	const read = new FormReader(form, lang);
	const candidate = compact({
		totalFte: read.number('totalFte', 'decimal'),
		headcount: read.number('headcount', 'integer'),
		fulltimeHours: read.number('fulltimeHours', 'decimal'),
		monthsActive: read.number('monthsActive', 'integer')
	});
	const outcome = parseWith(figuresSchema, candidate, read, lang);
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
