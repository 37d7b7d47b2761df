// The logic of `npm run score`, kept apart from process I/O so tests can call it directly.
// Contract §1: JSON result on stdout and exit 0; invalid input exit 2 with one
// `path: message` line per problem on stderr; never a stack trace.
import { parseAssessmentText } from '../src/lib/pso/assessment-schema';
import {
	disclaimerText,
	explainResult,
	explanationSectionLabels,
	explanationSections,
	qualitativeCriterionLabel,
	rungLabel
} from '../src/lib/pso/explain';
import { formatList, formatPct } from '../src/lib/pso/format-number';
import type { Lang } from '../src/lib/pso/lang';
import {
	getRuleset,
	listRulesets,
	loadRuleset,
	newestRulesetId
} from '../src/lib/pso/ruleset-registry';
import type { Ruleset } from '../src/lib/pso/ruleset-schema';
import { evaluateAssessment } from '../src/lib/pso/score';
import type { ValidationIssue } from '../src/lib/pso/validation-issues';
import {
	applyOutputOption,
	fail,
	readProblem,
	UsageError,
	type CliIo,
	type CliOutcome
} from './cli-io';

export type { CliIo, CliOutcome };

export const usage = `Usage: npm run score -- FILE.json [options]

Scores a pso-assessment/1 file (use - to read standard input).

Options:
  --ruleset ID         score with this ruleset (default: the file's, else the newest)
  --ruleset-file FILE  load a user-supplied ruleset (pso-ruleset/1) and score with it
  --format json|text   json (default): the result; text: disclaimer, explanation, plan
  --lang nl|en         language of the text format (default nl)
  --help               show this help
`;

interface Options {
	file: string;
	ruleset: string | null;
	rulesetFile: string | null;
	format: 'json' | 'text';
	lang: Lang;
	help: boolean;
}

const valueFlags = ['--ruleset', '--ruleset-file', '--format', '--lang'] as const;
type ValueFlag = (typeof valueFlags)[number];

function isValueFlag(flag: string): flag is ValueFlag {
	return (valueFlags as readonly string[]).includes(flag);
}

function parseArgs(args: readonly string[]): Options {
	const options: Options = {
		file: '',
		ruleset: null,
		rulesetFile: null,
		format: 'json',
		lang: 'nl',
		help: false
	};
	const files: string[] = [];
	for (let index = 0; index < args.length; index++) {
		const arg = args[index] ?? '';
		if (arg === '--help' || arg === '-h') {
			options.help = true;
			continue;
		}
		if (arg === '-' || !arg.startsWith('-')) {
			files.push(arg);
			continue;
		}
		const [flag = '', inline] = arg.split(/=(.*)/s, 2);
		if (!isValueFlag(flag)) throw new UsageError(`Unknown option ${flag}.`);
		const value = inline ?? args[++index];
		if (value === undefined || value === '') throw new UsageError(`Option ${flag} needs a value.`);
		if (flag === '--ruleset') options.ruleset = value;
		else if (flag === '--ruleset-file') options.rulesetFile = value;
		else applyOutputOption(options, flag, value);
	}
	if (!options.help) {
		if (files.length === 0) throw new UsageError('Give the assessment file to score.');
		if (files.length > 1) throw new UsageError(`Give one assessment file, not ${files.length}.`);
	}
	options.file = files[0] ?? '';
	return options;
}

function issueLines(issues: readonly ValidationIssue[]): string {
	return issues
		.map((issue) => `${issue.path === '' ? '(root)' : issue.path}: ${issue.message}\n`)
		.join('');
}

function loadCustomRuleset(path: string, io: CliIo): Ruleset | CliOutcome {
	let text: string;
	try {
		text = io.readFile(path);
	} catch (error) {
		return fail(readProblem(path, error));
	}
	let json: unknown;
	try {
		json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
	} catch {
		return fail(`The ruleset file ${path} is not valid JSON.`);
	}
	const loaded = loadRuleset(json);
	if (!loaded.ok) {
		return {
			exitCode: 2,
			stdout: '',
			stderr: `Invalid ruleset file ${path}:\n${issueLines(loaded.issues)}`
		};
	}
	return loaded.value;
}

