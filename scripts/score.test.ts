// The score CLI as a user runs it: a real process, exit codes, stdout and stderr.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../src/lib/pso/assessment-schema';
import { getRuleset } from '../src/lib/pso/ruleset-registry';
import { scoreAssessment } from '../src/lib/pso/score';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/assessments');

/** Each test starts a Node process; on a busy 2-core machine that can take seconds. */
const SPAWN_TIMEOUT = 30_000;

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

function score(args: string[], stdin?: string): Promise<Run> {
	return new Promise((resolve) => {
		const child = execFile(
			process.execPath,
			['--import', 'tsx', 'scripts/score.ts', ...args],
			{ cwd: root, encoding: 'utf8' },
			(error, stdout, stderr) => {
				const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
				resolve({ code, stdout, stderr });
			}
		);
		if (stdin !== undefined) child.stdin?.end(stdin);
	});
}

function libraryResult(file: string, rulesetId?: string) {
	const parsed = parseAssessment(JSON.parse(readFileSync(join(fixtures, file), 'utf8')));
	if (!parsed.ok) throw new Error(`invalid fixture ${file}`);
	const ruleset = getRuleset(rulesetId ?? parsed.value.ruleset ?? '2.1');
	if (ruleset === null) throw new Error('no ruleset');
	return scoreAssessment(parsed.value, ruleset);
}

function expectNoStackTrace(run: Run): void {
	expect(run.stderr).not.toMatch(/^\s+at /m);
	expect(run.stdout).not.toMatch(/^\s+at /m);
}

describe.concurrent('npm run score: valid files', { timeout: SPAWN_TIMEOUT }, () => {
	it.each(['contract-example.json', 't1.json', 't5.json', 't10.json', 't12.json'])(
		'%s prints exactly the library result as JSON, exit 0',
		async (file) => {
			const run = await score([join(fixtures, file)]);
			expect(run.code).toBe(0);
			expect(run.stderr).toBe('');
			expect(JSON.parse(run.stdout)).toEqual(libraryResult(file));
			expect(run.stdout).toBe(`${JSON.stringify(libraryResult(file), null, 2)}\n`);
		}
	);

	it('--ruleset overrides the file (T10 under 2.1)', async () => {
		const run = await score([join(fixtures, 't10.json'), '--ruleset', '2.1']);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout)).toEqual(libraryResult('t10.json', '2.1'));
		expect(JSON.parse(run.stdout).direct.pct).toBe(3.75);
	});

	it('--ruleset=ID works too', async () => {
		const run = await score([`--ruleset=1.7`, join(fixtures, 't10.json')]);
		expect(JSON.parse(run.stdout).ruleset).toBe('1.7');
	});

	it('reads standard input for -', async () => {
		const text = readFileSync(join(fixtures, 't1.json'), 'utf8');
		const run = await score(['-'], text);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout)).toEqual(libraryResult('t1.json'));
	});

	it.each([
		[
			'nl',
			'Indicatieve zelfbeoordeling, geen PSO-certificaat',
			'Stappenplan naar de volgende trede',
			'Naar trede 3: nog 1,51 gewogen fte'
		],
		[
			'en',
			'Indicative self-assessment, not a PSO certificate',
			'Plan for the next rung',
			'Towards trede 3 (rung 3): 1.51 more weighted FTE'
		]
	])(
		'--format text --lang %s prints disclaimer, explanation and plan',
		async (lang, disclaimer, plan, step) => {
			const run = await score([join(fixtures, 't1.json'), '--format', 'text', '--lang', lang]);
			expect(run.code).toBe(0);
			expect(run.stdout.startsWith(disclaimer)).toBe(true);
			expect(run.stdout).toContain('2.1');
			expect(run.stdout).toContain(plan);
			expect(run.stdout).toContain(step);
		}
	);

	it('--help prints usage', async () => {
		const run = await score(['--help']);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Usage: npm run score -- FILE.json');
	});

	it('scores with a user-supplied ruleset file', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'pso-ruleset-'));
		const custom = { ...getRuleset('2.1'), id: '2.1-test', label: 'Test ruleset' };
		const path = join(dir, 'custom.json');
		writeFileSync(path, JSON.stringify(custom));
		const run = await score([join(fixtures, 't1.json'), '--ruleset-file', path]);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout).ruleset).toBe('2.1-test');
	});
});

