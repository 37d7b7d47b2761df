// SR §2 and §5.3: what makes an sr-tender/1 file invalid, each problem named by its path.
import { describe, expect, it } from 'vitest';
import { issueLines } from './policy-registry';
import { parseTender, parseTenderText } from './tender-schema';
import { policyJson, stated, tenderJson, type Json } from './test-support';

function problems(json: unknown): string[] {
	const outcome = parseTender(json);
	return outcome.ok ? [] : issueLines(outcome.issues);
}

const inline = (overrides: Json) => tenderJson({ policy: policyJson(overrides) });

describe('valid tenders', () => {
	it.each<[string, Json]>([
		['a shipped id', tenderJson()],
		['an inline policy', inline({})],
		[
			'null optional fields',
			tenderJson({ labourSharePct: null, pctOverride: null, certificate: null, estimate: null })
		],
		['no certificate at all', tenderJson({ certificate: undefined })],
		[
			'PSO 30+ on trede 3',
			tenderJson({ certificate: { rung: 'trede-3', pso30plus: true, validUntil: '2029-01-01' } })
		],
		['end on the start date', tenderJson({ start: '2027-01-01', end: '2027-01-01' })],
		[
			'an inline policy with extra fields, ignored',
			inline({ title: 'Mijn beleid', colour: 'red' })
		],
		['an inline policy without lists or standard %', tenderJson({ policy: { id: 'minimal' } })]
	])('%s', (_name, json) => {
		expect(problems(json)).toEqual([]);
	});

	it('an inline policy without a standard % treats it as unknown', () => {
		const outcome = parseTender(tenderJson({ policy: { id: 'minimal' } }));
		expect(
			outcome.ok && typeof outcome.value.policy === 'object' && outcome.value.policy.standardPct
		).toEqual({
			value: null,
			provenance: 'unknown'
		});
	});
});

describe('invalid tenders (SR §2, §5.3)', () => {
	const rule = (rung: string, effect: Json = { kind: 'none' }) => ({ rung, effect });
	it.each<[string, unknown, string]>([
		['not an object', [], '(root): must be an object'],
		['wrong format', tenderJson({ format: 'sr-tender/2' }), 'format: must be "sr-tender/1"'],
		['contract value 0', tenderJson({ contractValue: 0 }), 'contractValue: must be above 0'],
		[
			'contract value negative',
			tenderJson({ contractValue: -5 }),
			'contractValue: must be above 0'
		],
		[
			'contract value above 1e12',
			tenderJson({ contractValue: 2e12 }),
			'contractValue: must be at most 1000000000000'
		],
		[
			'end before start',
			tenderJson({ start: '2027-01-02', end: '2027-01-01' }),
			'end: must not be before start'
		],
		[
			'a scope outside the list',
			tenderJson({ scope: 'goods' }),
			'scope: must be one of: works, services, supplies'
		],
		[
			'not a real date',
			tenderJson({ start: '2027-02-30' }),
			'start: must be a real date written as YYYY-MM-DD'
		],
		[
			'labour share above 100',
			tenderJson({ labourSharePct: 101 }),
			'labourSharePct: must be between 0 and 100'
		],
		[
			'pctOverride above 100',
			tenderJson({ pctOverride: 150 }),
			'pctOverride: must be between 0 and 100'
		],
		[
			'a rung outside the list',
			tenderJson({ certificate: { rung: 'trede-4', validUntil: '2029-01-01' } }),
			'certificate.rung: must be one of: aspirant, basistrede, trede-1, trede-2, trede-3'
		],
		[
			'a certificate without validUntil',
			tenderJson({ certificate: { rung: 'trede-2' } }),
			'certificate.validUntil: is required'
		],
		[
			'pso30plus on trede 2',
			tenderJson({ certificate: { rung: 'trede-2', pso30plus: true, validUntil: '2029-01-01' } }),
			'certificate.pso30plus: is only possible on a trede-3 certificate'
		],
		['an unknown field', tenderJson({ labourShare: 40 }), 'labourShare: is not a known field'],
		[
			'policy neither id nor object',
			tenderJson({ policy: 42 }),
			'policy: must be a policy id or a policy object'
		],
		[
			'inline: duplicate scope',
			inline({
				thresholds: [
					{ scope: 'all', minContractValueExVat: stated(1) },
					{ scope: 'all', minContractValueExVat: stated(2) }
				]
			}),
			'policy.thresholds[1].scope: "all" is used by an earlier entry'
		],
		[
			'inline: duplicate rung',
			inline({ psoRules: [rule('trede-1'), rule('trede-1')] }),
			'policy.psoRules[1].rung: "trede-1" is used by an earlier entry'
		],
		[
			'inline: duplicate block code',
			inline({
				buildingBlocks: [
					{ code: 'a', label: 'A', valueEur: stated(1) },
					{ code: 'a', label: 'B', valueEur: stated(2) }
				]
			}),
			'policy.buildingBlocks[1].code: "a" is used by an earlier entry'
		],
		[
			'inline: % out of range',
			inline({ standardPct: stated(-1) }),
			'policy.standardPct.value: must be between 0 and 100'
		],
		[
			'inline: reduction out of range',
			inline({ psoRules: [rule('trede-2', { kind: 'reduces_obligation_pct', pct: stated(101) })] }),
			'policy.psoRules[0].effect.pct.value: must be between 0 and 100'
		],
		[
			'inline: negative threshold',
			inline({ thresholds: [{ scope: 'works', minContractValueExVat: stated(-1) }] }),
			'policy.thresholds[0].minContractValueExVat.value: must be between 0 and 1000000000000'
		],
		[
			'inline: block value 0',
			inline({ buildingBlocks: [{ code: 'a', label: 'A', valueEur: stated(0) }] }),
			'policy.buildingBlocks[0].valueEur.value: must be above 0'
		],
		[
			'inline: null without unknown',
			inline({ standardPct: { value: null, provenance: 'user' } }),
			'policy.standardPct.provenance: is null, so provenance must be "unknown"'
		],
		[
			'inline: a rung outside the list',
			inline({ psoRules: [rule('trede-9')] }),
			'policy.psoRules[0].rung: must be one of: aspirant, basistrede, trede-1, trede-2, trede-3, pso30plus'
		],
		[
			'inline: a scope outside the list',
			inline({ thresholds: [{ scope: 'goods', minContractValueExVat: stated(1) }] }),
			'policy.thresholds[0].scope: must be one of: works, services, supplies, all'
		],
		[
			'inline: labour-share limit above 100',
			inline({ reducedPct: { pct: stated(2), belowLabourSharePct: 130 } }),
			'policy.reducedPct.belowLabourSharePct: must be between 0 and 100'
		]
	])('%s', (_name, json, line) => {
		expect(problems(json)).toContain(line);
	});

	it('reports every problem at once', () => {
		expect(problems(tenderJson({ contractValue: 0, scope: 'goods', end: '2026-01-01' }))).toEqual([
			'contractValue: must be above 0',
			'scope: must be one of: works, services, supplies',
			'end: must not be before start'
		]);
	});

	it('broken JSON is one issue; a byte-order mark is fine', () => {
		const broken = parseTenderText('{ "format": ');
		expect(broken.ok).toBe(false);
		if (!broken.ok) expect(broken.issues.map((issue) => issue.code)).toEqual(['invalid-json']);
		expect(parseTenderText(`\uFEFF${JSON.stringify(tenderJson())}`).ok).toBe(true);
	});
});
