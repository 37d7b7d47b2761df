import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createOrganisation, gotoReady, signUp, uniqueEmail } from './helpers';

// Dates relative to today: the certificate is in force now and expires before the contract ends.
const isoDaysFromNow = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

async function expectNoViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		page.url()
	).toEqual([]);
}

/** An organisation with a trede 2 certificate (valid 2 years from a month ago) and one tender. */
async function organisationWithTender(page: Page): Promise<{ orgId: string; tenderUrl: string }> {
	await signUp(page, uniqueEmail('tender'));
	const orgId = await createOrganisation(page, 'Groen en Schoon BV');
	await page.goto(`/orgs/${orgId}/certificates`);
	await page.getByLabel('Trede op het certificaat').selectOption({ label: 'trede 2' });
	await page.getByLabel('Datum van afgifte').fill(dutchDate(isoDaysFromNow(-30)));
	await page.getByLabel('Certificerende instelling').fill('Kiwa');
	await page.getByRole('button', { name: 'Certificaat vastleggen' }).click();
	await expect(page.getByRole('status')).toHaveText('Certificaat vastgelegd.');

	await page.getByRole('link', { name: 'Aanbestedingen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Aanbestedingen en Social Return'
	);
	await expectNoViolations(page);
	await gotoReady(page, page.url());
	await page.getByLabel('Naam van de opdracht').fill('Onderhoud openbare ruimte');
	await page
		.getByLabel('Beleid van de opdrachtgever')
		.selectOption({ label: 'Regionaal Social Return-beleid Noordoost-Brabant' });
	await page.getByLabel('Opdrachtwaarde (€, excl. btw)').fill('2.000.000');
	await page.getByLabel('Soort opdracht').selectOption({ label: 'Diensten' });
	await page.getByLabel('Begin opdracht').fill(dutchDate(isoDaysFromNow(60)));
	await page.getByLabel('Einde opdracht').fill(dutchDate(isoDaysFromNow(60 + 3 * 365)));
	await page.getByLabel(/Social Return-percentage/).fill('5');
	await page.getByRole('button', { name: 'Aanbesteding opslaan' }).click();
	await expect(page.getByRole('status')).toHaveText('Aanbesteding opgeslagen.');
	return { orgId, tenderUrl: new URL(page.url()).pathname };
}

test('a tender shows what trede 2 is worth, compares two buyers, and prints a plan van aanpak', async ({
	page
}) => {
	const { tenderUrl } = await organisationWithTender(page);

	// 5 % of € 2.000.000; in Noordoost-Brabant trede 2 fulfils all of it, but only while valid.
	await expect(page.getByTestId('obligation')).toHaveText(/€\s?100\.000/);
	await expect(page.getByTestId('credit')).toContainText(/€\s?100\.000/);
	await expect(page.getByTestId('remaining')).toHaveText(/€\s?0$/);
	await expect(page.getByText(/Gerekend met uw PSO-certificaat: trede 2/)).toBeVisible();
	await expect(page.getByRole('alert')).toContainText(
		/verloopt op .* vóór het einde van de opdracht/
	);
	await expectNoViolations(page);

	// Side by side, without JavaScript needed: a GET form with checkboxes.
	await page.getByRole('checkbox', { name: /Oost-Nederland/ }).check();
	await page.getByRole('button', { name: 'Vergelijken' }).click();
	await expect(page).toHaveURL(/compare=nl-noordoost-brabant&compare=nl-oost-nederland/);
	const table = page.getByRole('table', {
		name: 'Dezelfde opdracht onder verschillende opdrachtgevers'
	});
	await expect(table.getByRole('row')).toHaveCount(3);
	await expect(table.getByRole('row', { name: /Noordoost-Brabant/ })).toContainText(/€\s?100\.000/);
	// Oost-Nederland's discount is not in any source: a range and "vraag de aanbesteder", never 0.
	await expect(table.getByRole('row', { name: /Oost-Nederland/ })).toContainText(
		/€\s?0 tot €\s?100\.000.*vraag de aanbesteder/
	);
	await expectNoViolations(page);

	// The comma form works too (a shared link).
	await page.goto(`${tenderUrl}?compare=nl-noordoost-brabant,nl-utrecht`);
	await expect(page.getByRole('row', { name: /Utrecht/ })).toBeVisible();

	await page.getByRole('link', { name: 'Plan van aanpak' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan van aanpak Social Return');
	await expect(page.getByTestId('plan-obligation')).toHaveText(/€\s?100\.000/);
	await expect(page.getByText(/Hercertificering op dezelfde trede vóór/)).toBeVisible();
	await expect(page.getByText(/Indicatieve berekening, geen toezegging/)).toBeVisible();
	await expectNoViolations(page);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Plan van aanpak Social Return' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Organisatiemenu' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Exporteren als JSON' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	const response = await page.request.get(`${tenderUrl}/plan/plan.json`);
	expect(response.status()).toBe(200);
	const doc = await response.json();
	expect(doc.tender).toMatchObject({
		format: 'sr-tender/1',
		policy: 'nl-noordoost-brabant',
		contractValue: 2_000_000,
		pctOverride: 5,
		certificate: { rung: 'trede-2' },
		estimate: false
	});
	expect(doc.result).toMatchObject({
		format: 'sr-result/1',
		obligation: { min: 100_000, max: 100_000 },
		credit: { min: 100_000, max: 100_000 }
	});
	expect(doc.plan.organisation.name).toBe('Groen en Schoon BV');
});

test('a typo is refused beside its field, a tender is edited and deleted, and a stranger gets 404', async ({
	page,
	browser
}) => {
	const { orgId, tenderUrl } = await organisationWithTender(page);

	await gotoReady(page, `/orgs/${orgId}/tenders`);
	await page.getByLabel('Naam van de opdracht').fill('Tweede opdracht');
	await page.getByLabel('Opdrachtwaarde (€, excl. btw)').fill('48,500.00');
	await page.getByLabel('Begin opdracht').fill('01-01-2027');
	await page.getByLabel('Einde opdracht').fill('01-01-2026');
	await page.getByRole('button', { name: 'Aanbesteding opslaan' }).click();
	await expect(page.getByLabel('Opdrachtwaarde (€, excl. btw)')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(page.getByText('Het einde ligt vóór het begin.')).toBeVisible();
	await expect(page.getByLabel('Naam van de opdracht')).toHaveValue('Tweede opdracht');

	const stranger = await browser.newContext();
	const other = await stranger.newPage();
	await signUp(other, uniqueEmail('tender-stranger'));
	for (const path of [
		tenderUrl,
		`${tenderUrl}/plan`,
		`${tenderUrl}/plan/plan.json`,
		`${tenderUrl}/edit`
	]) {
		const response = await other.goto(path);
		expect(response?.status(), path).toBe(404);
	}
	await stranger.close();

	// Edit, then delete: the deletion asks first and the tender is gone from the list.
	await gotoReady(page, `${tenderUrl}/edit`);
	await page.getByLabel('Naam van de opdracht').fill('Groenonderhoud Oss');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status')).toHaveText('Wijzigingen opgeslagen.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Groenonderhoud Oss');
	await page.getByRole('link', { name: 'Verwijderen' }).click();
	await expect(page.getByText('Aanbesteding ‘Groenonderhoud Oss’ verwijderen?')).toBeVisible();
	await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(page.getByRole('status')).toHaveText('Aanbesteding verwijderd.');
	await expect(page.getByText('Nog geen aanbestedingen vastgelegd.')).toBeVisible();

	// The audit trail tells who added, changed and removed it, in words.
	await page.goto(`/orgs/${orgId}/audit`);
	await expect(page.getByText(/Aanbesteding ‘.+’ toegevoegd/).first()).toBeVisible();
	await expect(page.getByText(/Aanbesteding ‘.+’ gewijzigd/).first()).toBeVisible();
	await expect(page.getByText(/Aanbesteding ‘Groenonderhoud Oss’ verwijderd/)).toBeVisible();
	await expect(page.getByText('tender_id')).toHaveCount(0);
});
