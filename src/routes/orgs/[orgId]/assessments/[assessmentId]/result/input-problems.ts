// Why a draft has no result yet, in the user's words: each validation issue of its document
// becomes a sentence that names the field as the form labels it and the step that fixes it
// ("Vul het totaal aantal fte in bij stap 1"), never a document path such as `totalFte`.
import { m } from '$lib/paraglide/messages';
import { issueText } from '$lib/i18n/validation-text';
import { figureFields, planFields } from '$lib/pso/input-diff';
import type { Lang } from '$lib/pso/lang';
import { comparedLineFields } from '$lib/pso/line-fields';
import { comparedPurchaseFields } from '$lib/pso/purchase-fields';
import type { ValidationIssue } from '$lib/pso/validation-issues';
import { fieldLabel, type AnyField } from '../../../compare/field-text';

export type InputStep = 'organisation' | 'workforce' | 'purchases' | 'evidence';

export interface InputProblem {
	step: InputStep;
	text: string;
}

/** The steps in the order the assessment's step list numbers them (1–4). */
const stepOrder: InputStep[] = ['organisation', 'workforce', 'purchases', 'evidence'];
const stepNames: Record<InputStep, typeof m.step_organisation> = {
	organisation: m.step_organisation,
	workforce: m.step_workforce,
	purchases: m.step_purchases,
	evidence: m.step_evidence
};

const labelled = new Set<string>([
	...figureFields,
	...planFields,
	...comparedLineFields,
	...comparedPurchaseFields
]);

/** A document path split into its part of the document, its row and its field. */
function parsePath(path: string): { part: string; row: number | null; field: string | null } {
	const match = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
	if (!match) return { part: '', row: null, field: null };
	const [, part = '', row, field] = match;
	// The document nests some figures (period.start); the forms name them flat (periodStart).
	const flat =
		part === 'period' && field ? `period${field[0]!.toUpperCase()}${field.slice(1)}` : field;
	return { part, row: row === undefined ? null : Number(row), field: flat ?? part };
}

function stepOf(part: string): InputStep {
	if (part === 'targetGroup') return 'workforce';
	if (part === 'purchases') return 'purchases';
	if (part === 'qualitative' || part === 'actionPlan' || part === 'evidence') return 'evidence';
	return 'organisation';
}

/** Sentences for the issues, in `lang`; `lineId` names a target-group line by its position. */
export function inputProblems(
	issues: readonly Pick<ValidationIssue, 'path' | 'code' | 'params'>[],
	lang: Lang,
	lineId: (index: number) => string | undefined = () => undefined
): InputProblem[] {
	const locale = { locale: lang };
	return issues.map((issue) => {
		const { part, row, field } = parsePath(issue.path);
		const step = stepOf(part);
		const where = {
			step: String(stepOrder.indexOf(step) + 1),
			stepName: stepNames[step]({}, locale)
		};
		// A draft without a total stores none; the document then carries 0 (document.ts).
		if (
			issue.path === 'totalFte' &&
			(issue.code === 'must-be-positive' || issue.code === 'required')
		) {
			return { step, text: m.result_missing_total_fte(where, locale) };
		}
		if (issue.path === 'totalFte' && issue.code === 'total-fte-below-target-group') {
			const fte = issue.params?.targetGroupFte;
			const targetGroupFte =
				typeof fte === 'number' ? fte.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL') : '—';
			return {
				step,
				text: m.result_total_fte_below_target_group({ ...where, targetGroupFte }, locale)
			};
		}
		const problem = issueText(issue, lang);
		const label = field && labelled.has(field) ? fieldLabel(field as AnyField) : where.stepName;
		if (part === 'targetGroup' && row !== null) {
			const line = lineId(row) ?? String(row + 1);
			return {
				step,
				text: m.result_problem_line({ ...where, line, field: label, problem }, locale)
			};
		}
		if (part === 'purchases' && row !== null) {
			return {
				step,
				text: m.result_problem_purchase(
					{ ...where, row: String(row + 1), field: label, problem },
					locale
				)
			};
		}
		return { step, text: m.result_problem_field({ ...where, field: label, problem }, locale) };
	});
}
