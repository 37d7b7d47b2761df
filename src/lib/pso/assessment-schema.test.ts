// Validation of pso-assessment/1 (contract §2): valid files and the text entry point.
import { describe, expect, it } from 'vitest';
import {
	assessmentSchema,
	contractCodes,
	parseAssessment,
	parseAssessmentText,
	positionCodes,
	targetGroupLineSchema
} from './assessment-schema';
import { line } from './test-support/assessment-builder';
import { at, lineAt, validJson } from './test-support/assessment-json';

describe('parseAssessment: valid files', () => {
	it('accepts the builder file and keeps it unchanged (no defaults written in)', () => {
		const json = validJson();
		const outcome = parseAssessment(json);
		expect(outcome).toEqual({ ok: true, value: json });
	});

	it('accepts the minimum: format, period and totalFte', () => {
		const outcome = parseAssessment({
			format: 'pso-assessment/1',
			period: { start: '2025-01-01', end: '2025-12-31' },
			totalFte: 3
		});
		expect(outcome.ok).toBe(true);
	});

	it('treats null like an absent optional field', () => {
		const json = validJson();
		Object.assign(json, { ruleset: null, actionPlan: null, qualitative: null, purchases: null });
		Object.assign(lineAt(json, 0), {
			inflow: null,
			lksUntil: null,
			indicationUntil: null,
			schoolLeft: null,
			wwMonths: null,
			furtherIndication: null,
			durable: null
		});
		expect(parseAssessment(json).ok).toBe(true);
	});

	it('accepts the app fields that are stored but not scored', () => {
		const json = validJson();
		json.scenario = 'Scenario A';
		Object.assign(at(json, ['actionPlan']), { note: 'Plan besproken in MT' });
		json.evidence = {
			guidance: {
				note: '',
				items: [{ document: 'Begeleidingsplan', holder: 'HR', validUntil: '2026-01-01' }]
			}
		};
		expect(parseAssessment(json).ok).toBe(true);
	});

	it('accepts a period of exactly 366 days', () => {
		const json = validJson();
		json.period = { start: '2024-01-01', end: '2024-12-31' };
		expect(parseAssessment(json).ok).toBe(true);
	});

	it('accepts totalFte equal to the target-group FTE', () => {
		const json = validJson();
		json.targetGroup = [line({ id: 'x' }), line({ id: 'y', hoursPerWeek: 20 })];
		json.totalFte = 1.5;
		expect(parseAssessment(json).ok).toBe(true);
	});

	it('exports the code lists of contract §4', () => {
		expect(positionCodes).toHaveLength(16);
		expect(contractCodes).toEqual([
			'regular',
			'supported',
			'secondment-flex',
			'zero-hours',
			'placement',
			'trial'
		]);
	});
});

describe('parseAssessmentText', () => {
	it('reports unparseable JSON as invalid-json', () => {
		const outcome = parseAssessmentText('{ "format": ');
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) {
			expect(outcome.issues).toHaveLength(1);
			expect(outcome.issues[0]).toMatchObject({ path: '', code: 'invalid-json' });
		}
	});

	it('accepts a byte-order mark', () => {
		expect(parseAssessmentText(`\uFEFF${JSON.stringify(validJson())}`).ok).toBe(true);
	});

	it('accepts extra ruleset ids on request', () => {
		const json = { ...validJson(), ruleset: 'my-2.2' };
		expect(parseAssessment(json).ok).toBe(false);
		expect(parseAssessment(json, { extraRulesetIds: ['my-2.2'] }).ok).toBe(true);
	});
});

describe('schemas used on their own', () => {
	it('validates one target-group line', () => {
		expect(targetGroupLineSchema.safeParse(line()).success).toBe(true);
		expect(targetGroupLineSchema.safeParse({ ...line(), hoursPerWeek: 61 }).success).toBe(false);
	});

	it('assessmentSchema infers literal code types', () => {
		const parsed = assessmentSchema.parse(validJson());
		const position: (typeof positionCodes)[number] | undefined = parsed.targetGroup?.[0]?.position;
		expect(position).toBe('wajong');
	});
});
