// Field schemas shared by the assessment and ruleset schemas. Each failed check becomes a
// zod "custom" issue with `params.code` (see validation-issues.ts), so every problem has a
// stable code as well as an English message.
import { z } from 'zod';
import { containsPossibleBsn } from './bsn';
import { isIsoDate } from './iso-date';
import type { IssueCode, IssueParams } from './validation-issues';

type Refinement = z.core.$RefinementCtx;

/** Adds one coded issue; `path` is relative to the value being refined. */
export function addCodedIssue(
	ctx: Refinement,
	code: IssueCode,
	message: string,
	path: PropertyKey[] = [],
	params: IssueParams = {}
): void {
	ctx.addIssue({ code: 'custom', message, path, params: { code, ...params } });
}

interface NumberRules {
	/** Inclusive lower bound. */
	min?: number;
	/** Inclusive upper bound. */
	max?: number;
	/** Value must be above 0. */
	positive?: boolean;
	integer?: boolean;
	/**
	 * Inclusive upper limit checked after the other rules, reported as `above-maximum`:
	 * the §6.4 bound on amounts and counts (so `min: 0` still reports `negative`).
	 */
	limit?: number;
}

/**
 * A finite number with bounds. Zod 4's `z.number()` already rejects NaN and ±Infinity
 * (reported as `not-finite`).
 */
export function numberField(rules: NumberRules = {}) {
	return z.number().superRefine((value, ctx) => {
		if (rules.integer === true && !Number.isInteger(value)) {
			addCodedIssue(ctx, 'not-integer', 'must be a whole number');
			return;
		}
		if (rules.positive === true && !(value > 0)) {
			addCodedIssue(ctx, 'must-be-positive', 'must be above 0');
			return;
		}
		const { min, max } = rules;
		if (min !== undefined && max !== undefined) {
			if (value < min || value > max) {
				addCodedIssue(ctx, 'out-of-range', `must be between ${min} and ${max}`, [], { min, max });
			}
		} else if (min === 0 && value < 0) {
			addCodedIssue(ctx, 'negative', 'must not be negative');
		} else if (min !== undefined && value < min) {
			addCodedIssue(ctx, 'below-minimum', `must be at least ${min}`, [], { min });
		} else if (max !== undefined && value > max) {
			addCodedIssue(ctx, 'above-maximum', `must be at most ${max}`, [], { max });
		} else if (rules.limit !== undefined && value > rules.limit) {
			const limit = rules.limit;
			addCodedIssue(ctx, 'above-maximum', `must be at most ${limit}`, [], { max: limit });
		}
	});
}

/** A `YYYY-MM-DD` string that is a real calendar date (contract §2). */
export function isoDateField() {
	return z.string().refine(isIsoDate, {
		message: 'must be a real date written as YYYY-MM-DD',
		params: { code: 'invalid-date' }
	});
}

interface TextRules {
	/**
	 * Refuse a number that could be a BSN (issue 8 item 7: no BSN in any free text, because
	 * text ends up in audit rows that cannot be removed). Default true; a line id checks BSNs
	 * itself, with a message about pseudonymous codes.
	 */
	refuseBsn?: boolean;
}

function checkText(value: string, maxLength: number, rules: TextRules, ctx: Refinement): void {
	if (value.length > maxLength) {
		addCodedIssue(ctx, 'too-long', `must be at most ${maxLength} characters`, [], {
			max: maxLength
		});
	} else if (rules.refuseBsn !== false && containsPossibleBsn(value)) {
		addCodedIssue(ctx, 'contains-bsn', 'contains a number that could be a BSN');
	}
}

/** Free text with a length limit; empty strings are refused. */
export function textField(maxLength: number, rules: TextRules = {}) {
	return z.string().superRefine((value, ctx) => {
		if (value.trim() === '') addCodedIssue(ctx, 'empty', 'must not be empty');
		else checkText(value, maxLength, rules, ctx);
	});
}

/** A free-text note: may be empty, limited in length. */
export function noteField(maxLength: number, rules: TextRules = {}) {
	return z.string().superRefine((value, ctx) => checkText(value, maxLength, rules, ctx));
}

/** One of a fixed list of codes; anything else gets `code` (e.g. `unknown-position`). */
export function codeField<const T extends readonly string[]>(values: T, code: IssueCode) {
	const allowed = new Set<string>(values);
	return z.custom<T[number]>((value) => typeof value === 'string' && allowed.has(value), {
		message: `must be one of: ${values.join(', ')}`,
		params: { code },
		// z.custom aborts by default, which would hide sibling checks such as duplicate ids.
		abort: false
	});
}

/** Exactly the given string (a format tag such as `pso-assessment/1`). */
export function literalField<const T extends string>(expected: T, code: IssueCode) {
	return z.custom<T>((value) => value === expected, {
		message: `must be "${expected}"`,
		params: { code },
		abort: false
	});
}
