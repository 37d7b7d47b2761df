// Issue 8: numbers as people type them, and no personal data in. A Dutch user's `48.500` is
// forty-eight thousand five hundred; `48.50` is refused with the accepted forms; a name as a
// line id and a BSN in a supplier field are refused beside the field, the input kept.
import { expect, test, type Page } from '@playwright/test';
import { newAssessment } from './assessment-helpers';
import { createOrganisation, signUp, uniqueEmail } from './helpers';

async function fillPurchase(page: Page, supplier: string, amount: string) {
	await page.getByLabel('Leverancier', { exact: true }).fill(supplier);
	await page.getByLabel('Inkoopbedrag (€)').fill(amount);
	await page.getByLabel('Omzet leverancier (€)').fill('2.000.000');
	await page.getByLabel('Fte leverancier', { exact: true }).fill('40');
	await page.getByLabel('Directe bijdrage leverancier (%)').fill('30');
	await page.getByRole('button', { name: 'Inkoop toevoegen' }).click();
}

test.describe('input parsing', () => {
	let base = '';

	test.beforeEach(async ({ page }) => {
		await signUp(page, uniqueEmail('parse'));
		const orgId = await createOrganisation(page, 'Invoer BV');
		base = await newAssessment(page, orgId);
	});

	test('a Dutch amount with a thousands point is stored as typed; 48.50 is refused', async ({
		page
	}) => {
		await page.goto(`${base}/purchases`);
		await fillPurchase(page, 'Groen BV', '48.50');
		const amount = page.getByLabel('Inkoopbedrag (€)');
		await expect(amount).toHaveAccessibleDescription(/Schrijf het bedrag als 48500 of 48\.500,00/);
		await expect(amount).toHaveValue('48.50');
		await expect(page.getByRole('row', { name: /Groen BV/ })).toHaveCount(0);

		await fillPurchase(page, 'Groen BV', '48.500');
		const row = page.getByRole('row', { name: /Groen BV/ });
		await expect(row.getByRole('cell', { name: /€\s?48\.500/ }).first()).toBeVisible();
		await expect(row.getByRole('cell', { name: /€\s?2\.000\.000/ })).toBeVisible();

		// The edit form shows the stored amount back in Dutch, so saving it changes nothing.
		await page.getByRole('link', { name: 'Inkoop bij Groen BV wijzigen' }).click();
		await expect(page.getByLabel('Inkoopbedrag (€)')).toHaveValue('48500');
	});

	test('a BSN in the supplier field is refused', async ({ page }) => {
		await page.goto(`${base}/purchases`);
		await fillPurchase(page, 'Jansen 123456782', '48500');
		await expect(page.getByLabel('Leverancier', { exact: true })).toHaveAccessibleDescription(
			/BSN/
		);
		await expect(page.getByRole('row', { name: /Jansen/ })).toHaveCount(0);
	});

	test('a name as line id is refused with the reason; 32,5 hours show back as 32,5', async ({
		page
	}) => {
		await page.goto(`${base}/workforce`);
		await page.getByLabel('Kenmerk').fill('Jan de Vries');
		await page.getByLabel('Uren per week').fill('32,5');
		await page.getByLabel('Begindatum').fill('2024-03-01');
		await page.getByRole('button', { name: 'Regel toevoegen' }).click();
		await expect(page.getByLabel('Kenmerk')).toHaveAccessibleDescription(/lijkt op een naam/i);
		await expect(page.getByLabel('Kenmerk')).toHaveValue('Jan de Vries');

		await page.getByLabel('Kenmerk').fill('mw-017');
		await page.getByRole('button', { name: 'Regel toevoegen' }).click();
		await expect(page.getByRole('status')).toContainText('Regel mw-017 toegevoegd');
		await page.getByRole('link', { name: 'Regel mw-017 wijzigen' }).click();
		await expect(page.getByLabel('Uren per week')).toHaveValue('32,5');
	});

	test('a line start date typed as 01-03-2021 is accepted; 31-02-2021 is refused, kept', async ({
		page
	}) => {
		await page.goto(`${base}/workforce`);
		await page.getByLabel('Kenmerk').fill('mw-018');
		await page.getByLabel('Uren per week').fill('32');
		const start = page.getByLabel('Begindatum');
		await start.fill('31-02-2021');
		await page.getByRole('button', { name: 'Regel toevoegen' }).click();
		await expect(start).toHaveAccessibleDescription(/bestaande datum.*dd-mm-jjjj/);
		await expect(start).toHaveValue('31-02-2021');

		await start.fill('01-03-2021');
		await page.getByRole('button', { name: 'Regel toevoegen' }).click();
		await expect(page.getByRole('status')).toContainText('Regel mw-018 toegevoegd');
		// Stored as 1 March 2021 and shown back as a Dutch user writes it.
		await page.getByRole('link', { name: 'Regel mw-018 wijzigen' }).click();
		await expect(page.getByLabel('Begindatum')).toHaveValue('01-03-2021');
	});
});
