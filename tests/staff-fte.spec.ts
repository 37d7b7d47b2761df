import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newAssessment } from './assessment-helpers';
import { createOrganisation, signUp, uniqueEmail } from './helpers';

// Issue 10 item 4: totalFte (and the headcount) derived from the whole staff.
const roster = (header: string, rows: string[]) =>
	Buffer.from(`\ufeff${[header, ...rows].join('\r\n')}\r\n`, 'utf8');

const rosterField = (page: Page) => page.getByLabel('Personeelslijst (CSV of Excel)');
const computeFromRoster = (page: Page) =>
	page.getByRole('button', { name: 'Berekenen uit personeelslijst' }).click();

async function uploadRoster(page: Page, body: Buffer) {
	await rosterField(page).setInputFiles({
		name: 'personeel.csv',
		mimeType: 'text/csv',
		buffer: body
	});
	await computeFromRoster(page);
}

/** An .xlsx workbook as Excel saves it, written to a temporary folder; returns its path. */
async function rosterWorkbook(rows: (ExcelJS.CellValue[] | null)[]): Promise<string> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Personeel');
	rows.forEach((values, index) => {
		if (values !== null) sheet.getRow(index + 1).values = values;
	});
	sheet.getColumn(3).numFmt = 'dd-mm-yyyy';
	sheet.getColumn(4).numFmt = 'dd-mm-yyyy';
	const path = join(mkdtempSync(join(tmpdir(), 'pso-roster-')), 'personeel.xlsx');
	await workbook.xlsx.writeFile(path);
	return path;
}

const day = (year: number, month: number, date: number) =>
	new Date(Date.UTC(year, month - 1, date));
const HEADER = ['kenmerk', 'uren per week', 'begindatum', 'einddatum'];

const totalFte = (page: Page) => page.getByLabel('Totaal fte in het peiljaar');
const headcount = (page: Page) => page.getByLabel('Aantal medewerkers op de einddatum (optioneel)');

test('a staff roster sets total FTE and headcount, and the step says how; typing switches back', async ({
	page
}) => {
	await signUp(page, uniqueEmail('staff'));
	const orgId = await createOrganisation(page, 'Personeel BV');
	await newAssessment(page, orgId);
	// The step's help texts link their PSO terms to the glossary.
	await expect(
		page.locator('#field-totalFte-hint').getByRole('link', { name: 'peiljaar' })
	).toHaveAttribute('href', '/glossary#peiljaar');
	await expect(
		page.locator('#field-headcount-hint').getByRole('link', { name: 'PSO 30+' })
	).toHaveAttribute('href', '/glossary#pso-30-plus');

	// A full-timer all year, a half-timer who left on 30 June, a starter on 1 July:
	// 1 + (0,5 × 181 + 184) / 365 = 1,7521 fte; 2 in service on 31-12-2025.
	await uploadRoster(
		page,
		roster('kenmerk;uren per week;begindatum;einddatum', [
			'p-1;40;01-01-2019;',
			'p-2;20;01-01-2019;30-06-2025',
			'p-3;40;01-07-2025;'
		])
	);
	await expect(page.getByRole('status')).toContainText('1,75 fte');
	await expect(totalFte(page)).toHaveValue('1,7521');
	await expect(headcount(page)).toHaveValue('2');
	await expect(page.getByText('berekend uit een personeelslijst van 3 personen')).toBeVisible();

	// Saving the step unchanged keeps the basis; the payroll route replaces it.
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Opgeslagen');
	await expect(page.getByText('berekend uit een personeelslijst van 3 personen')).toBeVisible();

	await page.getByLabel('Betaalde uren in de periode (loonadministratie)').fill('83.200');
	await page.getByRole('button', { name: 'Berekenen uit betaalde uren' }).click();
	await expect(totalFte(page)).toHaveValue('39,8904');
	await expect(page.getByText('uit de loonadministratie: 83.200 uur')).toBeVisible();

	// Typing another number makes it typed again.
	await totalFte(page).fill('45');
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(page.getByText('Herkomst: ingevuld.')).toBeVisible();
	await page.reload();
	await expect(totalFte(page)).toHaveValue('45');
	await expect(page.getByText('Herkomst: ingevuld.')).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
	test(`a roster with a "naam" column is refused and nothing changes (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await signUp(page, uniqueEmail('staff-naam'));
		const orgId = await createOrganisation(page, 'Namen BV');
		await newAssessment(page, orgId);

		await uploadRoster(
			page,
			roster('kenmerk;naam;uren per week;begindatum;einddatum', ['p-1;Jan de Vries;40;01-01-2019;'])
		);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('De personeelslijst is niet gebruikt');
		await expect(alert).toContainText('Kolom ‘naam’');
		await expect(alert).not.toContainText('Jan de Vries');
		await expect(totalFte(page)).toHaveValue('');
		await expect(page.getByText(/personeelslijst van \d+ personen/)).toHaveCount(0);
		await context.close();
	});
}

test('an Excel roster (.xlsx) sets total FTE and headcount from number and date cells', async ({
	page
}) => {
	await signUp(page, uniqueEmail('staff-xlsx'));
	const orgId = await createOrganisation(page, 'Werkmap BV');
	await newAssessment(page, orgId);

	// As the CSV case: 1 + (0,5 × 181 + 184) / 365 = 1,7521 fte; 2 in service on 31-12-2025.
	// The half-timer's hours come from a formula (cached result), a blank row sits in between.
	const path = await rosterWorkbook([
		HEADER,
		['p-1', 40, day(2019, 1, 1), null],
		null,
		['p-2', { formula: 'B2/2', result: 20 }, day(2019, 1, 1), day(2025, 6, 30)],
		['p-3', 40, day(2025, 7, 1), null]
	]);
	await rosterField(page).setInputFiles(path);
	await computeFromRoster(page);
	await expect(page.getByRole('status')).toContainText('1,75 fte');
	await expect(totalFte(page)).toHaveValue('1,7521');
	await expect(headcount(page)).toHaveValue('2');
	await expect(page.getByText('berekend uit een personeelslijst van 3 personen')).toBeVisible();
});

test('an Excel roster with a bad row names the row Excel shows, and a CSV renamed .xlsx is refused', async ({
	page
}) => {
	await signUp(page, uniqueEmail('staff-xlsx-bad'));
	const orgId = await createOrganisation(page, 'Foutje BV');
	await newAssessment(page, orgId);

	const path = await rosterWorkbook([
		HEADER,
		['p-1', 40, day(2019, 1, 1), null],
		null,
		['p-2', 61, day(2019, 1, 1), null]
	]);
	await rosterField(page).setInputFiles(path);
	await computeFromRoster(page);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('De personeelslijst is niet gebruikt');
	await expect(alert).toContainText('Rij 4, kolom ‘uren per week’');
	await expect(totalFte(page)).toHaveValue('');

	await rosterField(page).setInputFiles({
		name: 'personeel.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: roster(HEADER.join(';'), ['p-1;40;01-01-2019;'])
	});
	await computeFromRoster(page);
	await expect(alert).toContainText('geen Excel-werkmap die we kunnen lezen');
	await expect(totalFte(page)).toHaveValue('');
});
