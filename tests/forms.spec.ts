import { expect, test, type Page } from '@playwright/test';
import { createOrganisation, gotoReady, signUp, uniqueEmail } from './helpers';

/** The error is tied to its field (aria-describedby), so it is read out and shown beside it. */
async function expectFieldError(page: Page, label: string, message: RegExp) {
	const field = page.getByLabel(label, { exact: true });
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(message);
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`bad input ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		test.use({ javaScriptEnabled });

		test('sign-up: short password and bad e-mail, values kept', async ({ page }) => {
			await page.goto('/signup');
			await page.getByLabel('E-mailadres').fill('kees@example.nl');
			await page.getByLabel('Wachtwoord', { exact: true }).fill('short');
			await page.getByRole('button', { name: 'Account aanmaken' }).click();
			await expectFieldError(page, 'Wachtwoord', /minstens 10 tekens/);
			await expect(page.getByLabel('E-mailadres')).toHaveValue('kees@example.nl');
			// The server never sends a password back (with JavaScript the browser keeps the field).
			if (!javaScriptEnabled) {
				await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('');
			}

			await page.getByLabel('E-mailadres').fill('not-an-email');
			await page.getByLabel('Wachtwoord', { exact: true }).fill('long-enough-password');
			await page.getByRole('button', { name: 'Account aanmaken' }).click();
			await expectFieldError(page, 'E-mailadres', /geldig e-mailadres/);
		});

		// Issue 12: sign-up does not reveal that an address has an account; the address's owner
		// gets a mail about it instead (tests/verified-signup.spec.ts).
		test('sign-up with an e-mail that has an account answers "check your mail"', async ({
			page,
			browser
		}) => {
			const email = uniqueEmail('taken');
			const other = await browser.newPage();
			await signUp(other, email);
			await page.goto('/signup');
			await page.getByLabel('E-mailadres').fill(email);
			await page.getByLabel('Wachtwoord', { exact: true }).fill('long-enough-password');
			await page.getByRole('button', { name: 'Account aanmaken' }).click();
			await expect(page).toHaveURL(/\/signup\/sent$/);
			await expect(
				page.getByRole('heading', { level: 1, name: 'Kijk in uw mailbox' })
			).toBeVisible();
		});

		test('login: missing password', async ({ page }) => {
			await page.goto('/login');
			await page.getByLabel('E-mailadres').fill('kees@example.nl');
			await page
				.getByLabel('Wachtwoord', { exact: true })
				.evaluate((el) => el.removeAttribute('required'));
			await page.getByRole('button', { name: 'Inloggen' }).click();
			await expectFieldError(page, 'Wachtwoord', /Vul uw wachtwoord in/);
			await expect(page.getByLabel('E-mailadres')).toHaveValue('kees@example.nl');
		});

		test('new assessment: a peiljaar typed as dd-mm-jjjj; an impossible date kept', async ({
			page
		}) => {
			await signUp(page, uniqueEmail('dates'));
			const orgId = await createOrganisation(page, 'Datum BV');
			await gotoReady(page, `/orgs/${orgId}/assessments/new`);
			await page.getByLabel('Begindatum').fill('01-01-2025');
			await page.getByLabel('Einddatum').fill('31-02-2025');
			await page.getByRole('button', { name: 'Beoordeling aanmaken' }).click();
			await expectFieldError(page, 'Einddatum', /bestaande datum/);
			await expect(page.getByLabel('Einddatum')).toHaveValue('31-02-2025');
			await expect(page.getByLabel('Begindatum')).toHaveValue('01-01-2025');

			await page.getByLabel('Einddatum').fill('31-12-2025');
			await page.getByRole('button', { name: 'Beoordeling aanmaken' }).click();
			await expect(page).toHaveURL(/\/assessments\/[^/]+\/organisation$/);
		});

		test('organisation forms, invitation and password change', async ({ page }) => {
			await signUp(page, uniqueEmail('forms'));
			await page.goto('/orgs/new');
			await page.getByLabel('Naam organisatie').fill('Bakkerij De Korf');
			await page.getByLabel('KvK-nummer').fill('1234');
			await page.getByLabel('Sector (optioneel)').fill('Voeding');
			await page.getByLabel('Voltijdnorm cao (uren per week)').fill('38');
			await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
			await expectFieldError(page, 'KvK-nummer', /8 cijfers/);
			await expect(page.getByLabel('Naam organisatie')).toHaveValue('Bakkerij De Korf');
			await expect(page.getByLabel('Sector (optioneel)')).toHaveValue('Voeding');
			await expect(page.getByLabel('Voltijdnorm cao (uren per week)')).toHaveValue('38');

			const orgId = await createOrganisation(page, 'Bakkerij De Korf');
			await page.goto(`/orgs/${orgId}/settings`);
			await page.getByLabel('Voltijdnorm cao (uren per week)').fill('90');
			await page.getByLabel('Sector (optioneel)').fill('Bakkerij');
			await page.getByRole('button', { name: 'Opslaan' }).click();
			await expectFieldError(page, 'Voltijdnorm cao (uren per week)', /hoogstens 60/);
			await expect(page.getByLabel('Sector (optioneel)')).toHaveValue('Bakkerij');
			await page.getByLabel('Voltijdnorm cao (uren per week)').fill('36');
			await page.getByRole('button', { name: 'Opslaan' }).click();
			await expect(page.getByRole('status')).toHaveText('Organisatiegegevens opgeslagen.');
			await expect(page.getByLabel('Sector (optioneel)')).toHaveValue('Bakkerij');

			await page.goto(`/orgs/${orgId}/members`);
			await page.getByLabel('E-mailadres').fill('geen-adres');
			await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Lezer' });
			await page.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
			await expectFieldError(page, 'E-mailadres', /geldig e-mailadres/);
			await expect(page.getByLabel('Rol', { exact: true })).toHaveValue('viewer');

			await page.goto('/account');
			await page.getByLabel('Huidig wachtwoord').fill('not-my-password');
			await page.getByLabel('Nieuw wachtwoord').fill('another-new-password');
			await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
			await expectFieldError(page, 'Huidig wachtwoord', /klopt niet/);
		});
	});
}