describe.concurrent(
	'npm run score: invalid input exits 2 with the path, never a stack trace',
	{ timeout: SPAWN_TIMEOUT },
	() => {
		it.each([
			['hours-out-of-range.json', 'targetGroup[1].hoursPerWeek: must be between 0 and 60'],
			['missing-total-fte.json', 'totalFte: is required'],
			['duplicate-id.json', 'targetGroup[1].id: "tg-1" is used by an earlier line'],
			['end-before-start.json', 'targetGroup[0].end: must not be before start'],
			['period-too-long.json', 'period.end: must lie within 366 days of period.start'],
			['unknown-position.json', 'targetGroup[0].position: must be one of:'],
			['unknown-ruleset.json', 'ruleset: is not a known ruleset'],
			[
				'total-fte-below-target-group.json',
				"totalFte: must be at least the target group's FTE in the period (2)"
			],
			['invalid-date.json', 'targetGroup[0].start: must be a real date written as YYYY-MM-DD'],
			['unknown-field.json', 'targetGroup[0].name: is not a known field'],
			['purchase-amount-zero.json', 'purchases[0].amount: must be above 0']
		])('%s', async (file, line) => {
			const run = await score([join(fixtures, 'invalid', file)]);
			expect(run.code).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr.split('\n')[0]).toContain(line);
			expectNoStackTrace(run);
		});

		it('prints one line per problem', async () => {
			const dir = mkdtempSync(join(tmpdir(), 'pso-invalid-'));
			const json = JSON.parse(readFileSync(join(fixtures, 't1.json'), 'utf8'));
			json.totalFte = -1;
			json.targetGroup[0].hoursPerWeek = 61;
			json.targetGroup[1].contract = 'freelance';
			const path = join(dir, 'three.json');
			writeFileSync(path, JSON.stringify(json));
			const run = await score([path]);
			expect(run.code).toBe(2);
			expect(run.stderr.trim().split('\n')).toEqual([
				'totalFte: must be above 0',
				'targetGroup[0].hoursPerWeek: must be between 0 and 60',
				'targetGroup[1].contract: must be one of: regular, supported, secondment-flex, zero-hours, placement, trial'
			]);
		});

		it.each<[string, string[], RegExp]>([
			['bad JSON', [join(fixtures, 'invalid', 'not-json.txt')], /not-json\.txt is not valid JSON/],
			[
				'missing file',
				[join(fixtures, 'missing.json')],
				/^Cannot read .*missing\.json: the file does not exist\.$/m
			],
			['a directory', [fixtures], /: it is a directory\.$/m],
			[
				'unknown ruleset',
				[join(fixtures, 't1.json'), '--ruleset', '9.9'],
				/^Unknown ruleset "9\.9"\. Known rulesets: 1\.6, 1\.7, 1\.9, 2\.1\.$/m
			],
			[
				'bad format',
				[join(fixtures, 't1.json'), '--format', 'xml'],
				/--format must be json or text/
			],
			['bad language', [join(fixtures, 't1.json'), '--lang', 'de'], /--lang must be nl or en/],
			[
				'unknown flag',
				[join(fixtures, 't1.json'), '--verbose'],
				/^Unknown option --verbose\. Run with --help for usage\.$/m
			],
			[
				'flag without value',
				[join(fixtures, 't1.json'), '--ruleset'],
				/Option --ruleset needs a value/
			],
			['no file', [], /Give the assessment file to score/],
			['two files', ['a.json', 'b.json'], /Give one assessment file, not 2/],
			[
				'unreadable ruleset file',
				[join(fixtures, 't1.json'), '--ruleset-file', 'nope.json'],
				/Cannot read nope\.json: the file does not exist/
			],
			[
				'invalid ruleset file',
				[join(fixtures, 't1.json'), '--ruleset-file', join(fixtures, 't1.json')],
				/^Invalid ruleset file .*t1\.json:\nformat: must be "pso-ruleset\/1"/m
			]
		])('%s: exit 2 with a clear sentence', async (_name, args, message) => {
			const run = await score(args);
			expect(run.code).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr).toMatch(message);
			expectNoStackTrace(run);
		});
	}
);
