import { describe, expect, it } from 'vitest';
import { contractCodes, positionCodes, type TargetGroupLine } from '../../pso/assessment-schema';
import { parseTargetGroupCsv } from './read-file';
import { targetGroupLinesToCsv, targetGroupTemplateCsv } from './template';

const bytes = (text: string) => new TextEncoder().encode(text);

const LINES: TargetGroupLine[] = [
	...positionCodes.map((position, i): TargetGroupLine => ({
		id: `tg-${i}`,
		position,
		contract: contractCodes[i % contractCodes.length] ?? 'regular',
		hoursPerWeek: [40, 32.5, 0.8, 0, 12.25, 60][i % 6] ?? 40,
		start: '2020-03-01',
		end: i % 2 ? null : '2025-12-31'
	})),
	{
		id: 'tg-full',
		position: 'ww',
		contract: 'secondment-flex',
		hoursPerWeek: 36.125,
		start: '2019-02-28',
		end: null,
		inflow: '2019-01-01',
		lksUntil: '2026-06-30',
		indicationUntil: '2027-01-31',
		schoolLeft: '2018-07-01',
		wwMonths: 7.5,
		furtherIndication: true,
		durable: false
	},
	{
		id: '=HYPERLINK("x")',
		position: 'wajong',
		contract: 'regular',
		hoursPerWeek: 1,
		start: '2020-01-01',
		end: null
	},
	{
		id: '-7',
		position: 'wajong',
		contract: 'regular',
		hoursPerWeek: 1,
		start: '2020-01-01',
		end: null
	},
	{
		id: '@a;b,"c"',
		position: 'wajong',
		contract: 'regular',
		hoursPerWeek: 1,
		start: '2020-01-01',
		end: null
	},
	{
		id: 'Zoë €',
		position: 'wajong',
		contract: 'regular',
		hoursPerWeek: 1,
		start: '2020-01-01',
		end: null
	}
];

const SIMPLE: TargetGroupLine = {
	id: 'tg-simple',
	position: 'wajong',
	contract: 'regular',
	hoursPerWeek: 32,
	start: '2020-03-01',
	end: null
};

describe.each(['nl', 'en'] as const)('%s', (lang) => {
	it('round-trips: exporting lines and parsing them gives the same lines', () => {
		const result = parseTargetGroupCsv(bytes(targetGroupLinesToCsv(LINES, lang)));
		expect(result).toEqual({ ok: true, lines: LINES, warnings: [] });
	});

	it('exports null optional fields as empty cells, read back as absent', () => {
		const line: TargetGroupLine = { ...SIMPLE, lksUntil: null, durable: null, wwMonths: null };
		const result = parseTargetGroupCsv(bytes(targetGroupLinesToCsv([line], lang)));
		expect(result).toEqual({ ok: true, lines: [SIMPLE], warnings: [] });
	});

	it('has a template that imports without errors or warnings', () => {
		const result = parseTargetGroupCsv(bytes(targetGroupTemplateCsv(lang)));
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.lines).toHaveLength(2);
			expect(result.warnings).toEqual([]);
		}
	});

	it('escapes formulas in the export', () => {
		const text = targetGroupLinesToCsv(LINES, lang);
		for (const line of text.split('\r\n').slice(1)) expect(line).not.toMatch(/^[=+\-@]/);
		expect(text).toContain(`'=HYPERLINK`);
	});
});

describe('template', () => {
	it('is Dutch Excel CSV in Dutch', () => {
		const text = targetGroupTemplateCsv('nl');
		const [header, first, second] = text.slice(1).split('\r\n');
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(header).toBe(
			'kenmerk;uitgangspositie;contract;uren per week;begindatum;einddatum;instroom;lks tot;indicatie tot;school verlaten;ww maanden;nadere indicatie;duurzaam'
		);
		expect(first).toBe('mw-001;wajong;regulier;32;01-03-2021;;;;;;;nee;nee');
		expect(second).toBe(
			'mw-002;participatiewet met lks;detachering/flex;24,5;15-09-2023;30-06-2025;01-09-2023;31-08-2026;;;;ja;ja'
		);
	});

	it('is comma CSV with ISO dates in English', () => {
		const [header, first] = targetGroupTemplateCsv('en').slice(1).split('\r\n');
		expect(header).toBe(
			'id,position,contract,hours per week,start,end,inflow,lks until,indication until,school left,ww months,further indication,durable'
		);
		expect(first).toBe('emp-001,wajong,regular,32,2021-03-01,,,,,,,no,no');
	});
});
