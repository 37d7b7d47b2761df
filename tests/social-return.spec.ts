import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createOrganisation, gotoReady, signUp, uniqueEmail } from './helpers';

async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

function rungRow(page: Page, rung: string) {
	return page.getByTestId('sr-rungs').getByRole('row', { name: new RegExp(`^${rung}\\b`) });
}

test('the obligation view: Noordoost-Brabant trede 2 covers it all, an unknown % is a range', async ({
	page
}) => {
	await signUp(page, uniqueEmail('sr-view'));
	await page.getByRole('link', { name: 'Social Return', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Social Return-verplichting berekenen'
	);

	await page
		.getByLabel('Beleid van de aanbesteder')
		.selectOption({ label: 'Regionaal Social Return-beleid Noordoost-Brabant' });
	await page.getByLabel('Opdrachtwaarde (euro, excl. btw)').fill('2.000.000');
	await page.getByLabel('Percentage uit de aanbestedingsstukken (%)').fill('5');
	await page.getByRole('button', { name: 'Bereken' }).click();

	await expect(page).toHaveURL(/policy=nl-noordoost-brabant&value=2.000.000/);
	await expect(page.getByTestId('sr-obligation')).toHaveText(/^€\s?100\.000$/);
	const trede2 = rungRow(page, 'trede 2');
	await expect(trede2).toContainText('Voldoet aan de hele verplichting');
	await expect(trede2.getByRole('cell').nth(1)).toHaveText(/^€\s?100\.000$/);
	await expect(trede2.getByRole('cell').nth(2)).toHaveText(/^€\s?0$/);
	await expect(trede2.getByRole('link', { name: /Bernheze/ })).toBeVisible();
	// No stated rule for trede 1: a range and the advice to ask, never a zero.
	await expect(rungRow(page, 'trede 1')).toContainText('Geen regel bekend — vraag de aanbesteder');
	await expect(rungRow(page, 'trede 1').getByRole('cell').nth(1)).toHaveText(
		/^€\s?0 – €\s?100\.000$/
	);
	await expect(page.getByRole('note')).toContainText('Indicatief');
	await expectNoAxeViolations(page);

	// Without the tender's percentage, the policy's unknown % makes the obligation a range.
	await gotoReady(
		page,
		'/social-return?policy=nl-noordoost-brabant&value=2.000.000&scope=works&labour=&pct=&months=24'
	);
	await expect(page.getByTestId('sr-obligation')).toHaveText(/^€\s?0 – €\s?100\.000$/);
	await expect(page.getByText('Het percentage is onbekend', { exact: false })).toBeVisible();
	await expect(rungRow(page, 'trede 2').getByRole('cell').nth(2)).toHaveText(/^€\s?0$/);

	await page.getByRole('link', { name: /Alle regels en bronnen/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Regionaal Social Return-beleid Noordoost-Brabant'
	);
	await expect(page.getByText('Laatst nagekeken')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a wrongly typed amount is refused beside its field, with the input kept', async ({
	page
}) => {
	await signUp(page, uniqueEmail('sr-error'));
	await gotoReady(
		page,
		'/social-return?policy=nl-twente&value=abc&scope=services&labour=&pct=150&months=24'
	);
	const value = page.getByLabel('Opdrachtwaarde (euro, excl. btw)');
	await expect(value).toHaveValue('abc');
	await expect(value).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Vul een getal in van 0 tot en met 100.')).toBeVisible();
	await expect(page.getByTestId('sr-rungs')).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the obligation view works as a plain GET form', async ({ page }) => {
		await signUp(page, uniqueEmail('sr-nojs'));
		await page.goto('/social-return');
		await page.getByLabel('Beleid van de aanbesteder').selectOption('nl-twente');
		await page.getByLabel('Opdrachtwaarde (euro, excl. btw)').fill('1.000.000');
		await page.getByLabel('Aandeel arbeid (%)').fill('10');
		await page.getByRole('button', { name: 'Bereken' }).click();
		await expect(page).toHaveURL(/policy=nl-twente/);
		// Twente: 2 % below 30 % labour share.
		await expect(page.getByTestId('sr-obligation')).toHaveText(/^€\s?20\.000$/);
		await expect(rungRow(page, 'trede 2')).toContainText('Korting, hoogte onbekend');
	});
});

test('custom policies: refused with paths, then saved from a copy; strangers get 404', async ({
	page,
	browser
}) => {
	await signUp(page, uniqueEmail('sr-owner'));
	const orgId = await createOrganisation(page, 'SR Advies BV');
	await gotoReady(page, `/orgs/${orgId}/sr-policies`);
	await expect(page.getByText('Nog geen eigen beleid.')).toBeVisible();

	await page.getByLabel('Beleid (JSON)').fill('{"format": "sr-policy/1", "id": "Eigen!"}');
	await page.getByRole('button', { name: 'Beleid opslaan' }).click();
	await expect(page.getByText(/Dit is geen geldig beleid/)).toBeVisible();
	const issues = page.getByTestId('sr-policy-issues');
	await expect(issues).toContainText('id');
	await expect(issues).toContainText('lastCheckedOn');
	await expect(page.getByLabel('Beleid (JSON)')).toHaveValue(/"Eigen!"/);
	await expectNoAxeViolations(page);

	await page.getByLabel('Begin met een kopie van').selectOption('nl-twente');
	await page.getByRole('button', { name: 'Kopie maken om te bewerken' }).click();
	await expect(page.getByLabel('Beleid (JSON)')).toHaveValue(/"kind": "custom"/);
	await page.getByRole('button', { name: 'Beleid opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('Het beleid is opgeslagen.');
	const link = page.getByRole('link', { name: 'Twents SROI-beleid 2017' });
	await expect(link).toBeVisible();
	await link.click();
	await expect(page.getByRole('heading', { name: 'Drempels' })).toBeVisible();
	const policyUrl = new URL(page.url()).pathname;

	const stranger = await browser.newPage();
	await signUp(stranger, uniqueEmail('sr-stranger'));
	for (const path of [`/orgs/${orgId}/sr-policies`, policyUrl]) {
		const response = await stranger.goto(path);
		expect(response?.status(), path).toBe(404);
	}
	await stranger.close();
});
