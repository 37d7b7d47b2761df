// What changed between the inputs of two assessments (pso-assessment/1 documents): the
// organisation's figures, target-group lines by line id, purchases by supplier and kind,
// qualitative statuses, evidence items and the action plan. Pure; absent and null mean
// the same ("not given", contract §2), so they never show as a change.
import type {
	AssessmentInput,
	Purchase,
	QualitativeCriterion,
	QualitativeStatus,
	TargetGroupLine
} from './assessment-schema';
import { qualitativeCriteria } from './input-codes';
import { comparedLineFields, lineFieldsOfKind, type ComparedLineField } from './line-fields';
import { comparedPurchaseFields, type ComparedPurchaseField } from './purchase-fields';

export type FieldValue = string | number | boolean | null;

export interface FieldChange<F extends string = string> {
	field: F;
	from: FieldValue;
	to: FieldValue;
}

export type LineField = ComparedLineField;
export type PurchaseField = ComparedPurchaseField;

export const figureFields = [
	'ruleset',
	'periodStart',
	'periodEnd',
	'totalFte',
	'headcount',
	'fulltimeHours',
	'monthsActive'
] as const;
export type FigureField = (typeof figureFields)[number];

export const planFields = ['adopted', 'smart', 'started', 'targetRung'] as const;
export type PlanField = (typeof planFields)[number];

export interface LineChange {
	id: string;
	fields: FieldChange<LineField>[];
}

export interface LinesDiff {
	added: TargetGroupLine[];
	removed: TargetGroupLine[];
	changed: LineChange[];
	unchanged: number;
}

export interface PurchaseChange {
	supplier: string;
	kind: Purchase['kind'];
	fields: FieldChange<PurchaseField>[];
}

export interface PurchasesDiff {
	added: Purchase[];
	removed: Purchase[];
	changed: PurchaseChange[];
	unchanged: number;
}

export interface QualitativeChange {
	criterion: QualitativeCriterion;
	from: QualitativeStatus;
	to: QualitativeStatus;
}

export interface EvidenceItem {
	criterion: QualitativeCriterion;
	document: string;
	holder: string | null;
	validUntil: string | null;
}

export interface EvidenceDiff {
	added: EvidenceItem[];
	removed: EvidenceItem[];
	/** Criteria whose free-text note changed (the text itself is not repeated here). */
	notesChanged: QualitativeCriterion[];
}

export interface InputDiff {
	figures: FieldChange<FigureField>[];
	lines: LinesDiff;
	purchases: PurchasesDiff;
	qualitative: QualitativeChange[];
	evidence: EvidenceDiff;
	actionPlan: FieldChange<PlanField>[];
	/** True when anything above differs. */
	changed: boolean;
}

function given(value: unknown): FieldValue {
	if (value === undefined || value === null) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
		return value;
	}
	return JSON.stringify(value);
}

/** Absent flags mean false (contract §2), so `durable: false` equals no `durable`. */
function flag(value: unknown): boolean {
	return value === true;
}

function compareFields<F extends string>(
	fields: readonly F[],
	read: (side: 'a' | 'b', field: F) => FieldValue
): FieldChange<F>[] {
	const changes: FieldChange<F>[] = [];
	for (const field of fields) {
		const from = read('a', field);
		const to = read('b', field);
		if (from !== to) changes.push({ field, from, to });
	}
	return changes;
}

const lineFlags = new Set<string>(lineFieldsOfKind('boolean'));

function lineValue(line: TargetGroupLine, field: LineField): FieldValue {
	return lineFlags.has(field) ? flag(line[field]) : given(line[field]);
}

/** Lines are matched by their pseudonymous id (unique within an assessment, contract §2). */
export function diffLines(a: readonly TargetGroupLine[], b: readonly TargetGroupLine[]): LinesDiff {
	const before = new Map(a.map((line) => [line.id, line]));
	const after = new Map(b.map((line) => [line.id, line]));
	const changed: LineChange[] = [];
	let unchanged = 0;
	for (const line of b) {
		const old = before.get(line.id);
		if (old === undefined) continue;
		const fields = compareFields(comparedLineFields, (side, field) =>
			lineValue(side === 'a' ? old : line, field)
		);
		if (fields.length > 0) changed.push({ id: line.id, fields });
		else unchanged++;
	}
	return {
		added: b.filter((line) => !before.has(line.id)),
		removed: a.filter((line) => !after.has(line.id)),
		changed,
		unchanged
	};
}

const purchaseKey = (p: Purchase) => `${p.kind}\u0000${p.supplier}`;

/**
 * Purchases have no id of their own: they are matched by supplier and kind. Two
 * purchases from the same supplier and kind are paired in their order of entry.
 */