function textReport(
	lang: Lang,
	ruleset: Ruleset,
	evaluated: ReturnType<typeof evaluateAssessment>,
	input: Parameters<typeof evaluateAssessment>[0]
): string {
	const { result, trace } = evaluated;
	const steps = explainResult(input, ruleset, result, lang, { trace });
	const lines = [disclaimerText(ruleset, lang), ''];
	const nl = lang === 'nl';
	lines.push(`${nl ? 'Uitkomst' : 'Outcome'}: ${rungLabel(result.rung, lang)}`);
	// Contract §6.1: the likely rung, and the range whenever it is not a single rung.
	const { rungRange: range, likelyRung } = result;
	const likely = `${nl ? 'Waarschijnlijk' : 'Likely'}: ${rungLabel(likelyRung, lang)}`;
	lines.push(
		range.atLeast === range.atMost
			? likely
			: `${likely} (${nl ? 'tussen' : 'between'} ${rungLabel(range.atLeast, lang)} ${nl ? 'en' : 'and'} ${rungLabel(range.atMost, lang)})`
	);
	if (result.norms.basistredeModelled && result.norms.basistrede !== null) {
		const value = formatPct(result.norms.basistrede, lang);
		lines.push(
			nl
				? `Basistrede-norm: ${value} (geschat model, geen PSO-norm)`
				: `Basistrede (base rung) norm: ${value} (estimated model, not a PSO figure)`
		);
	}
	if (result.evidenceMissing.length > 0) {
		const criteria = result.evidenceMissing.map((c) => qualitativeCriterionLabel(c, lang));
		lines.push(
			`${nl ? 'Voldaan zonder bewijs' : 'Met without evidence'}: ${formatList(criteria, lang)}`
		);
	}
	lines.push('');
	let number = 0;
	for (const section of explanationSections) {
		const inSection = steps.filter((step) => step.section === section);
		if (inSection.length === 0) continue;
		lines.push(explanationSectionLabels[section][lang]);
		for (const step of inSection) {
			number++;
			const cite = [step.rule, ...(step.source ?? [])].filter(Boolean).join(', ');
			lines.push(`  ${number}. ${step.text}${cite === '' ? '' : ` [${cite}]`}`);
		}
		lines.push('');
	}
	return lines.join('\n');
}

function run(args: readonly string[], io: CliIo): CliOutcome {
	let options: Options;
	try {
		options = parseArgs(args);
	} catch (error) {
		if (error instanceof UsageError) return fail(`${error.message} Run with --help for usage.`);
		throw error;
	}
	if (options.help) return { exitCode: 0, stdout: usage, stderr: '' };

	let custom: Ruleset | null = null;
	if (options.rulesetFile !== null) {
		const loaded = loadCustomRuleset(options.rulesetFile, io);
		if ('exitCode' in loaded) return loaded;
		custom = loaded;
	}
	const rulesetById = (id: string): Ruleset | null => (custom?.id === id ? custom : getRuleset(id));
	if (options.ruleset !== null && rulesetById(options.ruleset) === null) {
		const known = listRulesets().map((summary) => summary.id);
		return fail(`Unknown ruleset "${options.ruleset}". Known rulesets: ${known.join(', ')}.`);
	}

	let text: string;
	try {
		text = io.readFile(options.file);
	} catch (error) {
		return fail(readProblem(options.file, error));
	}
	const parsed = parseAssessmentText(text, { extraRulesetIds: custom === null ? [] : [custom.id] });
	if (!parsed.ok) {
		const first = parsed.issues[0];
		if (parsed.issues.length === 1 && first?.code === 'invalid-json') {
			return fail(`${options.file === '-' ? 'Standard input' : options.file} ${first.message}.`);
		}
		return { exitCode: 2, stdout: '', stderr: issueLines(parsed.issues) };
	}
	const input = parsed.value;
	const rulesetId = options.ruleset ?? custom?.id ?? input.ruleset ?? newestRulesetId;
	const ruleset = rulesetById(rulesetId);
	if (ruleset === null) return fail(`Unknown ruleset "${rulesetId}".`);

	const evaluated = evaluateAssessment(input, ruleset);
	const stdout =
		options.format === 'json'
			? `${JSON.stringify(evaluated.result, null, 2)}\n`
			: textReport(options.lang, ruleset, evaluated, input);
	return { exitCode: 0, stdout, stderr: '' };
}

/** Runs the CLI; an unexpected failure becomes exit 1 with one sentence, never a stack trace. */
export function runScoreCli(args: readonly string[], io: CliIo): CliOutcome {
	try {
		return run(args, io);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { exitCode: 1, stdout: '', stderr: `Internal error: ${message}\n` };
	}
}
