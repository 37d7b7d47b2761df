// Reads an uploaded `pso-assessment/1` file without holding the event loop (issue 8): a
// 10,000-line file takes a few hundred milliseconds to check, and in one piece that would
// stall every other user of this single Node process for as long. The lines are checked a
// chunk at a time with the assessment schema itself, yielding in between; the outcome is
// the same as `parseAssessmentText` (assessment-file.test.ts compares them).
import { DEFAULT_FULLTIME_HOURS } from '$lib/pso/assessment-defaults';
import {
	parseAssessment,
	parseAssessmentText,
	type AssessmentInput,
	type TargetGroupLine,
	type ValidationIssue
} from '$lib/pso/assessment-schema';
import { employmentFteInPeriod } from '$lib/pso/employment-fte';
import { withinLineLimit } from './lines';

/** Lines checked between two yields: a few milliseconds of work. */
const CHUNK_LINES = 250;

/** Same tolerance as the schema's totalFte check (contract §3.10). */
const FTE_TOLERANCE = 1e-9;

export type AssessmentFileOutcome =
	| { ok: true; value: AssessmentInput }
	| { ok: false; issues: ValidationIssue[] }
	/** More target-group lines than an assessment may hold; nothing else was checked. */
	| { ok: false; tooManyLines: number };

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const LINE_PATH = /^targetGroup\[(\d+)\]/;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Issues of a chunk starting at line `from`, with paths into the whole file. */
function shifted(issue: ValidationIssue, from: number): ValidationIssue {
	const path = issue.path.replace(
		LINE_PATH,
		(_, index: string) => `targetGroup[${Number(index) + from}]`
	);
	return { ...issue, path };
}

// The two checks that span lines, as the schema words them: a chunk sees only its own lines.
function duplicateIdIssues(lines: readonly unknown[]): ValidationIssue[] {
	const seen = new Set<string>();
	const issues: ValidationIssue[] = [];
	lines.forEach((line, index) => {
		const id = isRecord(line) ? line.id : undefined;
		if (typeof id !== 'string') return;
		if (seen.has(id)) {
			issues.push({
				path: `targetGroup[${index}].id`,
				code: 'duplicate-id',
				message: `"${id}" is used by an earlier line`,
				params: { id }
			});
		}
		seen.add(id);
	});
	return issues;
}

function totalFteIssue(doc: AssessmentInput, lines: TargetGroupLine[]): ValidationIssue | null {
	const fulltimeHours = doc.organisation?.fulltimeHours ?? DEFAULT_FULLTIME_HOURS;
	const targetGroupFte = employmentFteInPeriod(lines, doc.period, fulltimeHours);
	if (doc.totalFte + FTE_TOLERANCE >= targetGroupFte) return null;
	const rounded = Math.round(targetGroupFte * 100) / 100;
	return {
		path: 'totalFte',
		code: 'total-fte-below-target-group',
		message: `must be at least the target group's FTE in the period (${rounded})`,
		params: { targetGroupFte: rounded }
	};
}

/**
 * JSON text → a validated assessment, every problem, or the line count when the file has
 * more lines than `MAX_LINES_PER_ASSESSMENT` (counted on the raw JSON, before any check).
 */
export async function readAssessmentFile(text: string): Promise<AssessmentFileOutcome> {
	let json: unknown;
	try {
		json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
	} catch {
		// Unreadable JSON fails at once; let the schema word it the one usual way.
		return parseAssessmentText(text);
	}
	const rawLines = isRecord(json) ? json.targetGroup : undefined;
	if (!Array.isArray(rawLines)) return parseAssessment(json);
	if (!withinLineLimit(rawLines.length)) return { ok: false, tooManyLines: rawLines.length };
	if (rawLines.length <= CHUNK_LINES) return parseAssessment(json);

	const doc = json as Record<string, unknown>;
	// Everything but the lines, checked once; then the lines, a chunk at a time.
	const head = parseAssessment({ ...doc, targetGroup: [] });
	const issues: ValidationIssue[] = head.ok ? [] : [...head.issues];
	const lines: TargetGroupLine[] = [];
	for (let from = 0; from < rawLines.length; from += CHUNK_LINES) {
		await yieldToEventLoop();
		const chunk = rawLines.slice(from, from + CHUNK_LINES);
		const outcome = parseAssessment({ ...doc, targetGroup: chunk });
		if (outcome.ok) {
			lines.push(...(outcome.value.targetGroup ?? []));
			continue;
		}
		// Duplicates are checked over all lines below; other problems outside the lines
		// came from `head` already.
		const lineIssues = outcome.issues.filter(
			(issue) => issue.code !== 'duplicate-id' && LINE_PATH.test(issue.path)
		);
		issues.push(...lineIssues.map((issue) => shifted(issue, from)));
		// Valid lines in a chunk that failed elsewhere (the schema has no transforms).
		if (lineIssues.length === 0) lines.push(...(chunk as TargetGroupLine[]));
	}
	issues.push(...duplicateIdIssues(rawLines));
	if (issues.length > 0 || !head.ok) return { ok: false, issues };
	const value: AssessmentInput = { ...head.value, targetGroup: lines };
	const fteIssue = totalFteIssue(value, lines);
	return fteIssue ? { ok: false, issues: [fteIssue] } : { ok: true, value };
}
