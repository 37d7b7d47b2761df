import { describe, expect, it } from 'vitest';
import { readEvidenceStep } from './evidence-forms';

const base = {
	'suitableWork.status': 'met',
	'integration.status': 'unknown',
	'development.status': 'partial',
	'guidance.status': 'unmet'
};

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries({ ...base, ...fields })) data.set(k, v);
	return data;
}

describe('readEvidenceStep: the step form with a new-item row inside each criterion', () => {
	it.each<{
		name: string;
		fields: Record<string, string>;
		addFor: string | null;
		items: string[];
		errors: string[];
	}>([
		{
			name: 'untouched rows add nothing',
			fields: {},
			addFor: null,
			items: [],
			errors: []
		},
		{
			name: 'a typed row is added with the criterion it sits in',
			fields: { 'guidance.newDocument': 'Begeleidingsplan' },
			addFor: null,
			items: ['guidance:Begeleidingsplan'],
			errors: []
		},
		{
			name: 'rows in two criteria are both added',
			fields: { 'guidance.newDocument': 'A', 'integration.newDocument': 'B' },
			addFor: 'guidance',
			items: ['integration:B', 'guidance:A'],
			errors: []
		},
		{
			name: 'the add button of an empty row asks for the document there',
			fields: {},
			addFor: 'development',
			items: [],
			errors: ['development.newDocument']
		},
		{
			name: 'a holder without a document asks for the document',
			fields: { 'suitableWork.newHolder': 'HR' },
			addFor: null,
			items: [],
			errors: ['suitableWork.newDocument']
		},
		{
			name: 'an unreadable date is refused beside its row',
			fields: { 'guidance.newDocument': 'A', 'guidance.newValidUntil': '31-31-2025' },
			addFor: null,
			items: [],
			errors: ['guidance.newValidUntil']
		},
		{
			name: 'a criterion status that is not one of the choices is refused',
			fields: { 'integration.status': 'maybe' },
			addFor: null,
			items: [],
			errors: ['integration.status']
		}
	])('$name', ({ fields, addFor, items, errors }) => {
		const read = readEvidenceStep(form(fields), addFor);
		if (read.ok) {
			expect(errors).toEqual([]);
			expect(read.update.newItems.map((i) => `${i.criterion}:${i.document}`)).toEqual(items);
			expect(read.update.criteria.map((c) => c.status)).toEqual([
				'met',
				'unknown',
				'partial',
				'unmet'
			]);
		} else {
			expect(Object.keys(read.errors)).toEqual(errors);
		}
	});

	it('reads the plan from the same form', () => {
		const read = readEvidenceStep(form({ planAdopted: 'on', planNote: 'Start in mei' }), null);
		expect(read.ok && read.update.plan).toMatchObject({ adopted: true, note: 'Start in mei' });
	});
});
