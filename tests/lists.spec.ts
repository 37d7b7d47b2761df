// Issue 11 items 1 and 2: the Doelgroep and Inkoop lists page on the server (GET parameters),
// search and filter; deleting asks first (with and without JavaScript) and can be undone; every
// add redirects, so a reload never adds twice.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createOrganisation, importAssessmentFile, signUp, uniqueEmail } from './helpers';

async function expectNoViolations(page: Page, state: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		state
	).toEqual([]);
}

/** A pso-assessment/1 file with `count` lines; every 100th ended before the period end. */
function assessmentFile(count: number) {
	return {
		format: 'pso-assessment/1',
		ruleset: '2.1',
		period: { start: '2025-01-01', end: '2025-12-31' },
		organisation: { monthsActive: 36, headcount: 6000 },
		totalFte: 5000,
		targetGroup: Array.from({ length: count }, (_, i) => ({
			id: `mw-${i + 1}`,
			position: 'wajong',
			contract: i % 2 ? 'regular' : 'secondment-flex',
			hoursPerWeek: 20 + (i % 20),
			start: '2021-01-01',
			end: (i + 1) % 100 === 0 ? '2025-06-30' : null
		})),
		purchases: [],
		qualitative: { suitableWork: 'met', integration: 'met', development: 'met', guidance: 'met' }
	};
}

/** A signed-in owner's new draft, imported from a file; returns its Doelgroep page. */
async function importedDraft(page: Page, lines: number): Promise<string> {
	await signUp(page, uniqueEmail('lists'));
	const orgId = await createOrganisation(page, 'Lijsten BV');
	const path = await importAssessmentFile(page, orgId, assessmentFile(lines));
	return `${path}/workforce`;
}

test('2,000 lines page on the server, with search, a "needs attention" filter and figures', async ({
	page
}) => {
	const workforce = await importedDraft(page, 2000);
	// The second page as a browser without JavaScript gets it: small, with 50 rows.
	const html = await (await page.request.get(`${workforce}?page=2`)).text();
	expect(html.length).toBeLessThan(300_000);
	await page.goto(`${workforce}?page=2`);
	const table = page.getByRole('table');
	await expect(table.getByRole('caption')).toHaveText('Regels 51–100 van 2.000');
	await expect(table.locator('tbody tr')).toHaveCount(50);
	// The engine's figures per line: 30 of 40 hours, seconded (0.9), counts with no end.
	await expect(table.getByRole('row', { name: /^mw-51 / })).toContainText('0,75');
	await expect(table.getByRole('row', { name: /^mw-51 / })).toContainText('1 × 0,9');
	await expect(table.getByRole('row', { name: /^mw-51 / })).toContainText('geen einde');
	await expectNoViolations(page, 'paged list');

	await page.getByRole('link', { name: 'Volgende' }).click();
	await expect(page).toHaveURL(/page=3/);
	await expect(table.getByRole('caption')).toHaveText('Regels 101–150 van 2.000');
	await page.getByRole('link', { name: 'Pagina 40' }).click();
	await expect(table.locator('tbody tr').last()).toContainText('mw-2000');

	await page.getByLabel('Zoek regel').fill('mw-199');
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(table.getByRole('caption')).toHaveText(
		'Regels 1–11 van 11 gevonden (van 2.000 in totaal)'
	);

	await page.getByLabel('Zoek regel').fill('');
	await page.getByLabel('Alleen regels die aandacht vragen').check();
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page).toHaveURL(/attention=1/);
	await expect(table.getByRole('caption')).toHaveText(
		'Regels 1–20 van 20 gevonden (van 2.000 in totaal)'
	);
	await expect(table.locator('tbody tr').first()).toContainText('Contract beëindigd op 30-06-2025');
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		test('deleting a line asks first, and the deletion can be undone', async ({ page }) => {
			const workforce = await importedDraft(page, 120);
			await page.goto(`${workforce}?page=2`);
			await page.getByRole('link', { name: 'Regel mw-60 verwijderen' }).click();
			const question = page.getByRole('region', { name: 'Weet u het zeker?' });
			await expect(question).toContainText('Regel mw-60 verwijderen?');
			if (javaScriptEnabled) await expectNoViolations(page, 'confirm step');
			// Cancel keeps the list where it was.
			await question.getByRole('link', { name: 'Annuleren' }).click();
			await expect(page).toHaveURL(/\?page=2$/);
			await expect(page.getByRole('row', { name: /^mw-60 / })).toBeVisible();

			await page.getByRole('link', { name: 'Regel mw-60 verwijderen' }).click();
			await page.getByRole('button', { name: 'Regel verwijderen' }).click();
			await expect(page.getByRole('status')).toContainText('Regel mw-60 verwijderd.');
			await expect(page).toHaveURL(/\?page=2$/);
			await expect(page.getByRole('row', { name: /^mw-60 / })).toHaveCount(0);
			await expect(page.getByRole('caption')).toHaveText('Regels 51–100 van 119');

			await page.getByRole('button', { name: 'Ongedaan maken' }).click();
			await expect(page.getByRole('status')).toContainText('Regel mw-60 teruggezet.');
			const row = page.getByRole('row', { name: /^mw-60 / });
			await expect(row).toContainText('Regulier contract');
			await expect(page.getByRole('caption')).toHaveText('Regels 51–100 van 120');
			// Back in its old place: between mw-59 and mw-61.
			const ids = await page.locator('tbody th[scope=row]').allTextContents();
			expect(ids.slice(8, 11)).toEqual(['mw-59', 'mw-60', 'mw-61']);
		});
	});
}

