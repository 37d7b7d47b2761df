import { describe, expect, it } from 'vitest';
import { rulesetChanges, rulesetImpact, type RuleChange } from './ruleset-impact';
import { scoreAssessment } from './score';
import { assessment, line, ruleset, type ShippedId } from './test-support/assessment-builder';

const describeChange = (c: RuleChange) =>
	[
		c.subject.kind === 'general' ? 'general' : `${c.subject.kind}:${c.subject.code}`,
		c.aspect,
		c.contract ?? ''
	].join(' ');

describe('rulesetChanges', () => {
	it('a ruleset against itself has no changes', () => {
		expect(rulesetChanges(ruleset('2.1'), ruleset('2.1'))).toEqual([]);
	});

	it.each<[ShippedId, ShippedId, string[]]>([
		[
			'1.6',
			'1.7',
			[
				'position:participatiewet window ',
				'position:participatiewet-lks window ',
				'position:statushouder window ',
				'position:vso-pro weight-on-contract placement',
				'contract:secondment-flex pso30plus-rule '
			]
		],
		['1.9', '2.1', ['position:ukraine-tpd available ', 'general basistrede ']]
	])('%s → %s', (from, to, expected) => {
		expect(rulesetChanges(ruleset(from), ruleset(to)).map(describeChange)).toEqual(expected);
	});

	it('values: the VSO placement weight and the 3 → 5 year window', () => {
		const changes = rulesetChanges(ruleset('1.6'), ruleset('1.7'));
		expect(changes.find((c) => c.aspect === 'weight-on-contract')).toMatchObject({
			from: { type: 'number', value: 0.5 },
			to: { type: 'number', value: 1 }
		});
		expect(changes.find((c) => c.aspect === 'window')).toEqual({
			subject: { kind: 'position', code: 'participatiewet' },
			aspect: 'window',
			from: { type: 'window', window: { kind: 'years-from-inflow', years: 3 } },
			to: { type: 'window', window: { kind: 'years-from-inflow', years: 5 } }
		});
	});

	it('changed norms are counted by size', () => {
		const other = structuredClone(ruleset('2.1'));
		other.norms.table[0]!.trede3 = 34;
		other.indirect.maxShareOfTotal.value = 0.5;
		const general = rulesetChanges(ruleset('2.1'), other).filter(
			(c) => c.subject.kind === 'general'
		);
		expect(general).toEqual([
			{
				subject: { kind: 'general' },
				aspect: 'cap',
				from: { type: 'number', value: 0.8 },
				to: { type: 'number', value: 0.5 }
			},
			// Size 2 is tabled; sizes 3 and 4 use its norms as the stricter reading.
			{
				subject: { kind: 'general' },
				aspect: 'norm-sizes',
				from: { type: 'number', value: 0 },
				to: { type: 'number', value: 3 }
			}
		]);
	});
});

describe('rulesetImpact', () => {
	// pso-method T10: a VSO pupil on a placement, 40 h, full year, 20 FTE organisation.
	const t10 = assessment({
		totalFte: 20,
		targetGroup: [
			line({ id: 'vso', position: 'vso-pro', contract: 'placement', start: '2024-01-01' }),
			line({ id: 'plain', position: 'wajong', contract: 'regular' })
		]
	});

	it('T10 under 1.6: the placement line halves, with the rule that makes it so', () => {
		const current = { ruleset: ruleset('2.1'), result: scoreAssessment(t10, ruleset('2.1')) };
		const impact = rulesetImpact(t10, current, ruleset('1.6'));
		expect(impact.before.totalPct).toBeCloseTo(8.75, 12);
		expect(impact.after.totalPct).toBeCloseTo(6.875, 12);
		expect(impact.after.ruleset).toBe('1.6');
		expect(impact.unchangedLines).toBe(1);
		expect(impact.lines).toHaveLength(1);
		const [vso] = impact.lines;
		expect(vso).toMatchObject({ id: 'vso', changes: ['weight'] });
		expect(vso!.before.positionWeight).toBe(1);
		expect(vso!.after.positionWeight).toBe(0.5);
		expect(vso!.rules.map(describeChange)).toEqual([
			'position:vso-pro weight-on-contract placement'
		]);
	});

	it('a shorter window: the line stops counting, shown as a window change', () => {
		const input = assessment({
			totalFte: 50,
			targetGroup: [line({ id: 'pw', position: 'participatiewet', start: '2021-06-01' })]
		});
		const current = { ruleset: ruleset('2.1'), result: scoreAssessment(input, ruleset('2.1')) };
		const impact = rulesetImpact(input, current, ruleset('1.6'));
		const [pw] = impact.lines;
		expect(pw!.changes).toEqual(['window']);
		expect(pw!.before.countsUntil).toBe('2026-05-31');
		expect(pw!.after.countsUntil).toBe('2024-05-31');
		expect(pw!.after.fte).toBe(0);
		expect(pw!.rules.map((r) => r.aspect)).toEqual(['window']);
	});

	it('warnings that appear or disappear, and norms', () => {
		const input = assessment({
			totalFte: 20,
			targetGroup: [line({ id: 'ua', position: 'ukraine-tpd', start: '2024-01-01' })]
		});
		const current = { ruleset: ruleset('2.1'), result: scoreAssessment(input, ruleset('2.1')) };
		const impact = rulesetImpact(input, current, ruleset('1.9'));
		expect(impact.warnings.added).toContain('position-not-in-ruleset');
		// Version 2 (§6.2): 2.1 has a (modelled) basistrede norm, 1.9 has none.
		expect(impact.normsChanged).toBe(true);
		expect(impact.lines[0]!.rules.map((r) => r.aspect)).toEqual(['available']);
	});

	it('leaves the current result untouched', () => {
		const current = { ruleset: ruleset('2.1'), result: scoreAssessment(t10, ruleset('2.1')) };
		const snapshot = structuredClone(current.result);
		const input = structuredClone(t10);
		rulesetImpact(t10, current, ruleset('1.6'));
		expect(current.result).toEqual(snapshot);
		expect(t10).toEqual(input);
	});
});
