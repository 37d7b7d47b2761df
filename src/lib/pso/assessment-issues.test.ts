// Validation of pso-assessment/1 (contract §2): each invalid kind has its path and code.
import { describe, expect, it } from 'vitest';
import { parseAssessment } from './assessment-schema';
import { line } from './test-support/assessment-builder';
import { at, lineAt, validJson, type Json } from './test-support/assessment-json';

type Breaker = (json: Json) => void;

const invalidCases: [string, Breaker, string, string][] = [
	['unknown format', (j) => (j.format = 'pso-assessment/2'), 'format', 'unknown-format'],
	['missing format', (j) => delete j.format, 'format', 'required'],
	[
		'a line id that is a BSN',
		(j) => (lineAt(j, 0).id = '123456782'),
		'targetGroup[0].id',
		'looks-like-bsn'
	],
	[
		'a line id hiding a BSN',
		(j) => (lineAt(j, 0).id = 'mw-111.222.333'),
		'targetGroup[0].id',
		'looks-like-bsn'
	],
	['unknown ruleset', (j) => (j.ruleset = '9.9'), 'ruleset', 'unknown-ruleset'],
	['missing period', (j) => delete j.period, 'period', 'required'],
	[
		'period end before start',
		(j) => (j.period = { start: '2025-06-01', end: '2025-05-31' }),
		'period.end',
		'period-end-before-start'
	],
	[
		'period longer than 366 days',
		(j) => (j.period = { start: '2025-01-01', end: '2026-01-02' }),
		'period.end',
		'period-too-long'
	],
	[
		'period start not a date',
		(j) => (j.period = { start: '2025-02-29', end: '2025-12-31' }),
		'period.start',
		'invalid-date'
	],
	['missing totalFte', (j) => delete j.totalFte, 'totalFte', 'required'],
	['totalFte 0', (j) => (j.totalFte = 0), 'totalFte', 'must-be-positive'],
	['totalFte negative', (j) => (j.totalFte = -5), 'totalFte', 'must-be-positive'],
	['totalFte a string', (j) => (j.totalFte = '50'), 'totalFte', 'invalid-type'],
	['totalFte infinite', (j) => (j.totalFte = Infinity), 'totalFte', 'not-finite'],
	['totalFte NaN', (j) => (j.totalFte = NaN), 'totalFte', 'not-finite'],
	[
		'totalFte below target-group FTE',
		(j) => (j.totalFte = 1.5),
		'totalFte',
		'total-fte-below-target-group'
	],
	[
		'fulltimeHours 0',
		(j) => (at(j, ['organisation']).fulltimeHours = 0),
		'organisation.fulltimeHours',
		'must-be-positive'
	],
	[
		'fulltimeHours above 60',
		(j) => (at(j, ['organisation']).fulltimeHours = 61),
		'organisation.fulltimeHours',
		'above-maximum'
	],
	[
		'headcount 0',
		(j) => (at(j, ['organisation']).headcount = 0),
		'organisation.headcount',
		'below-minimum'
	],
	[
		'headcount not whole',
		(j) => (at(j, ['organisation']).headcount = 5.5),
		'organisation.headcount',
		'not-integer'
	],
	[
		'monthsActive negative',
		(j) => (at(j, ['organisation']).monthsActive = -1),
		'organisation.monthsActive',
		'negative'
	],
	['unknown top-level field', (j) => (j.totalFTE = 50), 'totalFTE', 'unknown-field'],
	['line missing id', (j) => delete lineAt(j, 1).id, 'targetGroup[1].id', 'required'],
	['line empty id', (j) => (lineAt(j, 1).id = ' '), 'targetGroup[1].id', 'empty'],
	['line id too long', (j) => (lineAt(j, 1).id = 'x'.repeat(65)), 'targetGroup[1].id', 'too-long'],
	['line duplicate id', (j) => (lineAt(j, 1).id = 'a'), 'targetGroup[1].id', 'duplicate-id'],
	[
		'line unknown position',
		(j) => (lineAt(j, 1).position = 'pensioner'),
		'targetGroup[1].position',
		'unknown-position'
	],
	[
		'line missing position',
		(j) => delete lineAt(j, 1).position,
		'targetGroup[1].position',
		'required'
	],
	[
		'line unknown contract',
		(j) => (lineAt(j, 0).contract = 'freelance'),
		'targetGroup[0].contract',
		'unknown-contract'
	],
	[
		'hoursPerWeek above 60',
		(j) => (lineAt(j, 1).hoursPerWeek = 70),
		'targetGroup[1].hoursPerWeek',
		'out-of-range'
	],
	[
		'hoursPerWeek negative',
		(j) => (lineAt(j, 1).hoursPerWeek = -1),
		'targetGroup[1].hoursPerWeek',
		'out-of-range'
	],
	['line missing end', (j) => delete lineAt(j, 0).end, 'targetGroup[0].end', 'required'],
	[
		'line end before start',
		(j) => (lineAt(j, 0).end = '2020-02-29'),
		'targetGroup[0].end',
		'end-before-start'
	],
	[
		'line start not a date',
		(j) => (lineAt(j, 0).start = '2021-02-29'),
		'targetGroup[0].start',
		'invalid-date'
	],
	[
		'line inflow not a date',
		(j) => (lineAt(j, 0).inflow = '01-03-2020'),
		'targetGroup[0].inflow',
		'invalid-date'
	],
	['wwMonths negative', (j) => (lineAt(j, 1).wwMonths = -2), 'targetGroup[1].wwMonths', 'negative'],
	[
		'durable not boolean',
		(j) => (lineAt(j, 0).durable = 'yes'),
		'targetGroup[0].durable',
		'invalid-type'
	],
	[
		'line with a name',
		(j) => (lineAt(j, 0).name = 'Jan Jansen'),
		'targetGroup[0].name',
		'unknown-field'
	],
	['targetGroup not a list', (j) => (j.targetGroup = {}), 'targetGroup', 'invalid-type'],
	[
		'purchase amount 0',
		(j) => (at(j, ['purchases', 0]).amount = 0),
		'purchases[0].amount',
		'must-be-positive'
	],
	[
		'purchase turnover 0',
		(j) => (at(j, ['purchases', 0]).supplierTurnover = 0),
		'purchases[0].supplierTurnover',
		'must-be-positive'
	],
	[
		'purchase supplier FTE negative',
		(j) => (at(j, ['purchases', 0]).supplierFte = -1),
		'purchases[0].supplierFte',
		'negative'
	],
	[
		'purchase direct % above 100',
		(j) => (at(j, ['purchases', 0]).supplierDirectPct = 101),
		'purchases[0].supplierDirectPct',
		'out-of-range'
	],
	[
		'purchase unknown kind',
		(j) => (at(j, ['purchases', 0]).kind = 'social-firm'),
		'purchases[0].kind',
		'unknown-purchase-kind'
	],
	[
		'purchase missing supplier',
		(j) => delete at(j, ['purchases', 0]).supplier,
		'purchases[0].supplier',
		'required'
	],
	[
		'unknown qualitative status',
		(j) => (at(j, ['qualitative']).guidance = 'yes'),
		'qualitative.guidance',
		'unknown-status'
	],
	[
		'unknown qualitative criterion',
		(j) => (at(j, ['qualitative']).fun = 'met'),
		'qualitative.fun',
		'unknown-field'
	],
	[
		'unknown target rung',
		(j) => (at(j, ['actionPlan']).targetRung = 'trede-4'),
		'actionPlan.targetRung',
		'unknown-rung'
	],
	[
		'evidence for an unknown criterion',
		(j) => (j.evidence = { fun: {} }),
		'evidence.fun',
		'unknown-field'
	]
];

