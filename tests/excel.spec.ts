// Issue 11 item 5: target-group lines from and to Excel (.xlsx), the portfolio as a workbook.
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { newAssessment } from './assessment-helpers';
import {
	acceptInvitation,
	createOrganisation,
	importAssessmentFile,
	invite,
	signUp,
	uniqueEmail
} from './helpers';

const HEADER = [
	'kenmerk',
	'uitgangspositie',
	'contract',
	'uren per week',
	'begindatum',
	'einddatum'
];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function workbook(rows: (ExcelJS.CellValue[] | null)[]): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('Doelgroep');
	rows.forEach((values, i) => {
		if (values) sheet.getRow(i + 1).values = values;
	});
	return Buffer.from(await book.xlsx.writeBuffer());
}

/** Two lines; the second id looks like a formula and must stay text on the way out. */
const goodWorkbook = () =>
	workbook([
		HEADER,
		['mw-1', 'Wajong', 'regulier', 32, day('2020-03-01'), null],
		['=mw-9', 'WW', 'detachering', 24.5, day('2021-06-15'), day('2025-12-31')]
	]);

async function readBack(body: Buffer): Promise<ExcelJS.Worksheet> {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(body as unknown as ArrayBuffer);
	return book.worksheets[0]!;
}

async function upload(page: Page, base: string, name: string, body: Buffer, append = false) {
	await page.goto(`${base}/workforce/import`);
	await page.getByLabel('Excel- of CSV-bestand').setInputFiles({
		name,
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: body
	});
	if (append) await page.getByLabel('Toevoegen aan de bestaande regels').check();
	await page.getByRole('button', { name: 'Bestand controleren' }).click();
}

async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

test('an .xlsx import: an error row by its Excel row, then a good file previewed with labels and stored', async ({
	page
}) => {
	await signUp(page, uniqueEmail('xlsx'));
	const orgId = await createOrganisation(page, 'Excel BV');
	const base = await newAssessment(page, orgId);

	// Row 3 is blank in Excel; the bad row is row 4 and is named so.
	await upload(
		page,
		base,
		'fout.xlsx',
		await workbook([
			HEADER,
			['mw-1', 'Wajong', 'regulier', 32, day('2020-03-01'), null],
			null,
			['mw-2', 'onbekend', 'regulier', 32, day('2021-01-01'), null]
		])
	);
	await expect(page.getByText('Er is niets opgeslagen')).toBeVisible();
	const errors = page.getByRole('table').filter({ hasText: 'Probleem' });
	await expect(errors.getByRole('row', { name: /^4 uitgangspositie / })).toHaveCount(1);
	await expect(errors.locator('tbody tr')).toHaveCount(1);

	// A good file: the preview speaks the line form's labels, not the stored codes.
	await upload(page, base, 'goed.xlsx', await goodWorkbook());
	await expect(
		page.getByRole('heading', { name: /2 regels gecontroleerd in goed\.xlsx/ })
	).toBeVisible();
	const preview = page.getByRole('table', { name: 'Voorbeeld van de regels' });
	await expect(preview.getByRole('row', { name: /mw-1/ })).toContainText('Regulier contract');
	await expect(preview.getByRole('row', { name: /=mw-9/ })).toContainText(
		'Detachering of flexwerk'
	);
	await expect(preview.getByRole('row', { name: /=mw-9/ })).toContainText('24,5');
	await expect(preview).not.toContainText('secondment-flex');
	await expect(preview).not.toContainText('regular');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: '2 regels opslaan' }).click();
	await expect(page).toHaveURL(/\/workforce$/);
	await expect(page.getByRole('status').filter({ hasText: '2 regels geïmporteerd' })).toBeVisible();
});

