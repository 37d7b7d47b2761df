import { describe, expect, it } from 'vitest';
import { organisationSchemaFor } from './organisation';

const form = (overrides: Record<string, string> = {}) => ({
	name: 'Bakkerij Jansen',
	kvk: '12345678',
	sector: '',
	fulltimeHours: '',
	...overrides
});

describe('organisation form', () => {
	it.each([
		['nl', '', 40],
		['nl', '37,5', 37.5],
		['nl', '38', 38],
		['en', '37.5', 37.5],
		['nl', '60', 60]
	] as const)('%s: CAO hours %j → %s', (lang, fulltimeHours, value) => {
		expect(organisationSchemaFor(lang).parse(form({ fulltimeHours })).fulltimeHours).toBe(value);
	});

	it.each([
		['nl', '37.5'],
		['en', '37,5'],
		['nl', '0'],
		['nl', '60,5'],
		['nl', 'veertig'],
		['nl', '1e1']
	] as const)('%s: CAO hours %j are refused, not guessed', (lang, fulltimeHours) => {
		const parsed = organisationSchemaFor(lang).safeParse(form({ fulltimeHours }));
		expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['fulltimeHours', 'fulltime_hours_invalid']
		]);
	});

	it('refuses a BSN in the sector', () => {
		const parsed = organisationSchemaFor('nl').safeParse(form({ sector: 'zorg 123456782' }));
		expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['sector', 'contains_bsn']
		]);
	});
});
