import { expect, test } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

test('the whole assessment flow works in English', async ({ page }) => {
	await signUp(page, uniqueEmail('english'));
	await page.getByRole('button', { name: 'English' }).click();
	await page.goto('/orgs/new');
	await page.getByLabel('Organisation name').fill('Green Gardens Ltd');
	await page.getByLabel('KvK number').fill('12345678');
	await page.getByRole('button', { name: 'Create organisation' }).click();
	await page.getByRole('link', { name: 'New assessment' }).click();
	await page.getByRole('button', { name: 'Create assessment' }).click();
	await page.getByLabel('Total FTE in the reference period').fill('10');
	await page.getByLabel('Employees on the end date (optional)').fill('10');
	await page.getByRole('button', { name: 'Save and continue' }).click();
	await page.getByLabel('Code', { exact: true }).fill('emp-1');
	await page.getByLabel('Starting position').selectOption('doelgroepregister');
	await page.getByLabel('Hours per week').fill('40');
	await page.getByLabel('Start date').fill('2021-01-01');
	await page.getByRole('button', { name: 'Add line' }).click();
	await expect(page.getByRole('status')).toContainText('Line emp-1 added');
	await page.getByRole('link', { name: /Qualitative and evidence/ }).click();
	for (const group of await page.getByRole('radiogroup').all())
		await group.getByLabel('met', { exact: true }).check();
	await page.getByRole('button', { name: 'Save and view result' }).click();
	await expect(page.getByRole('heading', { name: 'Estimated rung' })).toBeVisible();
	await expect(page.getByTestId('rung')).toContainText('trede');
	await expect(page.getByRole('note')).toContainText(
		'Indicative self-assessment, not a PSO certificate'
	);
	await expect(page.getByRole('heading', { name: 'Why this rung: step by step' })).toBeVisible();
	await page.getByRole('button', { name: 'Finalise' }).click();
	await page.getByRole('button', { name: 'Yes, make final' }).click();
	await expect(page.getByText('This assessment is final')).toBeVisible();
	await page.getByRole('link', { name: 'Report to print or save as PDF' }).click();
	await expect(page.locator('.report')).toContainText('Green Gardens Ltd');
	await expect(page.locator('.report')).toContainText('PSO report (indicative)');
});
