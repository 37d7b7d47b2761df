import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/lib/pso/assessment-schema';
import { generateAssessment } from './generate-assessment';
import { formatScoringFigures, measureScoring } from './scoring';

describe('scoring benchmark', () => {
	it('generates the same valid file for the same seed', () => {
		const first = generateAssessment(500);
		expect(generateAssessment(500)).toEqual(first);
		expect(generateAssessment(500, 7)).not.toEqual(first);
		expect(parseAssessment(first).ok).toBe(true);
	});

	it('measures every figure and checks the targets', () => {
		const figures = measureScoring(300, 3);
		for (const value of [
			figures.validationMs,
			figures.scoringMs,
			figures.floorMs,
			figures.solverMs
		]) {
			expect(value).toBeGreaterThan(0);
		}
		const text = formatScoringFigures(figures);
		expect(text).toMatch(/validation \+ scoring < 50 ms\s+\S+ ms\s+(PASS|MISS)/);
		expect(text).toMatch(/scoring \/ floor <= 20/);
		expect(text).toMatch(/solver < 200 ms/);
	});
});
