import { describe, expect, it } from 'vitest';
import { contractCodes, positionCodes } from '../../pso/assessment-schema';
import {
	contractCellText,
	contractSpellings,
	lookupContract,
	lookupPosition,
	positionCellText,
	positionSpellings
} from './codes';
import { buildLookup } from '../lookup-key';

describe('position and contract spellings', () => {
	it.each(
		positionCodes.flatMap((code) => [
			[code, code] as const,
			[positionCellText(code, 'nl'), code] as const
		])
	)('position %j → %s', (text, code) => {
		expect(lookupPosition(text)).toBe(code);
	});

	it.each(
		contractCodes.flatMap((code) => [
			[code, code] as const,
			[contractCellText(code, 'nl'), code] as const
		])
	)('contract %j → %s', (text, code) => {
		expect(lookupContract(text)).toBe(code);
	});

	it.each(
		Object.entries(positionSpellings).flatMap(([code, { aliases }]) =>
			aliases.map((a) => [a, code])
		)
	)('position alias %j → %s', (alias, code) => {
		expect(lookupPosition(alias)).toBe(code);
	});

	it.each(
		Object.entries(contractSpellings).flatMap(([code, { aliases }]) =>
			aliases.map((a) => [a, code])
		)
	)('contract alias %j → %s', (alias, code) => {
		expect(lookupContract(alias)).toBe(code);
	});

	it.each([
		['Wajong', 'wajong'],
		['WW', 'ww'],
		['WIA / WAO', 'wia-wao'],
		['Oekraine', 'ukraine-tpd'],
		['BBL-BOL 3/4', 'bbl-bol-3-4'],
		['Participatiewet (LKS)', 'participatiewet-lks']
	])('position written as %j → %s', (text, code) => {
		expect(lookupPosition(text)).toBe(code);
	});

	it.each([
		['regulier', 'regular'],
		['Detachering', 'secondment-flex'],
		['stage', 'placement'],
		['Re-integratie', 'placement'],
		['0-uren', 'zero-hours'],
		['proefplaatsing', 'trial'],
		['Begeleid werken', 'supported']
	])('contract written as %j → %s', (text, code) => {
		expect(lookupContract(text)).toBe(code);
	});

	it.each(['', 'onbekend', 'wajongx', 'regular2'])('does not guess at %j', (text) => {
		expect(lookupPosition(text)).toBeUndefined();
		expect(lookupContract(text)).toBeUndefined();
	});

	it('refuses a spelling shared by two codes', () => {
		expect(() =>
			buildLookup([
				['a', ['x']],
				['b', ['X']]
			])
		).toThrow(/both a and b/);
	});
});
