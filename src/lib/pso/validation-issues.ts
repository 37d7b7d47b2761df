// How validation problems are reported: every problem is `{ path, code, message, params? }`.
// `code` is stable and machine-readable (the app words it, see src/lib/i18n/validation-text.ts);
// `message` is English; `path` reads like `targetGroup[3].hoursPerWeek`.
//
// Convention for our own checks: a zod issue of code "custom" carries
// `params: { code, ...values }` (see schema-fields.ts). Zod's built-in issues are mapped
// to our codes in `issuesFromZod` below.
import type { z } from 'zod';

export const issueCodes = [
	'invalid-json',
	'required',
	'invalid-type',
	'not-finite',
	'unknown-field',
	'invalid-date',
	'empty',
	'too-long',
	'out-of-range',
	'must-be-positive',
	'negative',
	'below-minimum',
	'above-maximum',
	'not-integer',
	'unknown-format',
	'unknown-ruleset',
	'unknown-position',
	'unknown-contract',
	'unknown-purchase-kind',
	'unknown-status',
	'unknown-rung',
	'period-end-before-start',
	'period-too-long',
	'end-before-start',
	'duplicate-id',
	'total-fte-below-target-group',
	'invalid-ruleset',
	'looks-like-bsn',
	'looks-like-email',
	'looks-like-name',
	'contains-bsn',
	'invalid'
] as const;
export type IssueCode = (typeof issueCodes)[number];

export type IssueParams = Record<string, string | number>;

export interface ValidationIssue {
	/** JSON path such as `targetGroup[3].hoursPerWeek`; `''` for the document itself. */
	path: string;
	code: IssueCode;
	/** English sentence fragment, e.g. "must be between 0 and 60". */
	message: string;
	/** Values the message refers to (`min`, `max`, `id`, ...), for translations. */
	params?: IssueParams;
}

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['targetGroup', 3, 'hoursPerWeek']` → `targetGroup[3].hoursPerWeek`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const key of path) {
		if (typeof key === 'number') text += `[${key}]`;
		else if (typeof key === 'string' && IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
		else text += `[${JSON.stringify(String(key))}]`;
	}
	return text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let value: unknown = root;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function isIssueCode(value: unknown): value is IssueCode {
	return typeof value === 'string' && (issueCodes as readonly string[]).includes(value);
}

function typeName(expected: string): string {
	return expected === 'object' ? 'an object' : expected === 'array' ? 'a list' : `a ${expected}`;
}

function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): ValidationIssue[] {
	const path = formatPath(issue.path);
	if (issue.code === 'custom') {
		// A required code field (z.custom) also fails on a missing value: call that "required".
		if (issue.path.length > 0 && valueAt(input, issue.path) === undefined) {
			return [{ path, code: 'required', message: 'is required' }];
		}
		const params = (issue.params ?? {}) as Record<string, unknown>;
		const { code, ...rest } = params;
		const values: IssueParams = {};
		for (const [key, value] of Object.entries(rest)) {
			if (typeof value === 'string' || typeof value === 'number') values[key] = value;
		}
		return [
			{
				path,
				code: isIssueCode(code) ? code : 'invalid',
				message: issue.message,
				...(Object.keys(values).length > 0 ? { params: values } : {})
			}
		];
	}
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => ({
			path: formatPath([...issue.path, key]),
			code: 'unknown-field' as const,
			message: 'is not a known field'
		}));
	}
	if (issue.code === 'invalid_type') {
		const value = valueAt(input, issue.path);
		if (value === undefined) return [{ path, code: 'required', message: 'is required' }];
		if (issue.expected === 'number' && typeof value === 'number') {
			return [{ path, code: 'not-finite', message: 'must be a finite number' }];
		}
		return [
			{
				path,
				code: 'invalid-type',
				message: `must be ${typeName(issue.expected)}`,
				params: { expected: issue.expected }
			}
		];
	}
	if (issue.code === 'invalid_key') {
		return [{ path, code: 'unknown-field', message: 'is not a known key' }];
	}
	if (issue.code === 'too_small' && typeof issue.minimum === 'number') {
		const min = issue.minimum;
		return [{ path, code: 'below-minimum', message: `must have at least ${min}`, params: { min } }];
	}
	if (
		issue.code === 'invalid_union' &&
		'discriminator' in issue &&
		typeof issue.discriminator === 'string'
	) {
		// The path may or may not end at the discriminator already, depending on the zod version.
		const key = issue.discriminator;
		const keyPath = issue.path[issue.path.length - 1] === key ? issue.path : [...issue.path, key];
		if (valueAt(input, keyPath) === undefined) {
			return [{ path: formatPath(keyPath), code: 'required', message: 'is required' }];
		}
		return [{ path: formatPath(keyPath), code: 'invalid', message: 'has an unknown value' }];
	}
	return [{ path, code: 'invalid', message: issue.message }];
}

/** Maps a zod error to our issues; `input` is what was parsed (to tell "missing" apart). */
export function issuesFromZod(error: z.ZodError, input: unknown): ValidationIssue[] {
	return error.issues.flatMap((issue) => fromZodIssue(issue, input));
}