export function diffPurchases(a: readonly Purchase[], b: readonly Purchase[]): PurchasesDiff {
	// Indices into `a` per supplier and kind, still waiting for a partner in `b`.
	const pending = new Map<string, number[]>();
	a.forEach((p, index) => {
		const list = pending.get(purchaseKey(p)) ?? [];
		list.push(index);
		pending.set(purchaseKey(p), list);
	});
	const added: Purchase[] = [];
	const changed: PurchaseChange[] = [];
	let unchanged = 0;
	for (const p of b) {
		const index = pending.get(purchaseKey(p))?.shift();
		const old = index === undefined ? undefined : a[index];
		if (old === undefined) {
			added.push(p);
			continue;
		}
		const fields = compareFields(
			comparedPurchaseFields,
			(side, field) => (side === 'a' ? old : p)[field]
		);
		if (fields.length > 0) changed.push({ supplier: p.supplier, kind: p.kind, fields });
		else unchanged++;
	}
	// In A's order of entry, as the reader saw them there.
	const unmatched = new Set([...pending.values()].flat());
	return { added, removed: a.filter((_, index) => unmatched.has(index)), changed, unchanged };
}

function evidenceItems(input: AssessmentInput): EvidenceItem[] {
	return qualitativeCriteria.flatMap((criterion) =>
		(input.evidence?.[criterion]?.items ?? []).map((item) => ({
			criterion,
			document: item.document,
			holder: item.holder ?? null,
			validUntil: item.validUntil ?? null
		}))
	);
}

const evidenceKey = (e: EvidenceItem) =>
	[e.criterion, e.document, e.holder ?? '', e.validUntil ?? ''].join('\u0000');

/** Evidence items as a multiset: an item is the same when every field is the same. */
export function diffEvidence(a: AssessmentInput, b: AssessmentInput): EvidenceDiff {
	const remaining = new Map<string, number>();
	for (const item of evidenceItems(a)) {
		remaining.set(evidenceKey(item), (remaining.get(evidenceKey(item)) ?? 0) + 1);
	}
	const added: EvidenceItem[] = [];
	for (const item of evidenceItems(b)) {
		const count = remaining.get(evidenceKey(item)) ?? 0;
		if (count > 0) remaining.set(evidenceKey(item), count - 1);
		else added.push(item);
	}
	const removed: EvidenceItem[] = [];
	for (const item of evidenceItems(a)) {
		const count = remaining.get(evidenceKey(item)) ?? 0;
		if (count > 0) {
			removed.push(item);
			remaining.set(evidenceKey(item), count - 1);
		}
	}
	const notesChanged = qualitativeCriteria.filter(
		(c) => given(a.evidence?.[c]?.note) !== given(b.evidence?.[c]?.note)
	);
	return { added, removed, notesChanged };
}

function figure(input: AssessmentInput, field: FigureField): FieldValue {
	switch (field) {
		case 'ruleset':
			return given(input.ruleset);
		case 'periodStart':
			return input.period.start;
		case 'periodEnd':
			return input.period.end;
		case 'totalFte':
			return input.totalFte;
		default:
			return given(input.organisation?.[field]);
	}
}

function planValue(input: AssessmentInput, field: PlanField): FieldValue {
	const plan = input.actionPlan;
	return field === 'targetRung' ? given(plan?.targetRung) : flag(plan?.[field]);
}

const statusOf = (input: AssessmentInput, c: QualitativeCriterion): QualitativeStatus =>
	input.qualitative?.[c] ?? 'unknown';

export function diffInputs(a: AssessmentInput, b: AssessmentInput): InputDiff {
	const figures = compareFields(figureFields, (side, field) => figure(side === 'a' ? a : b, field));
	const lines = diffLines(a.targetGroup ?? [], b.targetGroup ?? []);
	const purchases = diffPurchases(a.purchases ?? [], b.purchases ?? []);
	const qualitative = qualitativeCriteria
		.filter((c) => statusOf(a, c) !== statusOf(b, c))
		.map((criterion) => ({ criterion, from: statusOf(a, criterion), to: statusOf(b, criterion) }));
	const evidence = diffEvidence(a, b);
	const actionPlan = compareFields(planFields, (side, field) =>
		planValue(side === 'a' ? a : b, field)
	);
	const changed =
		figures.length > 0 ||
		lines.added.length + lines.removed.length + lines.changed.length > 0 ||
		purchases.added.length + purchases.removed.length + purchases.changed.length > 0 ||
		qualitative.length > 0 ||
		evidence.added.length + evidence.removed.length + evidence.notesChanged.length > 0 ||
		actionPlan.length > 0;
	return { figures, lines, purchases, qualitative, evidence, actionPlan, changed };
}
