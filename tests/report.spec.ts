// Issue 11 item 6: a report an auditor can file. Page numbers on paper, CONCEPT on every page
// of a draft, the inputs (figures, lines by position and contract, purchases), who finalised
// it and when, the evidence status per criterion, and clean text in Dutch and English.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createOrganisation, importAssessmentFile, signUp, uniqueEmail } from './helpers';
import { pdfPageTexts } from './pdf-text';

const wajong = (i: number) => ({
	id: `mw-${i}`,
	position: 'wajong',
	contract: 'regular',
	hoursPerWeek: 40,
	start: '2020-01-01',
	end: null
});

// 12 of 50 FTE weighted: trede 3 with an empty action plan (the aspirant text must not list
// the plan's gaps). Begeleiding is "voldaan" without evidence.
const doc = {
	format: 'pso-assessment/1',
	ruleset: '2.1',
	period: { start: '2025-01-01', end: '2025-12-31' },
	organisation: {
		fulltimeHours: 38,
		monthsActive: 36,
		headcount: 61,
		fteBasis: { kind: 'roster', persons: 64, fte: 50 }
	},
	totalFte: 50,
	targetGroup: [
		...Array.from({ length: 11 }, (_, i) => wajong(i + 1)),
		{ ...wajong(12), position: 'wsw', contract: 'supported', hoursPerWeek: 19 }
	],
	purchases: [
		{
			supplier: 'Groenvoorziening Vught BV',
			kind: 'pso-certified',
			amount: 48500,
			supplierTurnover: 2000000,
			supplierFte: 40,
			supplierDirectPct: 25
		}
	],
	qualitative: { suitableWork: 'met', integration: 'met', development: 'met', guidance: 'met' },
	actionPlan: {},
	evidence: {
		suitableWork: {
			items: [{ document: 'Functieprofielen 2025', holder: 'HR', validUntil: '2030-12-31' }]
		},
		integration: { items: [{ document: 'Inwerkplan', validUntil: '2024-06-30' }] },
		development: { items: [{ document: 'Verslagen ontwikkelgesprekken' }] }
	}
};

async function importedReport(
	page: Page,
	prefix: string
): Promise<{ base: string; email: string }> {
	const email = uniqueEmail(prefix);
	await signUp(page, email);
	const orgId = await createOrganisation(page, 'Rapport BV');
	const base = await importAssessmentFile(page, orgId, doc);
	return { base, email };
}

/** The report as a reader sees it: its rendered text, blocks on their own lines. */
async function reportText(page: Page): Promise<string> {
	return page.locator('.report').innerText();
}

/** Typographic slips a reader notices: doubled stops, ".;", values glued to words. */
function spacingSlips(text: string): string[] {
	const patterns: [string, RegExp][] = [
		['..', /\.\./],
		['.;', /\.;/],
		[';.', /;\./],
		// "medewerker(s)" and the formula "exp(ln 3,0 …)" are meant.
		['no space before (', /[\p{L}\p{N}](?<!exp)\((?!s\))/u],
		['no space after )', /\)[\p{L}\p{N}]/u],
		['no space after , or ;', /[,;][\p{L}]/u],
		['no space after :', /:[\p{L}]/u],
		['double space', / {2}/],
		['space before punctuation', / [.,;:)]/]
	];
	const slips: string[] = [];
	for (const line of text.split('\n')) {
		for (const [name, pattern] of patterns) {
			if (pattern.test(line)) slips.push(`${name}: ${line}`);
		}
	}
	return slips;
}

async function pdfPages(page: Page): Promise<string[]> {
	return pdfPageTexts(await page.pdf({ format: 'A4' }));
}

