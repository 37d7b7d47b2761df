// The one description of a target-group line's fields: its key in the file format
// (pso-assessment/1, contract §2), its column in `assessment_lines` and the kind of value it
// holds. The line store's SQL, the CSV columns, the input diff and the compare labels are
// derived from this list, and line-fields.test.ts / the server's field-list test fail when the
// schema, the table or its audit triggers have a field this list lacks. To add a field, add it
// here first, then follow the type errors and failing tests.
import type { TargetGroupLine } from './assessment-schema';

export type LineFieldKind = 'text' | 'position' | 'contract' | 'decimal' | 'date' | 'boolean';

export interface LineFieldSpec {
	/** The field's name in the file format and in `TargetGroupLine`. */
	readonly key: keyof TargetGroupLine;
	/** Its column in `assessment_lines`. */
	readonly column: string;
	readonly kind: LineFieldKind;
	/**
	 * Written in every line, even when null (`end: null` = still employed); the other fields
	 * are left out of a line when not given, as an export writes it.
	 */
	readonly always: boolean;
	/** The line's identity: lines of two assessments are matched by it, not compared on it. */
	readonly identifies?: true;
}

/** In the order of the CSV template and the workforce form. */
export const lineFields = [
	{ key: 'id', column: 'line_id', kind: 'text', always: true, identifies: true },
	{ key: 'position', column: 'position', kind: 'position', always: true },
	{ key: 'contract', column: 'contract', kind: 'contract', always: true },
	{ key: 'hoursPerWeek', column: 'hours_per_week', kind: 'decimal', always: true },
	{ key: 'start', column: 'start_date', kind: 'date', always: true },
	{ key: 'end', column: 'end_date', kind: 'date', always: true },
	{ key: 'inflow', column: 'inflow', kind: 'date', always: false },
	{ key: 'lksUntil', column: 'lks_until', kind: 'date', always: false },
	{ key: 'indicationUntil', column: 'indication_until', kind: 'date', always: false },
	{ key: 'schoolLeft', column: 'school_left', kind: 'date', always: false },
	{ key: 'wwMonths', column: 'ww_months', kind: 'decimal', always: false },
	{ key: 'furtherIndication', column: 'further_indication', kind: 'boolean', always: false },
	{ key: 'durable', column: 'durable', kind: 'boolean', always: false }
] as const satisfies readonly LineFieldSpec[];

export type LineFieldKey = (typeof lineFields)[number]['key'];

/** The fields two versions of one line are compared on (all but its id). */
export type ComparedLineField = Exclude<
	LineFieldKey,
	Extract<(typeof lineFields)[number], { identifies: true }>['key']
>;

export const comparedLineFields = lineFields
	.filter((f) => !('identifies' in f))
	.map((f) => f.key as ComparedLineField);

// A key of TargetGroupLine missing from the list is a type error here.
const everyKeyListed: Exclude<keyof TargetGroupLine, LineFieldKey> extends never ? true : never =
	true;
void everyKeyListed;

const specByKey = new Map<string, LineFieldSpec>(lineFields.map((f) => [f.key, f]));

export function lineField(key: LineFieldKey): LineFieldSpec {
	return specByKey.get(key) as LineFieldSpec;
}

/** Line fields of one kind, e.g. every date. */
export function lineFieldsOfKind(kind: LineFieldKind): LineFieldKey[] {
	return lineFields.filter((f) => f.kind === kind).map((f) => f.key);
}
