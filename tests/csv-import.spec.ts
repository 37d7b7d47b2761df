import { expect, test } from '@playwright/test';
import { newAssessment } from './assessment-helpers';
import { createOrganisation, signUp, uniqueEmail } from './helpers';

const header = 'kenmerk;uitgangspositie;contract;uren per week;begindatum;einddatum';
const csv = (rows: string[]) => Buffer.from(`\ufeff${[header, ...rows].join('\r\n')}\r\n`, 'utf8');

for (const javaScriptEnabled of [true, false]) {
	test(`CSV import ${javaScriptEnabled ? 'with' : 'without'} JavaScript: errors by row and column, refusal of personal data, then all rows at once`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await signUp(page, uniqueEmail('csv'));
		const orgId = await createOrganisation(page, 'Import BV');
		const base = await newAssessment(page, orgId);

		const upload = async (name: string, body: Buffer) => {
			await page.goto(`${base}/workforce/import`);
			await page
				.getByLabel('CSV-bestand')
				.setInputFiles({ name, mimeType: 'text/csv', buffer: body });
			await page.getByRole('button', { name: 'Bestand controleren' }).click();
		};

		// A bad file: each problem by row and column, nothing stored.
		await upload(
			'fout.csv',
			csv([
				'mw-1;Wajong;regulier;32;01-03-2020;',
				'mw-2;onbekend;regulier;99;31-02-2021;',
				'mw-1;WW;stage;20;2022-01-01;'
			])
		);
		await expect(page.getByText('Er is niets opgeslagen')).toBeVisible();
		const errors = page.getByRole('table').filter({ hasText: 'Probleem' });
		// Each problem on its own line: the row number as Excel shows it, then the column.
		for (const [row, column] of [
			['3', 'uitgangspositie'],
			['3', 'uren per week'],
			['3', 'begindatum'],
			['4', 'kenmerk']
		]) {
			await expect(errors.getByRole('row', { name: new RegExp(`^${row} ${column} `) })).toHaveCount(
				1
			);
		}
		await expect(errors.getByRole('row', { name: /^2 / })).toHaveCount(0);
		await page.goto(`${base}/workforce`);
		await expect(page.getByText('Nog geen doelgroepregels.')).toBeVisible();

		// Personal data: a name column, and a value passing the BSN 11-test.
		await upload(
			'namen.csv',
			Buffer.from(`naam;${header}\r\nJan Jansen;mw-1;Wajong;regulier;32;01-03-2020;\r\n`)
		);
		await expect(page.getByText('Er is niets opgeslagen')).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'namen.csv kan niet worden geïmporteerd' })
		).toBeVisible();
		await upload('bsn.csv', csv(['123456782;Wajong;regulier;32;01-03-2020;']));
		await expect(page.getByText('Er is niets opgeslagen')).toBeVisible();
		await expect(page.locator('main')).not.toContainText('123456782');

		// A good file: preview, then every row stored at once.
		await upload(
			'goed.csv',
			csv(['mw-1;Wajong;regulier;32;01-03-2020;', 'mw-2;WW;detachering;24,5;15-06-2021;31-12-2025'])
		);
		await expect(page.getByRole('heading', { name: /2 regels gecontroleerd/ })).toBeVisible();
		// The checked lines wait on the server; the form carries only their token.
		await expect(page.locator('input[name="payload"]')).toHaveCount(0);
		await page.getByRole('button', { name: '2 regels opslaan' }).click();
		await expect(page).toHaveURL(/\/workforce$/);
		await expect(page.getByRole('status')).toContainText('2 regels geïmporteerd');
		await expect(page.getByRole('row', { name: /mw-2/ })).toContainText('24,5');
		await context.close();
	});
}

test('the template downloads in Dutch and English', async ({ page }) => {
	await signUp(page, uniqueEmail('template'));
	const orgId = await createOrganisation(page, 'Sjabloon BV');
	const base = await newAssessment(page, orgId);
	const nl = await page.request.get(`${base}/workforce/template.csv?lang=nl`);
	expect(nl.headers()['content-type']).toContain('text/csv');
	expect(await nl.text()).toContain('kenmerk;uitgangspositie');
	const en = await page.request.get(`${base}/workforce/template.csv?lang=en`);
	expect(await en.text()).toContain('id,position');
});

test('a line id that looks like a BSN is refused beside the field', async ({ page }) => {
	await signUp(page, uniqueEmail('bsn-form'));
	const orgId = await createOrganisation(page, 'Privacy BV');
	const base = await newAssessment(page, orgId);
	await page.goto(`${base}/workforce`);
	await page.getByLabel('Kenmerk').fill('123456782');
	await page.getByLabel('Uren per week').fill('32');
	await page.getByLabel('Begindatum').fill('2021-01-01');
	await page.getByRole('button', { name: 'Regel toevoegen' }).click();
	await expect(page.getByLabel('Kenmerk')).toHaveAccessibleDescription(/lijkt op een BSN/i);
	await page.goto(`${base}/workforce`);
	await expect(page.getByText('Nog geen doelgroepregels.')).toBeVisible();
});
