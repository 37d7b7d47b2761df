import { expect, test } from '@playwright/test';
import { rungLabel } from '../src/lib/pso/rung-texts';
import {
	addLine,
	fillOrganisation,
	newAssessment,
	scoreWithCli,
	setAllCriteriaMet
} from './assessment-helpers';
import { createOrganisation, signUp, uniqueEmail } from './helpers';

for (const javaScriptEnabled of [true, false]) {
	test.describe(`assessment flow ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		test.use({ javaScriptEnabled });

		test('all steps, an explained rung equal to the engine, finalise, then editing is refused', async ({
			page,
			baseURL
		}) => {
			await signUp(page, uniqueEmail('flow'));
			const orgId = await createOrganisation(page, 'Groen Hoveniers BV');
			const base = await newAssessment(page, orgId);
			await fillOrganisation(page, base, '50', '55');
			await addLine(page, base, {
				id: 'mw-1',
				position: 'wajong',
				contract: 'regular',
				hours: '40',
				start: '2020-03-01'
			});
			await addLine(page, base, {
				id: 'mw-2',
				position: 'wajong',
				contract: 'regular',
				hours: '40',
				start: '2020-03-01'
			});

			await page.goto(`${base}/purchases`);
			await page.getByLabel('Leverancier', { exact: true }).fill('Groen BV');
			await page.getByLabel('Inkoopbedrag (€)').fill('50000');
			await page.getByLabel('Omzet leverancier (€)').fill('2000000');
			await page.getByLabel('Fte leverancier', { exact: true }).fill('40');
			await page.getByLabel('Directe bijdrage leverancier (%)').fill('30');
			await page.getByRole('button', { name: 'Inkoop toevoegen' }).click();
			await expect(
				page.getByRole('row', { name: /Groen BV/ }).getByRole('cell', { name: '0,3', exact: true })
			).toBeVisible();

			await setAllCriteriaMet(page, base);
			const exported = await page.request.get(`${base}/export.json`);
			const engine = scoreWithCli(await exported.text());
			await expect(page.getByTestId('rung')).toHaveText(rungLabel(engine.rung as 'trede-2', 'nl'));
			await expect(page.getByRole('note')).toContainText(
				'Indicatieve zelfbeoordeling, geen PSO-certificaat'
			);
			if (javaScriptEnabled) {
				await page.screenshot({ path: 'test-results/result-page.png', fullPage: true });
			}
			await expect(
				page.getByRole('heading', { name: 'Waarom deze trede: stap voor stap' })
			).toBeVisible();
			await expect(
				page.getByRole('heading', { name: 'Wat is nodig voor een hogere trede' })
			).toBeVisible();

			await page.getByRole('button', { name: 'Definitief maken' }).click();
			await page.getByRole('button', { name: 'Ja, definitief maken' }).click();
			await expect(page.getByText('Deze beoordeling is definitief')).toBeVisible();
			await expect(page.getByTestId('rung')).toHaveText(rungLabel(engine.rung as 'trede-2', 'nl'));

			// No forms any more, and posting to the actions directly is refused.
			await page.goto(`${base}/workforce`);
			await expect(page.getByRole('button', { name: 'Regel toevoegen' })).toHaveCount(0);
			const headers = { origin: baseURL!, accept: 'text/html' };
			const post = await page.request.post(`${base}/workforce?/add`, {
				headers,
				form: {
					id: 'mw-3',
					position: 'wajong',
					contract: 'regular',
					hoursPerWeek: '40',
					start: '2020-01-01'
				}
			});
			expect(post.status()).toBe(409);
			const org = await page.request.post(`${base}/organisation`, {
				headers,
				form: { totalFte: '10' }
			});
			expect(org.status()).toBe(409);

			await page.goto(`${base}/report`);
			await expect(page.getByRole('heading', { name: /Groen Hoveniers BV/ })).toBeVisible();
			await expect(page.locator('.report')).toContainText('Indicatieve zelfbeoordeling');
			await expect(page.locator('.report')).toContainText('Regelset');

			// A new version is an editable copy.
			await page.goto(base);
			await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
			await expect(page).toHaveURL(/\/organisation$/);
			await expect(page.getByLabel('Totaal fte in het peiljaar')).toHaveValue('50');
		});
	});
}

test('export → import → export gives the same file', async ({ page }) => {
	await signUp(page, uniqueEmail('roundtrip'));
	const orgId = await createOrganisation(page, 'Rondje BV');
	const base = await newAssessment(page, orgId, 'Scenario A');
	await fillOrganisation(page, base, '20', '22');
	await addLine(page, base, {
		id: 'a-1',
		position: 'ww',
		contract: 'secondment-flex',
		hours: '32',
		start: '2023-05-01'
	});
	await page.goto(`${base}/evidence`);
	const suitableWork = page.getByRole('group', { name: 'Passend werk', exact: true });
	await suitableWork.getByLabel('Document').fill('Functieprofielen 2025');
	await suitableWork.getByLabel('Geldig tot').fill('2026-06-30');
	await suitableWork.getByRole('button', { name: 'Bewijsstuk toevoegen bij Passend werk' }).click();
	await expect(page.getByRole('status')).toContainText('Functieprofielen 2025');

	const first = await (await page.request.get(`${base}/export.json`)).text();
	await page.goto(`/orgs/${orgId}/assessments/import`);
	await page
		.getByLabel('JSON-bestand')
		.setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(first) });
	await page.getByRole('button', { name: 'Bestand controleren' }).click();
	await page.getByRole('button', { name: 'Importeren', exact: true }).click();
	await expect(page.getByRole('heading', { name: /Scenario A/ })).toBeVisible();
	const importedBase = new URL(page.url()).pathname;
	expect(importedBase).not.toBe(base);
	const second = await (await page.request.get(`${importedBase}/export.json`)).text();
	expect(second).toBe(first);

	// An invalid file is refused with its problems listed, and nothing is created.
	await page.goto(`/orgs/${orgId}/assessments/import`);
	const broken = JSON.parse(first);
	broken.targetGroup[0].hoursPerWeek = 99;
	await page.getByLabel('JSON-bestand').setInputFiles({
		name: 'b.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(broken))
	});
	await page.getByRole('button', { name: 'Bestand controleren' }).click();
	await expect(page.getByText('targetGroup[0].hoursPerWeek')).toBeVisible();
	await page.goto(`/orgs/${orgId}`);
	await expect(page.getByRole('link', { name: 'Scenario A' })).toHaveCount(2);
});