test('a post without the confirmation deletes nothing and shows the question', async ({
	page,
	baseURL
}) => {
	const workforce = await importedDraft(page, 3);
	const res = await page.request.post(`${workforce}?/delete`, {
		form: { lineId: 'mw-2' },
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
	expect(res.headers().location).toBe(`${workforce}?delete=mw-2`);
	await page.goto(workforce);
	await expect(page.getByRole('row', { name: /^mw-2 / })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('reloading after adding a purchase adds nothing twice; an SW company needs no certificate', async ({
		page
	}) => {
		const workforce = await importedDraft(page, 1);
		const purchases = workforce.replace(/workforce$/, 'purchases');
		await page.goto(purchases);
		await expect(
			page.getByText('Een SW-bedrijf heeft hiervoor geen PSO-certificaat nodig')
		).toBeVisible();
		await page.getByLabel('Leverancier', { exact: true }).fill('SW Noord');
		await page.getByLabel('SW-bedrijf (uitbesteed werk)').check();
		await page.getByLabel('Inkoopbedrag (€)').fill('50.000');
		await page.getByLabel('Omzet leverancier (€)').fill('2.000.000');
		await page.getByLabel('Fte leverancier').fill('40');
		await page.getByLabel('Directe bijdrage leverancier (%)').fill('60');
		await page.getByRole('button', { name: 'Inkoop toevoegen' }).click();
		await expect(page.getByRole('status')).toContainText('Inkoop bij SW Noord toegevoegd.');
		await page.reload();
		await expect(page.getByRole('row', { name: /^SW Noord / })).toHaveCount(1);
		await expect(page.getByRole('status')).toHaveCount(0);

		await page.getByLabel('Zoek inkoop').fill('noord');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await expect(page.getByRole('caption')).toHaveText(
			'Inkopen 1–1 van 1 gevonden (van 1 in totaal)'
		);
		await page.getByRole('link', { name: 'Inkoop bij SW Noord verwijderen' }).click();
		await page.getByRole('button', { name: 'Inkoop verwijderen' }).click();
		await expect(page.getByRole('status')).toContainText('Inkoop bij SW Noord verwijderd.');
		await page.getByRole('button', { name: 'Ongedaan maken' }).click();
		await expect(page.getByRole('status')).toContainText('Inkoop bij SW Noord teruggezet.');
		await expect(page.getByRole('row', { name: /^SW Noord / })).toHaveCount(1);
	});
});
