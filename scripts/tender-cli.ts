// The logic of `npm run tender`, kept apart from process I/O so tests can call it directly.
// SR §1: the `sr-result/1` JSON on stdout and exit 0; invalid input exit 2 with one
// `path: message` line per problem on stderr; never a stack trace.
import type { Lang } from '../src/lib/pso/lang';
import { getPolicy, issueLines, shippedPolicyIds } from '../src/lib/sr/policy-registry';
import type { SrPolicy } from '../src/lib/sr/policy-schema';
import { parseTenderText } from '../src/lib/sr/tender-schema';
import { valueTender } from '../src/lib/sr/value-tender';
import {
	applyOutputOption,
	fail,
	readProblem,
	UsageError,
	type CliIo,
	type CliOutcome
} from './cli-io';
import { tenderText } from './tender-text';

export type { CliIo, CliOutcome };

export const usage = `Usage: npm run tender -- FILE.json [options]

Values an sr-tender/1 file: the Social Return obligation under the buyer's policy, what the
PSO certificate covers and what remains (use - to read standard input).

Options:
  --format json|text   json (default): the sr-result/1; text: a readable summary
  --lang nl|en         language of the text format (default nl)
  --help               show this help
`;

interface Options {
	file: string;
	format: 'json' | 'text';
	lang: Lang;
	help: boolean;
}

function parseArgs(args: readonly string[]): Options {
	const options: Options = { file: '', format: 'json', lang: 'nl', help: false };
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
		if (flag !== '--format' && flag !== '--lang') throw new UsageError(`Unknown option ${flag}.`);
		const value = inline ?? args[++index];
		if (value === undefined || value === '') throw new UsageError(`Option ${flag} needs a value.`);
		applyOutputOption(options, flag, value);
	}
	if (!options.help) {
		if (files.length === 0) throw new UsageError('Give the tender file to value.');
		if (files.length > 1) throw new UsageError(`Give one tender file, not ${files.length}.`);
	}
	options.file = files[0] ?? '';
	return options;
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

	let text: string;
	try {
		text = io.readFile(options.file);
	} catch (error) {
		return fail(readProblem(options.file, error));
	}
	const parsed = parseTenderText(text);
	if (!parsed.ok) {
		const first = parsed.issues[0];
		if (parsed.issues.length === 1 && first?.code === 'invalid-json') {
			return fail(`${options.file === '-' ? 'Standard input' : options.file} ${first.message}.`);
		}
		return { exitCode: 2, stdout: '', stderr: `${issueLines(parsed.issues).join('\n')}\n` };
	}
	const tender = parsed.value;
	let policy: SrPolicy;
	if (typeof tender.policy === 'string') {
		const shipped = getPolicy(tender.policy);
		if (shipped === null) {
			const known = shippedPolicyIds().join(', ');
			return fail(`policy: "${tender.policy}" is not a known policy. Known policies: ${known}.`);
		}
		policy = shipped;
	} else {
		policy = tender.policy;
	}
	const result = valueTender(tender, policy);
	const stdout =
		options.format === 'json'
			? `${JSON.stringify(result, null, 2)}\n`
			: tenderText(tender, policy, result, options.lang);
	return { exitCode: 0, stdout, stderr: '' };
}

/** Runs the CLI; an unexpected failure becomes exit 1 with one sentence, never a stack trace. */
export function runTenderCli(args: readonly string[], io: CliIo): CliOutcome {
	try {
		return run(args, io);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { exitCode: 1, stdout: '', stderr: `Internal error: ${message}\n` };
	}
}
