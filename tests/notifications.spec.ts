import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gotoReady, signUp, uniqueEmail } from './helpers';

async function expectNoViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

const certificateSwitch = (page: Page) =>
	page.getByRole('checkbox', { name: /Herinneringen voor certificaten/ });
const evidenceSwitch = (page: Page) =>
	page.getByRole('checkbox', { name: /Herinneringen voor bewijsstukken/ });

for (const javaScriptEnabled of [true, false]) {
	test.describe(`reminder choices (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
		test.use({ javaScriptEnabled });

		test('switching a kind off saves, confirms, and stays off after a reload', async ({ page }) => {
			await signUp(page, uniqueEmail('meldingen'));
			// Reached from the account page.
			await gotoReady(page, '/account');
			await page.getByRole('link', { name: 'E-mailherinneringen' }).click();
			await expect(page).toHaveURL(/\/account\/notifications$/);
			await gotoReady(page, '/account/notifications');
			await expect(
				page.getByRole('heading', { level: 1, name: 'E-mailherinneringen' })
			).toBeVisible();
			await expect(certificateSwitch(page)).toBeChecked();
			await expect(evidenceSwitch(page)).toBeChecked();
			// Only advisors choose a digest.
			await expect(page.getByRole('checkbox', { name: /wekelijks overzicht/ })).toHaveCount(0);
			// axe runs as a script in the page, so only where JavaScript runs.
			if (javaScriptEnabled) await expectNoViolations(page);

			await certificateSwitch(page).uncheck();
			await page.getByRole('button', { name: 'Keuzes opslaan' }).click();
			await expect(page).toHaveURL(/\/account\/notifications$/);
			await expect(page.getByRole('status')).toContainText(
				'Uw keuzes voor e-mailherinneringen zijn opgeslagen.'
			);
			if (javaScriptEnabled) await expectNoViolations(page);
			await page.reload();
			await expect(certificateSwitch(page)).not.toBeChecked();
			await expect(evidenceSwitch(page)).toBeChecked();
			await expect(page.getByRole('status')).toHaveCount(0);

			await certificateSwitch(page).check();
			await evidenceSwitch(page).uncheck();
			await page.getByRole('button', { name: 'Keuzes opslaan' }).click();
			await expect(page.getByRole('status')).toBeVisible();
			await expect(certificateSwitch(page)).toBeChecked();
			await expect(evidenceSwitch(page)).not.toBeChecked();
		});
	});
}

test('reminders follow the language the choices were saved in', async ({ page }) => {
	await signUp(page, uniqueEmail('taal'));
	await gotoReady(page, '/account/notifications');
	await expect(page.getByText('het laatst opsloeg: Nederlands.')).toBeVisible();
	await page.getByRole('button', { name: 'English' }).click();
	await gotoReady(page, '/account/notifications');
	await page.getByRole('button', { name: 'Save choices' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Your e-mail reminder choices have been saved.'
	);
	await expect(page.getByText('you last saved these choices in: English.')).toBeVisible();
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await gotoReady(page, '/account/notifications');
	await expect(page.getByText('het laatst opsloeg: Engels.')).toBeVisible();
});
