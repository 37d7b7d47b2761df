// Issue 10 item 2: the estimate is compared with the certificate by its range (contract §6.1),
// so a size whose norm is not published is "possibly below", never "below" by the strict
// headline alone.
import { describe, expect, it } from 'vitest';
import type { CertifiedRung } from './certified-rung';
import type { AssessmentInput, Qualitative } from './assessment-schema';
import { compareWithCertified, riskFlagsFor, type CertifiedComparison } from './renewal-risk';
import { renewalReadiness } from './renewal-readiness';
import { summariseAssessment } from './renewal-summary';
import { scoreAssessment } from './score';
import { assessment, line, ruleset } from './test-support/assessment-builder';
import {
	assessed,
	certificate,
	evidenced,
	solverFor,
	summaryOf
} from './test-support/renewal-fixtures';

const people = (n: number) => Array.from({ length: n }, () => line());
/** 50 FTE, 2 of them target group (4 %): trede 2 at a published size. */
const tabled = assessment({ targetGroup: people(2) });
/** 9 FTE, 1 target group (11,1 %): basistrede (size 5, modelled) … trede 2, likely trede 2. */
const nine = (qualitative: Qualitative = {}) =>
	assessment({
		totalFte: 9,
		targetGroup: people(1),
		qualitative: { ...assessment().qualitative, ...qualitative }
	});
/** 3,2 FTE, 1 of 3 people (31,25 %): trede 2 by the size-2 norm, trede 3 by size 5; 30+ shares met. */
const small = assessment({
	totalFte: 3.2,
	targetGroup: people(1),
	organisation: { monthsActive: 36, headcount: 3 }
});
/** 50 FTE at trede 3, but 4 of 50 people: PSO 30+ out of reach whatever the norm. */
const trede3 = assessment({
	targetGroup: people(4),
	organisation: { monthsActive: 36, headcount: 50 }
});

describe('the summary carries the range after the criteria', () => {
	it.each<[string, AssessmentInput, [string, string, string], boolean]>([
		['published size', tabled, ['trede-2', 'trede-2', 'trede-2'], false],
		['size 9', nine(), ['basistrede', 'trede-2', 'trede-2'], false],
		[
			'size 9, Begeleiding partly met',
			nine({ guidance: 'partial' }),
			['none', 'none', 'none'],
			false
		],
		['3,2 FTE with the 30+ shares', small, ['trede-2', 'trede-3', 'trede-3'], true],
		['trede 3 without the 30+ shares', trede3, ['trede-3', 'trede-3', 'trede-3'], false]
	])('%s', (_name, input, [rung, likely, atMost], possible) => {
		const s = summaryOf(input);
		expect([s.rung, s.likelyRung, s.rungAtMost]).toEqual([rung, likely, atMost]);
		expect(s.pso30plusPossible).toBe(possible);
	});

	it('the renewal estimate carries whether the basistrede norm was modelled (its label says so)', () => {
		const input = nine();
		const modelled = scoreAssessment(input, ruleset('2.1')).norms.basistredeModelled === true;
		expect(modelled).toBe(true);
		expect(summaryOf(input).basistredeModelled).toBe(modelled);
		const readiness = renewalReadiness({
			today: '2026-03-01',
			certificate: certificate(),
			assessment: assessed(input),
			solver: solverFor(input)
		});
		if (readiness.state !== 'due') throw new Error(readiness.state);
		expect(readiness.estimate?.basistredeModelled).toBe(true);
	});

	it('reads a result stored before rules version 2 (no range) as its rung', () => {
		const { rungRange: _r, likelyRung: _l, ...v1 } = scoreAssessment(nine(), ruleset('2.1'));
		const s = summariseAssessment('2025-12-31', v1, [], evidenced());
		expect([s.rung, s.likelyRung, s.rungAtMost]).toEqual([
			'basistrede',
			'basistrede',
			'basistrede'
		]);
	});
});

describe('estimate against the certificate, by its range', () => {
	const cert = (rung: CertifiedRung, pso30plus = false) => certificate({ rung, pso30plus });
	it.each<[string, AssessmentInput, CertifiedRung, boolean, CertifiedComparison]>([
		['published size, trede 2 kept', tabled, 'trede-2', false, 'kept'],
		['published size, trede 3 missed', tabled, 'trede-3', false, 'below'],
		['size 9: basistrede for sure', nine(), 'basistrede', false, 'kept'],
		['size 9: trede 1 inside the range', nine(), 'trede-1', false, 'possibly-below'],
		['size 9: trede 2, the range top', nine(), 'trede-2', false, 'possibly-below'],
		['size 9: trede 3 above the range', nine(), 'trede-3', false, 'below'],
		[
			'size 9, a criterion not met: below for sure',
			nine({ guidance: 'partial' }),
			'basistrede',
			false,
			'below'
		],
		['30+ missed only by the strict rung', small, 'trede-3', true, 'possibly-below'],
		['30+ shares missed at trede 3', trede3, 'trede-3', true, 'below']
	])('%s', (_name, input, rung, pso30plus, expected) => {
		const summary = summaryOf(input);
		const certified = cert(rung, pso30plus);
		expect(compareWithCertified(summary, certified)).toBe(expected);
		const flags = riskFlagsFor({
			today: '2026-03-01',
			certificate: certified,
			summary,
			lastAssessedOn: '2026-02-01'
		});
		expect(flags.filter((f) => f.startsWith('estimate-'))).toEqual(
			expected === 'kept'
				? []
				: [expected === 'below' ? 'estimate-below-certified' : 'estimate-may-be-below-certified']
		);
		// The renewal panel says the same, and plans the strict norm whenever it is not kept.
		const readiness = renewalReadiness({
			today: '2026-03-01',
			certificate: certified,
			assessment: assessed(input),
			solver: solverFor(input)
		});
		if (readiness.state !== 'due') throw new Error(readiness.state);
		expect(readiness.estimate).toMatchObject({
			comparison: expected,
			below: expected === 'below',
			likelyRung: summary.likelyRung,
			rungAtMost: summary.rungAtMost
		});
		expect(readiness.keepPlan !== null).toBe(expected !== 'kept');
	});

	it('has no comparison for an assessment that cannot be scored', () => {
		const summary = summariseAssessment('2025-12-31', null, [], evidenced());
		expect(compareWithCertified(summary, certificate())).toBeNull();
	});
});