test('an .xlsx added to existing lines flags ids the assessment has; the lines and template download as .xlsx', async ({
	page
}) => {
	await signUp(page, uniqueEmail('xlsx-append'));
	const orgId = await createOrganisation(page, 'Excel Erbij BV');
	const base = await newAssessment(page, orgId);
	await upload(page, base, 'goed.xlsx', await goodWorkbook());
	await page.getByRole('button', { name: '2 regels opslaan' }).click();
	await expect(page).toHaveURL(/\/workforce$/);

	// Adding a file with an id the assessment already has: flagged in the preview, by row.
	await upload(
		page,
		base,
		'erbij.xlsx',
		await workbook([
			HEADER,
			['mw-3', 'Wajong', 'regulier', 20, day('2022-01-01'), null],
			['mw-1', 'Wajong', 'regulier', 32, day('2020-03-01'), null]
		]),
		true
	);
	await expect(page.getByText('Er is niets opgeslagen')).toBeVisible();
	const clash = page.getByRole('table').filter({ hasText: 'Probleem' }).locator('tbody tr');
	await expect(clash).toHaveCount(1);
	await expect(clash).toContainText('3');
	await expect(clash).toContainText('kenmerk mw-1 bestaat al in deze beoordeling');
	await expectNoAxeViolations(page);

	// The lines as a workbook: headers, a number cell, a date cell, formula-looking text as text.
	await page.goto(`${base}/workforce`);
	const href = await page
		.getByRole('link', { name: 'Doelgroepregels als Excel-werkmap' })
		.getAttribute('href');
	const res = await page.request.get(href!);
	expect(res.headers()['content-type']).toContain('spreadsheetml');
	const sheet = await readBack(await res.body());
	expect(sheet.getRow(1).values).toEqual([
		undefined,
		...HEADER,
		'instroom',
		'lks tot',
		'indicatie tot',
		'school verlaten',
		'ww maanden',
		'nadere indicatie',
		'duurzaam'
	]);
	expect(sheet.getCell('A1').font?.bold).toBe(true);
	const rows = [2, 3].map((r) => sheet.getRow(r));
	const formulaLike = rows.find((r) => r.getCell(1).value === '=mw-9')!;
	expect(formulaLike.getCell(1).type).toBe(ExcelJS.ValueType.String);
	expect(formulaLike.getCell(1).formula).toBeUndefined();
	expect(formulaLike.getCell(4).value).toBe(24.5);
	expect(formulaLike.getCell(4).type).toBe(ExcelJS.ValueType.Number);
	expect(formulaLike.getCell(6).type).toBe(ExcelJS.ValueType.Date);
	expect((formulaLike.getCell(6).value as Date).toISOString().slice(0, 10)).toBe('2025-12-31');

	// The template downloads as a workbook too.
	const template = await page.request.get(`${base}/workforce/template.xlsx?lang=nl`);
	expect((await readBack(await template.body())).getCell('B1').value).toBe('uitgangspositie');
});

test('the advisor portfolio downloads as .xlsx with typed cells and a client name that stays text', async ({
	browser
}) => {
	const owner = await browser.newPage();
	await signUp(owner, uniqueEmail('xlsx-owner'));
	const name = '=HYPERLINK("http://x.example") BV';
	const orgId = await createOrganisation(owner, name);
	await importAssessmentFile(owner, orgId, {
		format: 'pso-assessment/1',
		ruleset: '2.1',
		scenario: 'Peiljaar 2025',
		period: { start: '2025-01-01', end: '2025-12-31' },
		organisation: { monthsActive: 36, headcount: 40 },
		totalFte: 40,
		targetGroup: [
			{
				id: 'mw-1',
				position: 'wajong',
				contract: 'regular',
				hoursPerWeek: 40,
				start: '2020-01-01',
				end: null
			}
		],
		qualitative: { suitableWork: 'met', integration: 'met', development: 'met', guidance: 'met' }
	});
	const advisorEmail = uniqueEmail('xlsx-advisor');
	await invite(owner, orgId, advisorEmail, 'Adviseur');
	const advisor = await browser.newPage();
	await signUp(advisor, advisorEmail);
	await acceptInvitation(advisor, name);
	await advisor.goto('/advisor');
	const link = advisor.getByRole('link', { name: 'Exporteren als Excel-werkmap' });
	const res = await advisor.request.get((await link.getAttribute('href'))!);
	expect(res.headers()['content-disposition']).toMatch(/pso-portfolio-.*\.xlsx/);
	const sheet = await readBack(await res.body());
	expect(sheet.getCell('A1').value).toBe('Organisatie');
	expect(sheet.getCell('A1').font?.bold).toBe(true);
	expect(sheet.getCell('E1').value).toBe('Totale bijdrage');
	expect(sheet.getCell('A2').value).toBe(name);
	expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
	expect(sheet.getCell('A2').formula).toBeUndefined();
	// 1 of 40 FTE: 2,5 %, as a number.
	expect(sheet.getCell('E2').type).toBe(ExcelJS.ValueType.Number);
	expect(sheet.getCell('E2').value).toBe(2.5);
	expect(sheet.getCell('J2').type).toBe(ExcelJS.ValueType.Date);
});
