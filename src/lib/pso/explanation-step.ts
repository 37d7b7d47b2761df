// The shape of one explanation step and the helpers the step builders share.
import {
	formatDate,
	formatEuro,
	formatFte,
	formatPct,
	formatPctApart,
	formatShare,
	formatWeight
} from './format-number';
import type { AssessmentInput } from './assessment-schema';
import type { Lang, TextTable } from './lang';
import type { ScoreTrace } from './measure-assessment';
import type { AssessmentResult } from './result-schema';
import type { Ruleset } from './ruleset-schema';

export const explanationCodes = [
	'ruleset',
	'period',
	'line-group',
	'lines-not-counted',
	'no-target-group',
	'direct',
	'purchase',
	'indirect',
	'cap',
	'total',
	'eligibility',
	'size',
	'norms',
	'quantitative-rung',
	'qualitative',
	'rung',
	'aspirant',
	'pso30plus',
	'next-rung',
	'warning'
] as const;
export type ExplanationCode = (typeof explanationCodes)[number];

export const explanationSections = [
	'basis',
	'contribution',
	'rung',
	'status',
	'plan',
	'warnings'
] as const;
export type ExplanationSection = (typeof explanationSections)[number];

export const explanationSectionLabels: TextTable<ExplanationSection> = {
	basis: { nl: 'Uitgangspunten', en: 'Basis' },
	contribution: { nl: 'Sociale bijdrage', en: 'Social contribution' },
	rung: { nl: 'Trede', en: 'Trede (rung)' },
	status: { nl: 'Aspirant-status en PSO 30+', en: 'Aspirant status and PSO 30+' },
	plan: { nl: 'Stappenplan naar de volgende trede', en: 'Plan for the next rung' },
	warnings: { nl: 'Let op', en: 'Warnings' }
};

export interface ExplanationStep {
	code: ExplanationCode;
	/** Groups steps for display: basis, contribution, rung, status, plan, warnings. */
	section: ExplanationSection;
	text: string;
	/** Section of the scoring rules (docs/scoring.md, scoring contract), e.g. "§3.3". */
	rule?: string;
	/** Source ids (pso-method "Sources"; see sources.ts). */
	source?: string[];
	/** For `warning` steps: the warning code. */
	warning?: string;
}

/** Everything a step builder reads; numbers come from `result` and `trace` only. */
export interface ExplainContext {
	input: AssessmentInput;
	ruleset: Ruleset;
	result: AssessmentResult;
	trace: ScoreTrace;
	lang: Lang;
	/** Picks the Dutch or English text. */
	t: (nl: string, en: string) => string;
	/** Computed percentages: "4,0 %". */
	pct: (value: number) => string;
	/** A percentage printed so that it never reads equal to `other` (contract §6.4). */
	pctApart: (value: number, other: number) => string;
	/** " (standaard)" / " (default)" after a value the user did not enter (§6.4). */
	defaulted: (isDefault: boolean) => string;
	/** Given percentages (minimums, supplier shares): "30 %". */
	share: (value: number) => string;
	fte: (value: number) => string;
	weight: (value: number) => string;
	euro: (value: number) => string;
	date: (isoDate: string) => string;
}

export function explainContext(
	input: AssessmentInput,
	ruleset: Ruleset,
	result: AssessmentResult,
	trace: ScoreTrace,
	lang: Lang
): ExplainContext {
	return {
		input,
		ruleset,
		result,
		trace,
		lang,
		t: (nl, en) => (lang === 'nl' ? nl : en),
		pct: (value) => formatPct(value, lang),
		pctApart: (value, other) => formatPctApart(value, other, lang),
		defaulted: (isDefault) => (isDefault ? (lang === 'nl' ? ' (standaard)' : ' (default)') : ''),
		share: (value) => formatShare(value, lang),
		fte: (value) => formatFte(value, lang),
		weight: (value) => formatWeight(value, lang),
		euro: (value) => formatEuro(value, lang),
		date: (isoDate) => formatDate(isoDate, lang)
	};
}

/** Unique source ids in first-seen order. */
export function sources(...lists: (readonly string[] | undefined)[]): string[] {
	return [...new Set(lists.flatMap((list) => list ?? []))];
}

/** "(rekenregels 2.1, bron S19)" / "(ruleset 2.1, source S19)". */
export function citation(context: ExplainContext, sourceIds: readonly string[]): string {
	const { t, ruleset } = context;
	const ids = sourceIds.join(', ');
	if (ids === '') return t(`(rekenregels ${ruleset.id})`, `(ruleset ${ruleset.id})`);
	return t(`(rekenregels ${ruleset.id}, bron ${ids})`, `(ruleset ${ruleset.id}, source ${ids})`);
}

/** "1 regel" / "3 regels". */
export function count(
	context: ExplainContext,
	n: number,
	nl: [string, string],
	en: [string, string]
): string {
	const [singular, plural] = context.lang === 'nl' ? nl : en;
	return `${n} ${n === 1 ? singular : plural}`;
}
