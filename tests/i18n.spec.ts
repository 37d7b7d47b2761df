import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

test('the language switch changes the UI to English and the choice is remembered', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('banner').getByRole('link', { name: 'Inloggen' })).toBeVisible();
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'How social is your organisation?'
	);
	await expect(page.getByText('not a PSO certificate')).toBeVisible();

	await page.goto('/login');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
	await expect(page).toHaveURL(/\/login$/);
});

test('the footer says results are indicative on every page', async ({ page }) => {
	await signUp(page, uniqueEmail('footer'));
	for (const path of ['/', '/orgs', '/orgs/new', '/account']) {
		await page.goto(path);
		await expect(page.getByRole('contentinfo')).toContainText('geen PSO-certificaat');
	}
});
