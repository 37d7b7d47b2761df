// Benchmark section "scoring": validation, scoring, a floor and the solver on a
// 10,000-line assessment; medians over repeated runs, checked against the targets.
import { parseAssessment, type AssessmentInput } from '../../src/lib/pso/assessment-schema';
import { dayNumber } from '../../src/lib/pso/iso-date';
import { getRuleset } from '../../src/lib/pso/ruleset-registry';
import { scoreAssessment, solveNextRung } from '../../src/lib/pso/score';
import { generateAssessment } from './generate-assessment';

const LINES = 10_000;
const RUNS = 30;
const WARM_UP = 5;

export interface ScoringFigures {
	lines: number;
	runs: number;
	validationMs: number;
	scoringMs: number;
	floorMs: number;
	ratio: number;
	solverMs: number;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Median wall time of `task` in milliseconds; the result is kept so no work is skipped. */
function time(task: () => unknown, runs: number): number {
	const samples: number[] = [];
	let sink: unknown;
	for (let run = 0; run < WARM_UP + runs; run++) {
		const start = performance.now();
		sink = task();
		const elapsed = performance.now() - start;
		if (run >= WARM_UP) samples.push(elapsed);
	}
	if (sink === undefined) throw new Error('benchmark task returned nothing');
	return median(samples);
}

/**
 * The least any scoring must do: for each line, read its dates, overlap them with the
 * period and turn hours into FTE. Scoring over this is the engine's overhead.
 */
function floor(input: AssessmentInput): number {
	const periodStart = dayNumber(input.period.start);
	const periodEnd = dayNumber(input.period.end);
	const periodDays = periodEnd - periodStart + 1;
	let sum = 0;
	for (const line of input.targetGroup ?? []) {
		const start = dayNumber(line.start);
		const end = line.end === null ? periodEnd : dayNumber(line.end);
		const from = start > periodStart ? start : periodStart;
		const to = end < periodEnd ? end : periodEnd;
		if (to >= from) sum += ((line.hoursPerWeek / 40) * (to - from + 1)) / periodDays;
	}
	return sum;
}

export function measureScoring(lines = LINES, runs = RUNS): ScoringFigures {
	const file = generateAssessment(lines);
	const parsed = parseAssessment(file);
	if (!parsed.ok) throw new Error(`generated file is invalid: ${parsed.issues[0]?.message ?? ''}`);
	const input = parsed.value;
	const ruleset = getRuleset('2.1');
	if (ruleset === null) throw new Error('ruleset 2.1 missing');

	const validationMs = time(() => parseAssessment(file), runs);
	const scoringMs = time(() => scoreAssessment(input, ruleset), runs);
	const floorMs = time(() => floor(input), runs);
	const solverMs = time(() => solveNextRung(input, ruleset, 'trede-3') ?? 'none', runs);
	return { lines, runs, validationMs, scoringMs, floorMs, ratio: scoringMs / floorMs, solverMs };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');

export function formatScoringFigures(figures: ScoringFigures): string {
	const { validationMs, scoringMs, floorMs, ratio, solverMs } = figures;
	const pad = (label: string) => label.padEnd(34);
	return [
		`Scoring: ${figures.lines.toLocaleString('en-GB')} target-group lines, median of ${figures.runs} runs`,
		`  ${pad('validation (zod, parseAssessment)')}${ms(validationMs)}`,
		`  ${pad('scoring (scoreAssessment)')}${ms(scoringMs)}`,
		`  ${pad('floor (dates + FTE only)')}${ms(floorMs)}`,
		`  ${pad('scoring / floor')}${ratio.toFixed(1)} ×`,
		`  ${pad('solver (solveNextRung, trede-3)')}${ms(solverMs)}`,
		'Targets',
		`  ${pad('validation + scoring < 50 ms')}${ms(validationMs + scoringMs).padEnd(12)}${verdict(validationMs + scoringMs < 50)}`,
		`  ${pad('scoring / floor <= 20')}${ratio.toFixed(1).padEnd(12)}${verdict(ratio <= 20)}`,
		`  ${pad('solver < 200 ms')}${ms(solverMs).padEnd(12)}${verdict(solverMs < 200)}`
	].join('\n');
}

export async function benchScoring(): Promise<void> {
	console.log(formatScoringFigures(measureScoring()));
}
