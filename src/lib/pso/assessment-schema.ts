// The assessment file `pso-assessment/1` (contract §2): the CLI's input, the app's
// import/export format and the fixtures' format. Optional fields may be absent or null;
// both mean "not given". Unknown fields are refused, so a typo cannot silently change a
// score and no line can carry a name (contract §2: pseudonymous ids only).
// Every issue has a stable code; see validation-issues.ts.
import { z } from 'zod';
import {
	DEFAULT_FULLTIME_HOURS,
	MAX_FULLTIME_HOURS,
	MAX_HOURS_PER_WEEK,
	MAX_ID_LENGTH,
	MAX_NAME_LENGTH,
	MAX_NOTE_LENGTH,
	MAX_PERIOD_DAYS,
	MAX_QUANTITY
} from './assessment-defaults';
import { containsPossibleBsn } from './bsn';
import { containsEmailAddress, looksLikePersonName } from './personal-name';
import { employmentFteInPeriod } from './employment-fte';
import {
	contractCodes,
	positionCodes,
	purchaseKinds,
	qualitativeCriteria,
	qualitativeStatuses,
	targetRungCodes
} from './input-codes';
import { inclusiveDays, parseIsoDate } from './iso-date';
import { isShippedRulesetId } from './ruleset-registry';
import {
	addCodedIssue,
	codeField,
	isoDateField,
	literalField,
	noteField,
	numberField,
	textField
} from './schema-fields';
import { issuesFromZod, type ParseOutcome, type ValidationIssue } from './validation-issues';
import { fteBasisSchema } from './staff-fte';

export {
	contractCodes,
	positionCodes,
	purchaseKinds,
	qualitativeCriteria,
	qualitativeStatuses,
	rungCodes,
	targetRungCodes
} from './input-codes';
export type {
	ContractCode,
	PositionCode,
	PurchaseKind,
	QualitativeCriterion,
	QualitativeStatus,
	RungCode,
	TargetRungCode
} from './input-codes';
export type { ValidationIssue, ParseOutcome } from './validation-issues';

/** Tolerance for the totalFte consistency check, as for every comparison (contract §3.10). */
const FTE_TOLERANCE = 1e-9;

const date = isoDateField();
const optionalDate = date.nullish();
const optionalFlag = z.boolean().nullish();

/**
 * The period and duplicate-id checks run even when a sibling field failed, so one pass
 * reports most problems; they re-check the types they read. A line's end >= start check
 * and the totalFte check need valid values and run only then.
 */
interface Payload {
	value: unknown;
	issues: readonly unknown[];
}
const whenObject = {
	when: (payload: Payload) => typeof payload.value === 'object' && payload.value !== null
};
const whenList = { when: (payload: Payload) => Array.isArray(payload.value) };
const whenValid = { when: (payload: Payload) => payload.issues.length === 0 };

/** Day number of a field that may have failed its own check. */
function dayOf(value: unknown): number | null {
	return typeof value === 'string' ? parseIsoDate(value) : null;
}

export const periodSchema = z
	.strictObject({ start: date, end: date })
	.superRefine((period, ctx) => {
		const start = dayOf(period.start);
		const end = dayOf(period.end);
		if (start === null || end === null) return;
		const days = inclusiveDays(start, end);
		if (days === 0) {
			addCodedIssue(ctx, 'period-end-before-start', 'must not be before period.start', ['end']);
		} else if (days > MAX_PERIOD_DAYS) {
			addCodedIssue(
				ctx,
				'period-too-long',
				`must lie within ${MAX_PERIOD_DAYS} days of period.start`,
				['end'],
				{
					max: MAX_PERIOD_DAYS,
					days
				}
			);
		}
	}, whenObject);

