// Issue 8: a large JSON import is checked in chunks that yield to other requests, with the
// same outcome as the one-piece schema parse, and a file over the line limit is refused
// before any check.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAssessment } from '../../../../scripts/bench/generate-assessment';
import { MAX_LINES_PER_ASSESSMENT } from '$lib/pso/assessment-defaults';
import { parseAssessmentText, type ValidationIssue } from '$lib/pso/assessment-schema';
import { readAssessmentFile } from './file';

type Json = Record<string, unknown>;
const byPath = (issues: ValidationIssue[]) =>
	[...issues].sort((a, b) => `${a.path} ${a.code}`.localeCompare(`${b.path} ${b.code}`));

function big(lines: number, mutate: (doc: Json, tg: Json[]) => void = () => {}): string {
	const doc = generateAssessment(lines) as Json;
	mutate(doc, doc.targetGroup as Json[]);
	return JSON.stringify(doc);
}

const fixtureDir = 'tests/fixtures/assessments';
const fixtures = [
	...readdirSync(fixtureDir).filter((f) => f.endsWith('.json')),
	...readdirSync(join(fixtureDir, 'invalid')).map((f) => join('invalid', f))
].map((name) => ({ name, text: readFileSync(join(fixtureDir, name), 'utf8') }));

const generated: { name: string; text: string; valid?: boolean }[] = [
	{ name: '1,200 valid lines', text: big(1200), valid: true },
	{
		name: 'bad lines in several chunks',
		text: big(1200, (_, tg) => {
			tg[3]!.hoursPerWeek = 99;
			tg[700]!.position = 'astronaut';
			tg[1199]!.start = '2025-02-30';
		})
	},
	{
		name: 'duplicate ids across chunks',
		text: big(1200, (_, tg) => {
			tg[1000]!.id = tg[5]!.id;
			tg[1100]!.id = tg[5]!.id;
		})
	},
	{ name: 'totalFte below the lines', text: big(1200, (doc) => (doc.totalFte = 10)) },
	{
		name: 'a bad field outside the lines and a bad line',
		text: big(1200, (doc, tg) => {
			doc.period = { start: '2025-01-01', end: '2024-01-01' };
			tg[600]!.unknown = true;
		})
	},
	{
		name: 'no lines at all',
		text: big(0, (doc) => Object.assign(doc, { totalFte: 5, organisation: { monthsActive: 24 } })),
		valid: true
	}
];

describe('readAssessmentFile: same outcome as the schema', () => {
	it.each(generated)('$name is as valid as planned', ({ text, valid }) => {
		expect(parseAssessmentText(text).ok).toBe(valid === true);
	});

	it.each([...fixtures, ...generated])('$name', async ({ text }) => {
		const expected = parseAssessmentText(text);
		const actual = await readAssessmentFile(text);
		if (expected.ok) expect(actual).toEqual(expected);
		else {
			expect(actual.ok).toBe(false);
			expect(byPath('issues' in actual ? actual.issues : [])).toEqual(byPath(expected.issues));
		}
	});
});

describe('readAssessmentFile: large files', () => {
	it('refuses 60,000 lines by their count, before checking them', async () => {
		const lines = Array.from({ length: 60_000 }, () => ({}));
		const text = JSON.stringify({ format: 'pso-assessment/1', targetGroup: lines });
		expect(await readAssessmentFile(text)).toEqual({ ok: false, tooManyLines: 60_000 });
		expect(60_000).toBeGreaterThan(MAX_LINES_PER_ASSESSMENT);
	});

	it('lets other work run while it checks 10,000 lines', async () => {
		const text = big(10_000);
		let ticks = 0;
		let longestGap = 0;
		let last = performance.now();
		const timer = setInterval(() => {
			const now = performance.now();
			longestGap = Math.max(longestGap, now - last);
			last = now;
			ticks++;
		}, 1);
		const outcome = await readAssessmentFile(text);
		clearInterval(timer);
		expect(outcome.ok).toBe(true);
		// In one piece the timer could not fire at all until the end.
		expect(ticks).toBeGreaterThan(10);
		expect(longestGap).toBeLessThan(250);
	});
});
