// The tender CLI as a user runs it: a real process, exit codes, stdout and stderr.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getPolicy } from '../src/lib/sr/policy-registry';
import { parseTender } from '../src/lib/sr/tender-schema';
import { valueTender } from '../src/lib/sr/value-tender';
import { runTenderCli } from './tender-cli';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/tenders');

/** Each test starts a Node process; on a busy 2-core machine that can take seconds. */
const SPAWN_TIMEOUT = 30_000;

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

function tender(args: string[], stdin?: string): Promise<Run> {
	return new Promise((resolve) => {
		const child = execFile(
			process.execPath,
			['--import', 'tsx', 'scripts/tender.ts', ...args],
			{ cwd: root, encoding: 'utf8' },
			(error, stdout, stderr) => {
				const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
				resolve({ code, stdout, stderr });
			}
		);
		if (stdin !== undefined) child.stdin?.end(stdin);
	});
}

function libraryResult(file: string) {
	const parsed = parseTender(JSON.parse(readFileSync(join(fixtures, file), 'utf8')));
	if (!parsed.ok) throw new Error(`invalid fixture ${file}`);
	const policy =
		typeof parsed.value.policy === 'string' ? getPolicy(parsed.value.policy) : parsed.value.policy;
	if (policy === null) throw new Error('no policy');
	return valueTender(parsed.value, policy);
}

describe.concurrent('npm run tender: valid files', { timeout: SPAWN_TIMEOUT }, () => {
	it.each([
		'noordoost-brabant-trede-2.json',
		'oost-nederland-trede-1.json',
		'twente-supplies-low-labour.json',
		'den-haag-estimate.json',
		'inline-custom-policy.json'
	])('%s prints exactly the library result as JSON, exit 0', async (file) => {
		const run = await tender([join(fixtures, file)]);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(JSON.parse(run.stdout)).toEqual(libraryResult(file));
	});

	it('reads standard input for -', async () => {
		const text = readFileSync(join(fixtures, 'noordoost-brabant-trede-2.json'), 'utf8');
		const run = await tender(['-'], text);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout).credit).toEqual({ min: 100_000, max: 100_000 });
	});

	it.each([
		[
			'nl',
			'De aanbestedingsdocumenten van de opdrachtgever beslissen.',
			'Verplichting: € 100.000',
			'Hercertificering op dezelfde trede nodig vóór 01-03-2028.',
			'laatst gecontroleerd 29-11-2026'
		],
		[
			'en',
			"The buyer's own tender documents decide.",
			'Obligation: €100,000',
			'Recertification at the same rung needed by 01/03/2028.',
			'last checked 29/11/2026'
		]
	])('--format text --lang %s prints a readable summary', async (lang, ...expected) => {
		const file = join(fixtures, 'noordoost-brabant-trede-2.json');
		const run = await tender([file, '--format', 'text', '--lang', lang]);
		expect(run.code).toBe(0);
		// Intl puts a no-break space between € and the amount in Dutch.
		const stdout = run.stdout.replaceAll('\u00a0', ' ');
		for (const text of expected) expect(stdout).toContain(text);
	});
});

describe('tender CLI logic (in process)', () => {
	const io = (files: Record<string, string>) => ({
		readFile: (path: string) => {
			const text = files[path];
			if (text === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
			return text;
		}
	});

	it.each<[string, string[], RegExp]>([
		['missing file', ['missing.json'], /^Cannot read missing\.json: the file does not exist\.$/m],
		['bad JSON', ['bad.json'], /^bad\.json is not valid JSON/m],
		['bad format', ['t.json', '--format', 'xml'], /--format must be json or text/],
		['bad language', ['t.json', '--lang', 'de'], /--lang must be nl or en/],
		[
			'unknown flag',
			['t.json', '--verbose'],
			/^Unknown option --verbose\. Run with --help for usage\.$/m
		],
		['no file', [], /Give the tender file to value/]
	])('%s exits 2', (_name, args, message) => {
		const outcome = runTenderCli(args, io({ 'bad.json': '{', 't.json': '{}' }));
		expect(outcome.exitCode).toBe(2);
		expect(outcome.stdout).toBe('');
		expect(outcome.stderr).toMatch(message);
	});

	it('--help prints usage', () => {
		const outcome = runTenderCli(['--help'], io({}));
		expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
		expect(outcome.stdout).toContain('Usage: npm run tender -- FILE.json');
	});
});

describe.concurrent(
	'npm run tender: invalid input exits 2 with paths, never a stack trace',
	{ timeout: SPAWN_TIMEOUT },
	() => {
		it.each<[string, string[]]>([
			[
				'three-problems.json',
				[
					'contractValue: must be above 0',
					'scope: must be one of: works, services, supplies',
					'end: must not be before start'
				]
			],
			[
				'inline-policy-problems.json',
				[
					'certificate.pso30plus: is only possible on a trede-3 certificate',
					'policy.standardPct.value: must be between 0 and 100',
					'policy.psoRules[1].rung: "trede-2" is used by an earlier entry'
				]
			],
			[
				'unknown-policy.json',
				[
					'policy: "nl-atlantis" is not a known policy. Known policies: nl-noordoost-brabant, nl-oost-nederland, nl-adviespunt-social-return, nl-leiden-regio, nl-utrecht, nl-twente, nl-den-haag, nl-rijksoverheid.'
				]
			]
		])('%s', async (file, lines) => {
			const run = await tender([join(fixtures, 'invalid', file)]);
			expect(run.code).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr.trim().split('\n')).toEqual(lines);
			expect(run.stderr).not.toMatch(/^\s+at /m);
		});
	}
);
