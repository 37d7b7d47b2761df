import { describe, expect, it } from 'vitest';
import { contractCodes, positionCodes } from '$lib/pso/input-codes';
import { contractHelpText, positionHelpText } from './code-help';

describe('help beside the line form', () => {
	it.each(positionCodes)('explains position %s in both languages', (code) => {
		expect(positionHelpText(code, 'nl').length).toBeGreaterThan(20);
		expect(positionHelpText(code, 'en').length).toBeGreaterThan(20);
		expect(positionHelpText(code, 'en')).not.toBe(positionHelpText(code, 'nl'));
	});

	it.each(contractCodes)('explains contract %s in both languages', (code) => {
		expect(contractHelpText(code, 'nl').length).toBeGreaterThan(10);
		expect(contractHelpText(code, 'en')).not.toBe(contractHelpText(code, 'nl'));
	});

	it('says how long a person counts', () => {
		expect(positionHelpText('vso-pro', 'en')).toContain('5 years after leaving school');
		expect(contractHelpText('placement', 'nl')).toContain('3 jaar');
	});
});