test('a draft report is marked CONCEPT on every page, numbers its pages and prints the inputs', async ({
	page
}) => {
	const { base } = await importedReport(page, 'report-draft');
	await page.goto(`${base}/report`);
	await expect(page).toHaveTitle(/^CONCEPT · PSO-rapport/);
	await expect(page.getByTestId('draft-mark')).toHaveText(
		'Concept: deze beoordeling is nog niet definitief. Invoer en uitkomst kunnen nog veranderen.'
	);
	await expect(page.getByTestId('report-status')).toHaveText('Concept');

	const figures = page.getByTestId('report-figures');
	await expect(figures).toContainText('Totaal fte in het peiljaar');
	await expect(figures).toContainText('50,0');
	await expect(figures).toContainText('berekend uit een personeelslijst van 64 personen');
	await expect(figures).toContainText('Aantal medewerkers op de einddatum\n61');
	await expect(figures).toContainText('Voltijdnorm cao (uren per week)\n38');
	await expect(figures).toContainText('Maanden met minstens 2 fte\n36');

	const lines = page.getByTestId('report-lines');
	await expect(lines.getByRole('row', { name: /^Wajong/ }).getByRole('cell')).toHaveText([
		'Regulier contract',
		'11',
		// 40 of 38 hours a week: 1,0526 FTE each.
		'11,58',
		'11,58'
	]);
	await expect(lines.getByRole('row', { name: /^Wsw/ }).getByRole('cell')).toHaveText([
		'Begeleid werken',
		'1',
		// 19 of 38 hours a week.
		'0,5',
		'0,5'
	]);
	await expect(lines.getByRole('row', { name: 'Totaal' }).getByRole('cell').first()).toHaveText(
		'12'
	);

	const purchases = page.getByTestId('report-purchases');
	// € 48.500 of a € 2.000.000 turnover, 40 FTE at 25 %: 0,2425 indirect FTE.
	await expect(
		purchases.getByRole('row', { name: /Groenvoorziening Vught BV/ }).getByRole('cell')
	).toHaveText(['PSO-gecertificeerde leverancier', '€ 48.500', '0,24']);

	const evidence = page.getByTestId('report-evidence');
	await expect(evidence.getByRole('row', { name: /^Begeleiding/ })).toContainText(
		'voldaan zonder bewijs'
	);
	await expect(evidence.getByRole('row', { name: /^Passend werk/ })).toContainText(
		'Functieprofielen 2025 (beheerd door HR, geldig tot 31-12-2030)'
	);
	await expect(evidence.getByRole('row', { name: /^Integratie/ })).toContainText(
		'Inwerkplan (verlopen op 30-06-2024)'
	);

	// Trede 3: only "already trede 1", none of the empty plan's gaps.
	const text = await reportText(page);
	expect(text).toContain(
		'De organisatie haalt al trede 1 of hoger; aspirant-status is dan niet nodig.'
	);
	expect(text).not.toContain('niet SMART');
	expect(text).toContain('geen PSO-certificaat');
	expect(spacingSlips(text)).toEqual([]);
	await page.goto(`${base}/result`);
	await expect(page.locator('main')).toContainText(
		'De organisatie haalt al trede 1 of hoger; aspirant-status is dan niet nodig.'
	);
	await expect(page.locator('main')).not.toContainText('niet SMART');

	await page.goto(`${base}/report`);
	const pages = await pdfPages(page);
	expect(pages.length).toBeGreaterThanOrEqual(2);
	pages.forEach((pageText, i) => {
		expect(pageText).toContain(`${i + 1} / ${pages.length}`);
		expect(pageText).toContain('CONCEPT');
	});

	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
});

test('the report reads cleanly in English', async ({ page }) => {
	const { base } = await importedReport(page, 'report-english');
	await page.getByRole('button', { name: 'English' }).click();
	await page.goto(`${base}/report`);
	await expect(page).toHaveTitle(/^DRAFT · PSO report/);
	const text = await reportText(page);
	expect(text).toContain('Target-group lines by starting position and contract');
	expect(text).toContain(
		'The organisation already reaches trede 1 (rung 1) or higher, so aspirant status is not needed.'
	);
	expect(text).not.toContain('not SMART');
	expect(spacingSlips(text)).toEqual([]);
});

test('a final report says who finalised it and when, without CONCEPT', async ({ page }) => {
	const { base, email } = await importedReport(page, 'report-final');
	await page.goto(`${base}/result`);
	await page.getByRole('button', { name: 'Definitief maken' }).click();
	await page.getByRole('button', { name: 'Ja, definitief maken' }).click();
	await expect(page.getByText('Deze beoordeling is definitief')).toBeVisible();

	await page.goto(`${base}/report`);
	await expect(page).toHaveTitle(/^PSO-rapport/);
	await expect(page.getByTestId('report-status')).toHaveText(
		new RegExp(
			`^Definitief gemaakt door ${email.replace(/[.+]/g, '\\$&')} op \\d\\d-\\d\\d-\\d{4} om \\d\\d:\\d\\d$`
		)
	);
	await expect(page.getByTestId('draft-mark')).toHaveCount(0);
	const text = await reportText(page);
	expect(text).not.toContain('CONCEPT');
	expect(spacingSlips(text)).toEqual([]);

	const pages = await pdfPages(page);
	pages.forEach((pageText, i) => {
		expect(pageText).toContain(`${i + 1} / ${pages.length}`);
		expect(pageText).not.toContain('CONCEPT');
	});

	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
});
