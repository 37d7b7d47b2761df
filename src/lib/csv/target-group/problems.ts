import type { NumberConvention } from '../../pso/number-input';
import type { PersonalDataCode } from '../personal-data';
import type { TargetGroupField } from './columns';

/**
 * What can be wrong in a target-group file: a code and the values its message needs.
 * This layer holds no UI text; the app words each code in the user's language from the
 * message catalogue (src/lib/i18n/target-group-import-text.ts, docs/architecture.md, "Where a text lives").
 * Codes shared with the assessment schema (`required`, `out-of-range`, …) keep its names.
 */

export interface CellPlace {
	readonly row: number;
	/** The header as the user wrote it, or a field name / column letter; '' for the whole row. */
	readonly column: string;
}

export interface RowErrorParams {
	/** `convention`: how the file writes numbers (from its separator); absent = unknown. */
	'invalid-number': { value: string; convention?: NumberConvention | 'either' };
	'ambiguous-number': { value: string; convention?: NumberConvention | 'either' };
	'too-large': { value: string };
	'looks-like-name': Record<string, never>;
	'looks-like-email': Record<string, never>;
	'invalid-date': { value: string };
	'two-digit-year': { value: string };
	'invalid-boolean': { value: string };
	'unknown-position': { value: string };
	'unknown-contract': { value: string };
	'too-many-cells': { headerColumns: number };
	'duplicate-id': { firstRow: number };
	/** The id is already a line of the assessment the file is added to. */
	'id-exists': { id: string };
	required: Record<string, never>;
	'too-long': { max: number };
	'out-of-range': { min?: number; max?: number };
	negative: Record<string, never>;
	'below-minimum': { min: number };
	'must-be-positive': Record<string, never>;
	'not-integer': Record<string, never>;
	'end-before-start': Record<string, never>;
	/** A check without its own message; `detail` is the schema's English text. */
	invalid: { detail: string };
}
export type RowErrorCode = keyof RowErrorParams;

export interface FileErrorParams {
	'empty-file': Record<string, never>;
	'no-data-rows': Record<string, never>;
	'unterminated-quote': { row: number };
	'missing-column': { field: TargetGroupField };
	'duplicate-column': { field: TargetGroupField; columns: readonly string[] };
	/** Personal-data findings: the row and column are on the error itself. */
	'personal-data-column': Record<string, never>;
	'possible-bsn': Record<string, never>;
}
export type FileErrorCode = Exclude<keyof FileErrorParams, PersonalDataCode>;

/** A code with its own params, so a message can never be handed another code's values. */
type Coded<P> = { [C in keyof P]: { readonly code: C; readonly params: P[C] } }[keyof P];
export type RowProblem = Coded<RowErrorParams>;
export type FileProblem = Coded<FileErrorParams>;

export function rowProblem<C extends RowErrorCode>(code: C, params: RowErrorParams[C]): RowProblem {
	// TypeScript cannot narrow a generic code to its union member; the signature guarantees it.
	return { code, params } as RowProblem;
}

export function fileProblem<C extends keyof FileErrorParams>(
	code: C,
	params: FileErrorParams[C]
): FileProblem {
	return { code, params } as FileProblem;
}

export type WarningCode = 'unknown-column' | 'unnamed-column';
