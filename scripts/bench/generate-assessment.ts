// A large, deterministic pso-assessment/1 document for the benchmark: the same seed
// always gives the same file, so runs on different days compare.
import { contractCodes, positionCodes } from '../../src/lib/pso/input-codes';

/** mulberry32: a small, fast, seedable PRNG (public domain). */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function isoDate(next: () => number, fromYear: number, years: number): string {
	const day = Math.floor(next() * 365 * years);
	return new Date(Date.UTC(fromYear, 0, 1 + day)).toISOString().slice(0, 10);
}

function pick<T>(next: () => number, values: readonly T[]): T {
	return values[Math.floor(next() * values.length)] as T;
}

/** A valid assessment for 2025 with `lineCount` target-group lines of every kind. */
export function generateAssessment(lineCount: number, seed = 20250101): Record<string, unknown> {
	const next = random(seed);
	const targetGroup: Record<string, unknown>[] = [];
	let fte = 0;
	for (let index = 0; index < lineCount; index++) {
		const start = isoDate(next, 2015, 11);
		const leaves = next() < 0.2;
		const end = leaves ? isoDate(next, 2024, 2) : null;
		const hoursPerWeek = Math.round((8 + next() * 32) * 2) / 2;
		const line: Record<string, unknown> = {
			id: `tg-${index + 1}`,
			position: pick(next, positionCodes),
			contract: pick(next, contractCodes),
			hoursPerWeek,
			start,
			end: end !== null && end < start ? start : end
		};
		if (next() < 0.3) line.inflow = isoDate(next, 2014, 11);
		if (line.position === 'ww') line.wwMonths = Math.floor(next() * 18);
		if (line.position === 'participatiewet-lks') line.lksUntil = isoDate(next, 2024, 4);
		if (line.position === 'wsw' && next() < 0.5) line.indicationUntil = isoDate(next, 2024, 4);
		if (line.position === 'vso-pro' && next() < 0.5) line.schoolLeft = isoDate(next, 2018, 8);
		if (next() < 0.4) line.furtherIndication = true;
		if (next() < 0.5) line.durable = true;
		targetGroup.push(line);
		fte += hoursPerWeek / 40;
	}
	return {
		format: 'pso-assessment/1',
		ruleset: '2.1',
		period: { start: '2025-01-01', end: '2025-12-31' },
		organisation: { name: 'Benchmark BV', monthsActive: 120, headcount: Math.ceil(lineCount * 4) },
		totalFte: Math.ceil(fte * 4),
		targetGroup,
		purchases: [
			{
				supplier: 'Groen BV',
				kind: 'pso-certified',
				amount: 250_000,
				supplierTurnover: 4_000_000,
				supplierFte: 60,
				supplierDirectPct: 35
			}
		],
		qualitative: { suitableWork: 'met', integration: 'met', development: 'met', guidance: 'met' }
	};
}
