import { describe, expect, it } from 'vitest';
import { readTenderForm } from './tender-form';

const form = (policyId: string) => {
	const data = new FormData();
	const values: Record<string, string> = {
		name: 'Onderhoud groen',
		policyId,
		contractValue: '2.000.000',
		scope: 'services',
		start: '01-01-2027',
		end: '31-12-2028'
	};
	for (const [key, value] of Object.entries(values)) data.set(key, value);
	return data;
};

// What tenders.isPolicyAvailable answers for one organisation: a shipped id and its own.
const available = new Set(['nl-twente', 'custom:own']);
const isAvailable = (id: string) => available.has(id);

describe('the tender form: which policy may be chosen', () => {
	it.each(['nl-twente', 'custom:own'])('accepts %s', (policyId) => {
		const read = readTenderForm(form(policyId), 'nl', isAvailable);
		expect(read.ok && read.fields.policyId).toBe(policyId);
	});

	it.each(['custom:of-another-organisation', 'nl-nowhere'])(
		'refuses %s beside the policy field',
		(policyId) => {
			const read = readTenderForm(form(policyId), 'nl', isAvailable);
			expect(read.ok).toBe(false);
			if (!read.ok) expect(Object.keys(read.errors)).toEqual(['policyId']);
		}
	);
});