export const organisationSchema = z.strictObject({
	name: textField(MAX_NAME_LENGTH).nullish(),
	/** CAO full-time norm in hours per week; default 40. */
	fulltimeHours: numberField({ positive: true, max: MAX_FULLTIME_HOURS }).nullish(),
	/** Whole months with at least 2 FTE; default 12. */
	monthsActive: numberField({ integer: true, min: 0, limit: MAX_QUANTITY }).nullish(),
	/** All employees on period.end (PSO 30+); persons, so a whole number. */
	headcount: numberField({ integer: true, min: 1, limit: MAX_QUANTITY }).nullish(),
	/** How totalFte was obtained; not scored (staff-fte.ts, docs/scoring-rules.md §2). */
	fteBasis: fteBasisSchema.nullish()
});

/**
 * Pseudonymous only (contract §2): an id that could be a BSN, an e-mail address or a
 * person's name is refused on every path (form, CSV, JSON import), each with its reason.
 */
const lineIdField = textField(MAX_ID_LENGTH, { refuseBsn: false }).superRefine((id, ctx) => {
	if (containsPossibleBsn(id)) {
		addCodedIssue(ctx, 'looks-like-bsn', 'looks like a BSN; use a pseudonymous code');
	} else if (containsEmailAddress(id)) {
		addCodedIssue(ctx, 'looks-like-email', 'looks like an e-mail address; use a pseudonymous code');
	} else if (looksLikePersonName(id)) {
		addCodedIssue(ctx, 'looks-like-name', "looks like a person's name; use a pseudonymous code");
	}
});

export const targetGroupLineSchema = z
	.strictObject({
		id: lineIdField,
		position: codeField(positionCodes, 'unknown-position'),
		contract: codeField(contractCodes, 'unknown-contract'),
		hoursPerWeek: numberField({ min: 0, max: MAX_HOURS_PER_WEEK }),
		start: date,
		/** null = still employed. */
		end: date.nullable(),
		/** The date an N-year window runs from; default `start`. */
		inflow: optionalDate,
		lksUntil: optionalDate,
		indicationUntil: optionalDate,
		schoolLeft: optionalDate,
		wwMonths: numberField({ min: 0, limit: MAX_QUANTITY }).nullish(),
		furtherIndication: optionalFlag,
		durable: optionalFlag
	})
	.superRefine((line, ctx) => {
		// Runs only on a line whose fields are all valid, so both are real ISO dates and
		// compare as strings (cheaper than parsing them again for 10,000 lines).
		if (line.end !== null && line.end < line.start) {
			addCodedIssue(ctx, 'end-before-start', 'must not be before start', ['end']);
		}
	}, whenValid);

export const purchaseSchema = z.strictObject({
	supplier: textField(MAX_NAME_LENGTH),
	kind: codeField(purchaseKinds, 'unknown-purchase-kind'),
	amount: numberField({ positive: true, limit: MAX_QUANTITY }),
	supplierTurnover: numberField({ positive: true, limit: MAX_QUANTITY }),
	supplierFte: numberField({ min: 0, limit: MAX_QUANTITY }),
	supplierDirectPct: numberField({ min: 0, max: 100 })
});

const status = codeField(qualitativeStatuses, 'unknown-status').nullish();

export const qualitativeSchema = z.strictObject({
	suitableWork: status,
	integration: status,
	development: status,
	guidance: status
});

export const actionPlanSchema = z.strictObject({
	adopted: optionalFlag,
	smart: optionalFlag,
	started: optionalFlag,
	targetRung: codeField(targetRungCodes, 'unknown-rung').nullish(),
	/** The app's own note; not scored. */
	note: noteField(MAX_NOTE_LENGTH).nullish()
});

/** Evidence the app keeps per qualitative criterion (pso-method §7); not scored. */
export const evidenceSchema = z.partialRecord(
	z.enum(qualitativeCriteria),
	z.strictObject({
		note: noteField(MAX_NOTE_LENGTH).nullish(),
		items: z
			.array(
				z.strictObject({
					document: textField(MAX_NAME_LENGTH),
					holder: noteField(MAX_NAME_LENGTH).nullish(),
					validUntil: optionalDate
				})
			)
			.nullish()
	})
);

