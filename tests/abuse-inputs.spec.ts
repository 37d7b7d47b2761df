// Issue 8: large inputs are bounded and fair. A big CSV previews as its first rows and a
// count, and commits through a server-side token; a JSON file over the line limit is
// refused with the limit named. (The hang on an overflowing amount is guarded by unit
// tests: change-decomposition.test.ts and the compare/impact server modules.)
import { expect, test } from '@playwright/test';
import { newAssessment } from './assessment-helpers';
import { createOrganisation, signUp, uniqueEmail } from './helpers';

const header = 'kenmerk;uitgangspositie;contract;uren per week;begindatum;einddatum';

test('a 300-row CSV previews its first 50 rows and commits by token, once', async ({
	page,
	baseURL
}) => {
	await signUp(page, uniqueEmail('bigcsv'));
	const orgId = await createOrganisation(page, 'Groot BV');
	const base = await newAssessment(page, orgId);
	const rows = Array.from({ length: 300 }, (_, i) => `mw-${i + 1};Wajong;regulier;8;01-03-2020;`);
	await page.goto(`${base}/workforce/import`);
	await page.getByLabel('CSV-bestand').setInputFiles({
		name: 'groot.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`\ufeff${[header, ...rows].join('\r\n')}\r\n`, 'utf8')
	});
	await page.getByRole('button', { name: 'Bestand controleren' }).click();
	await expect(page.getByRole('heading', { name: /300 regels gecontroleerd/ })).toBeVisible();
	const preview = page.getByRole('table', { name: 'Voorbeeld van de regels' });
	await expect(preview.locator('tbody tr')).toHaveCount(50);
	await expect(page.getByText(/En nog 250 regels/)).toBeVisible();
	// The lines stay on the server: the form carries a token, not 300 lines.
	await expect(page.locator('input[name="payload"]')).toHaveCount(0);
	const token = await page.locator('input[name="token"]').inputValue();
	expect(token).toMatch(/^[\w-]{20,64}$/);

	await page.getByRole('button', { name: /300 regels opslaan/ }).click();
	// Only the redirect matters here, not rendering the 300 stored lines.
	await page.waitForURL(/\/workforce$/, { waitUntil: 'commit' });

	// The token is used up: sending it again stores nothing twice.
	const again = await page.request.post(`${base}/workforce/import?/commit`, {
		form: { token },
		headers: { origin: baseURL ?? '', accept: 'text/html' },
		maxRedirects: 0
	});
	expect(again.status()).toBe(400);
	expect(await again.text()).toContain('verlopen of al gebruikt');
});

test('a JSON file of 60,000 lines is refused with the limit named', async ({ page }) => {
	await signUp(page, uniqueEmail('bigjson'));
	const orgId = await createOrganisation(page, 'Json BV');
	const lines = Array.from({ length: 60_000 }, (_, i) => ({ id: `x${i}` }));
	await page.goto(`/orgs/${orgId}/assessments/import`);
	await page.getByLabel('JSON-bestand').setInputFiles({
		name: 'groot.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ format: 'pso-assessment/1', targetGroup: lines }))
	});
	await page.getByRole('button', { name: 'Bestand controleren' }).click();
	await expect(page.getByLabel('JSON-bestand')).toHaveAccessibleDescription(
		/maximaal 50\.000 doelgroepregels bevatten; dit zouden er 60\.000 worden/
	);
	await page.goto(`/orgs/${orgId}`);
	await expect(page.getByRole('link', { name: /groot\.json/ })).toHaveCount(0);
});