describe('parseAssessment: each invalid kind has its path and code', () => {
	it.each(invalidCases)('%s', (_name, breakIt, path, code) => {
		const json = validJson();
		breakIt(json);
		const outcome = parseAssessment(json);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.issues).toContainEqual(expect.objectContaining({ path, code }));
		for (const issue of outcome.issues) expect(issue.message).not.toBe('');
	});

	it('reports independent problems together', () => {
		const json = validJson();
		lineAt(json, 0).hoursPerWeek = 80;
		lineAt(json, 1).id = 'a';
		json.format = 'x';
		const outcome = parseAssessment(json);
		expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.code)).toEqual(
			expect.arrayContaining(['unknown-format', 'out-of-range', 'duplicate-id'])
		);
	});

	it('gives the bounds as params and the contract sentence as message', () => {
		const json = validJson();
		lineAt(json, 1).hoursPerWeek = 61;
		const outcome = parseAssessment(json);
		expect(outcome.ok ? null : outcome.issues[0]).toEqual({
			path: 'targetGroup[1].hoursPerWeek',
			code: 'out-of-range',
			message: 'must be between 0 and 60',
			params: { min: 0, max: 60 }
		});
	});

	it('names the target-group FTE in the totalFte problem', () => {
		const json = validJson();
		json.totalFte = 1;
		const outcome = parseAssessment(json);
		const issue = outcome.ok ? undefined : outcome.issues[0];
		expect(issue?.params).toEqual({ targetGroupFte: 1.8 });
		expect(issue?.message).toBe("must be at least the target group's FTE in the period (1.8)");
	});

	it('rejects a document that is not an object', () => {
		const outcome = parseAssessment([1, 2]);
		expect(outcome).toEqual({
			ok: false,
			issues: [
				{
					path: '',
					code: 'invalid-type',
					message: 'must be an object',
					params: { expected: 'object' }
				}
			]
		});
	});

	it('counts only employment days in the period for the totalFte check', () => {
		const json = validJson();
		json.targetGroup = [line({ id: 'x', start: '2025-07-03' })];
		json.totalFte = 0.5;
		expect(parseAssessment(json).ok).toBe(true);
		json.totalFte = 0.49;
		expect(parseAssessment(json).ok).toBe(false);
	});
});