const targetGroupSchema = z.array(targetGroupLineSchema).superRefine((lines, ctx) => {
	const seen = new Set<string>();
	lines.forEach((line: unknown, index) => {
		const id =
			typeof line === 'object' && line !== null ? (line as { id?: unknown }).id : undefined;
		if (typeof id !== 'string') return;
		if (seen.has(id)) {
			addCodedIssue(ctx, 'duplicate-id', `"${id}" is used by an earlier line`, [index, 'id'], {
				id
			});
		}
		seen.add(id);
	});
}, whenList);

/** Builds the schema; `isKnownRuleset` decides which `ruleset` ids are accepted. */
export function createAssessmentSchema(isKnownRuleset: (id: string) => boolean) {
	return z
		.strictObject({
			format: literalField('pso-assessment/1', 'unknown-format'),
			/** The app's name for this scenario; not scored. */
			scenario: textField(MAX_NAME_LENGTH).nullish(),
			ruleset: z
				.string()
				.refine(isKnownRuleset, {
					message: 'is not a known ruleset',
					params: { code: 'unknown-ruleset' }
				})
				.nullish(),
			period: periodSchema,
			organisation: organisationSchema.nullish(),
			/** FTE of all staff over the period, target group included. */
			totalFte: numberField({ positive: true, limit: MAX_QUANTITY }),
			targetGroup: targetGroupSchema.nullish(),
			purchases: z.array(purchaseSchema).nullish(),
			qualitative: qualitativeSchema.nullish(),
			actionPlan: actionPlanSchema.nullish(),
			evidence: evidenceSchema.nullish()
		})
		.superRefine((assessment, ctx) => {
			const lines = assessment.targetGroup ?? [];
			const fulltimeHours = assessment.organisation?.fulltimeHours ?? DEFAULT_FULLTIME_HOURS;
			const targetGroupFte = employmentFteInPeriod(lines, assessment.period, fulltimeHours);
			if (assessment.totalFte + FTE_TOLERANCE < targetGroupFte) {
				const rounded = Math.round(targetGroupFte * 100) / 100;
				addCodedIssue(
					ctx,
					'total-fte-below-target-group',
					`must be at least the target group's FTE in the period (${rounded})`,
					['totalFte'],
					{ targetGroupFte: rounded }
				);
			}
		}, whenValid);
}

export const assessmentSchema = createAssessmentSchema(isShippedRulesetId);

export type AssessmentInput = z.infer<typeof assessmentSchema>;
export type TargetGroupLine = z.infer<typeof targetGroupLineSchema>;
export type Purchase = z.infer<typeof purchaseSchema>;
export type Qualitative = z.infer<typeof qualitativeSchema>;
export type ActionPlan = z.infer<typeof actionPlanSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;

export interface ParseAssessmentOptions {
	/** Ruleset ids to accept besides the shipped ones (e.g. a user-supplied ruleset). */
	extraRulesetIds?: readonly string[];
}

function schemaFor(options: ParseAssessmentOptions) {
	const extra = options.extraRulesetIds;
	if (extra === undefined || extra.length === 0) return assessmentSchema;
	const known = new Set(extra);
	return createAssessmentSchema((id) => isShippedRulesetId(id) || known.has(id));
}

/** Validates a parsed JSON value (contract §2). Nothing partial: a value or every issue. */
export function parseAssessment(
	json: unknown,
	options: ParseAssessmentOptions = {}
): ParseOutcome<AssessmentInput> {
	const parsed = schemaFor(options).safeParse(json);
	if (parsed.success) return { ok: true, value: parsed.data };
	return { ok: false, issues: issuesFromZod(parsed.error, json) };
}

/** Like `parseAssessment`, from JSON text; unparseable JSON is issue `invalid-json`. */
export function parseAssessmentText(
	text: string,
	options: ParseAssessmentOptions = {}
): ParseOutcome<AssessmentInput> {
	let json: unknown;
	try {
		// Files saved by Windows editors often start with a byte-order mark.
		json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		const issue: ValidationIssue = {
			path: '',
			code: 'invalid-json',
			message: `is not valid JSON (${detail})`
		};
		return { ok: false, issues: [issue] };
	}
	return parseAssessment(json, options);
}
