// Issue 8 item 7 on the JSON path (import, CLI): no names, e-mail addresses or BSNs in.
import { describe, expect, it } from 'vitest';
import { parseAssessment } from './assessment-schema';
import { looksLikePersonName } from './personal-name';
import { lineAt, validJson, type Json } from './test-support/assessment-json';

const BSN = '123456782';

function issuesAfter(change: (json: Json) => void) {
	const json = validJson();
	change(json);
	const outcome = parseAssessment(json);
	return outcome.ok ? [] : outcome.issues.map(({ path, code }) => ({ path, code }));
}

describe('looksLikePersonName', () => {
	it.each([
		'Jan de Vries',
		'J. Jansen',
		'Fatima El Amrani',
		'Anne-Marie van ’t Hof',
		'jan',
		'Piet'
	])('%j is a name', (text) => expect(looksLikePersonName(text)).toBe(true));
	it.each(['mw-017', 'A12', 'MW 17', 'deelnemer 4', 'de Vries', 'Wajong 2', 'x'])(
		'%j is not',
		(text) => expect(looksLikePersonName(text)).toBe(false)
	);
});

describe('parseAssessment refuses personal data', () => {
	it.each([
		['Jan de Vries', 'looks-like-name'],
		['jan.devries@gmail.com', 'looks-like-email'],
		[BSN, 'looks-like-bsn']
	])('line id %j → %s', (id, code) => {
		expect(issuesAfter((json) => (lineAt(json, 0).id = id))).toEqual([
			{ path: 'targetGroup[0].id', code }
		]);
	});

	it.each<[string, (json: Json) => void]>([
		['scenario', (json) => (json.scenario = `Variant ${BSN}`)],
		['purchases[0].supplier', (json) => ((json.purchases as Json[])[0]!.supplier = `BV ${BSN}`)],
		['actionPlan.note', (json) => ((json.actionPlan as Json).note = `BSN 1234.56.782`)],
		[
			'evidence.guidance.items[0].holder',
			(json) =>
				(json.evidence = { guidance: { items: [{ document: 'Plan', holder: `HR ${BSN}` }] } })
		],
		[
			'evidence.guidance.items[0].document',
			(json) => (json.evidence = { guidance: { items: [{ document: `Dossier 123 456 782` }] } })
		]
	])('a BSN in %s', (path, change) => {
		expect(issuesAfter(change)).toEqual([{ path, code: 'contains-bsn' }]);
	});

	it('accepts numbers that are not BSNs in free text', () => {
		expect(
			issuesAfter((json) => (json.scenario = 'Variant 2025 met 12 fte en KvK 12345678'))
		).toEqual([]);
	});

	it.each([
		['totalFte', (json: Json) => (json.totalFte = 1e9 + 1), 'above-maximum'],
		[
			'purchases[0].amount',
			(json: Json) => ((json.purchases as Json[])[0]!.amount = 1e300),
			'above-maximum'
		]
	])('%s above 1e9 (contract §6.4)', (path, change, code) => {
		expect(issuesAfter(change)).toEqual([{ path, code }]);
	});
});
