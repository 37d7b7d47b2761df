import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	acceptInvitation,
	createOrganisation,
	invite,
	signUp,
	uniqueEmail,
	importAssessmentFile
} from './helpers';

// Dates relative to today, so the renewal window and expiry hold whenever the tests run.
const isoDaysFromNow = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const yearsBefore = (iso: string, years: number) =>
	`${Number(iso.slice(0, 4)) - years}${iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4)}`;
const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

async function expectNoViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		page.url()
	).toEqual([]);
}

/** Records a certificate through the form; the expiry is left to the default when not given. */
async function recordCertificate(
	page: Page,
	orgId: string,
	c: { rung: string; issuedOn: string; body: string; expiresOn?: string }
) {
	await page.goto(`/orgs/${orgId}/certificates`);
	await page.getByLabel('Trede op het certificaat').selectOption({ label: c.rung });
	await page.getByLabel('Datum van afgifte').fill(c.issuedOn);
	if (c.expiresOn) await page.getByLabel('Geldig tot en met (optioneel)').fill(c.expiresOn);
	await page.getByLabel('Certificerende instelling').fill(c.body);
	await page.getByRole('button', { name: 'Certificaat vastleggen' }).click();
	await expect(page.getByRole('status')).toHaveText('Certificaat vastgelegd.');
}

const wajong = (id: string) => ({
	id,
	position: 'wajong',
	contract: 'regular',
	hoursPerWeek: 40,
	start: '2020-01-01',
	end: null
});

function assessmentDoc(lines: object[], validUntil: string) {
	const criteria = ['suitableWork', 'integration', 'development', 'guidance'];
	return {
		format: 'pso-assessment/1',
		ruleset: '2.1',
		scenario: 'Peiljaar 2025',
		period: { start: '2025-01-01', end: '2025-12-31' },
		organisation: { monthsActive: 36 },
		totalFte: 50,
		targetGroup: lines,
		qualitative: Object.fromEntries(criteria.map((c) => [c, 'met'])),
		evidence: Object.fromEntries(
			criteria.map((c) => [c, { items: [{ document: `${c}.pdf`, validUntil }] }])
		)
	};
}

test('an owner records, edits and deletes a certificate; renewal shows 6 months before expiry', async ({
	page
}) => {
	await signUp(page, uniqueEmail('cert-owner'));
	const orgId = await createOrganisation(page, 'Gecertificeerd BV');
	await page.getByRole('link', { name: 'Certificaten' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'PSO-certificaten' })).toBeVisible();
	await expect(page.getByText('Nog geen certificaat vastgelegd.')).toBeVisible();

	// Errors appear beside the fields; nothing is stored.
	await page.getByLabel('Certificerende instelling').fill('');
	await page.getByRole('button', { name: 'Certificaat vastleggen' }).click();
	await expect(page.locator('#field-issuedOn-error')).toHaveText(
		'Vul een bestaande datum in, als dd-mm-jjjj (15-03-2026) of jjjj-mm-dd.'
	);
	await expect(page.locator('#field-certifyingBody-error')).toHaveText(
		'Vul de certificerende instelling in.'
	);

	// Issued 2 years minus 90 days ago: expires in 90 days, inside the renewal window.
	const expires = isoDaysFromNow(90);
	const issued = yearsBefore(expires, 2);
	await recordCertificate(page, orgId, { rung: 'trede 2', issuedOn: issued, body: 'Kiwa' });
	const row = page.getByRole('row', { name: /trede 2/ });
	await expect(row).toContainText(dutchDate(expires));
	await expect(row).toContainText('Kiwa');
	await expect(row).toContainText('Geldig');
	const panel = page.getByTestId('renewal-panel');
	await expect(panel).toContainText(`geldig tot en met ${dutchDate(expires)}`);
	await expect(panel).toContainText('Er is nog geen beoordeling.');
	await expectNoViolations(page);

	await page.getByRole('link', { name: 'Overzicht' }).click();
	await expect(page.getByTestId('renewal-panel')).toBeVisible();

	await page.goto(`/orgs/${orgId}/certificates`);
	await page.getByRole('link', { name: /Certificaat trede 2 van .* wijzigen/ }).click();
	// The list has an add form with the same field: wait until the edit page is there.
	await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/certificates/[^/]+$`));
	await page.getByLabel('Certificerende instelling').fill('DNV');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/certificates$`));
	await expect(page.getByRole('row', { name: /trede 2/ })).toContainText('DNV');

	await page.getByRole('button', { name: /Certificaat trede 2 van .* verwijderen/ }).click();
	await page.getByRole('button', { name: 'Ja, certificaat verwijderen' }).click();
	await expect(page.getByRole('status')).toHaveText('Certificaat verwijderd.');
	await expect(page.getByText('Nog geen certificaat vastgelegd.')).toBeVisible();
	await page.goto(`/orgs/${orgId}`);
	await expect(page.getByTestId('renewal-panel')).toHaveCount(0);
});

test('a certificate far from expiry shows no renewal panel', async ({ page }) => {
	await signUp(page, uniqueEmail('cert-fresh'));
	const orgId = await createOrganisation(page, 'Net Gecertificeerd BV');
	await recordCertificate(page, orgId, {
		rung: 'trede 1',
		issuedOn: isoDaysFromNow(-10),
		body: 'BQS'
	});
	await expect(page.getByTestId('renewal-panel')).toHaveCount(0);
});

async function advisorSetup(browser: Browser) {
	const owner = await browser.newPage();
	await signUp(owner, uniqueEmail('client-owner'));
	const advisorEmail = uniqueEmail('advisor');
	const orgs = {
		alfa: await createOrganisation(owner, 'Alfa Klant BV'),
		bravo: await createOrganisation(owner, 'Bravo Klant BV'),
		formula: await createOrganisation(owner, '=Formule BV'),
		secret: await createOrganisation(owner, 'Delta Geheim BV'),
		edited: await createOrganisation(owner, 'Echo Bewerkt BV')
	};
	// Alfa: certified trede 2, estimated below it (one line at 50 FTE gives no rung).
	await recordCertificate(owner, orgs.alfa, {
		rung: 'trede 2',
		issuedOn: yearsBefore(isoDaysFromNow(120), 2),
		body: 'Kiwa'
	});
	await importAssessmentFile(owner, orgs.alfa, assessmentDoc([wajong('a-1')], '2035-01-01'));
	// Bravo: keeps trede 1, but a line stops counting and evidence lapses before the audit.
	await recordCertificate(owner, orgs.bravo, {
		rung: 'trede 1',
		issuedOn: yearsBefore(isoDaysFromNow(150), 2),
		body: 'Normec'
	});
	const stopping = {
		...wajong('b-3'),
		position: 'participatiewet',
		start: '2021-06-01',
		inflow: '2021-06-01'
	};
	await importAssessmentFile(
		owner,
		orgs.bravo,
		assessmentDoc([wajong('b-1'), wajong('b-2'), stopping], isoDaysFromNow(30))
	);
	await recordCertificate(owner, orgs.secret, {
		rung: 'trede 3',
		issuedOn: isoDaysFromNow(-100),
		body: 'DNV'
	});
	for (const id of [orgs.alfa, orgs.bravo, orgs.formula])
		await invite(owner, id, advisorEmail, 'Adviseur');
	await invite(owner, orgs.edited, advisorEmail, 'Bewerker');
	return { owner, advisorEmail, orgs };
}

async function acceptClientInvitations(advisor: Page) {
	for (const name of ['Alfa Klant BV', 'Bravo Klant BV', '=Formule BV', 'Echo Bewerkt BV'])
		await acceptInvitation(advisor, name);
}

/** The advisor of `advisorSetup`, signed up with every invitation accepted. */
async function signedUpAdvisor(browser: Browser, advisorEmail: string) {
	// AxeBuilder needs a page from an explicit context.
	const advisor = await (await browser.newContext()).newPage();
	await signUp(advisor, advisorEmail);
	await acceptClientInvitations(advisor);
	return advisor;
}

// The advisor's day is two tests on one setup each: as one journey it took most of its time
// limit on a busy machine.
test('the advisor portfolio lists granted clients only, with their flags; CSV', async ({
	browser
}) => {
	const { advisorEmail } = await advisorSetup(browser);
	const advisor = await signedUpAdvisor(browser, advisorEmail);
	await advisor.getByRole('link', { name: 'Adviesportefeuille' }).click();
	await expect(
		advisor.getByRole('heading', { level: 1, name: 'Adviesportefeuille' })
	).toBeVisible();
	await expect(advisor.getByTestId('portfolio-count')).toHaveText('Organisaties: 3');
	const table = advisor.getByTestId('portfolio');
	await expect(table).not.toContainText('Delta Geheim BV');
	await expect(table).not.toContainText('Echo Bewerkt BV');

	const alfa = advisor.getByRole('row', { name: /Alfa Klant BV/ });
	await expect(alfa.locator('[data-flag]')).toHaveText(['Schatting onder gecertificeerde trede']);
	await expect(alfa).toContainText('geen trede');
	await expect(alfa).toContainText('trede 2');
	const bravo = advisor.getByRole('row', { name: /Bravo Klant BV/ });
	await expect(bravo.locator('[data-flag]')).toHaveText([
		'Regels stoppen voor hercertificering',
		'Bewijs verlopen of verloopt voor de audit'
	]);
	const formula = advisor.getByRole('row', { name: /=Formule BV/ });
	await expect(formula.locator('[data-flag]')).toHaveText(['Geen beoordeling in 12 maanden']);
	await expect(formula).toContainText('Geen certificaat');
	await expectNoViolations(advisor);

	const csv = await advisor.request.get('/advisor/export.csv');
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = (await csv.body()).toString('utf8');
	expect(text.startsWith('\uFEFFOrganisatie;Geschatte trede;')).toBe(true);
	expect(text).toContain("'=Formule BV;");
	expect(text).toContain('Alfa Klant BV;geen trede;');
	expect(text).not.toContain('Delta Geheim BV');
	expect(text.trim().split('\r\n')).toHaveLength(4);
	const filtered = await advisor.request.get('/advisor/export.csv?flag=estimate-below-certified');
	expect((await filtered.text()).trim().split('\r\n')).toHaveLength(2);
});

test("an advisor sees the renewal panels on the clients' pages; revoking removes a client", async ({
	browser
}) => {
	const { owner, advisorEmail, orgs } = await advisorSetup(browser);
	const advisor = await signedUpAdvisor(browser, advisorEmail);
	// The renewal panel on the clients' pages: the plan to keep trede 2, what lapses before the audit.
	expect((await advisor.goto(`/orgs/${orgs.alfa}/certificates`))?.status()).toBe(200);
	const alfaPanel = advisor.getByTestId('renewal-panel');
	await expect(alfaPanel.getByTestId('renewal-estimate')).toHaveText(
		'Risico: de schatting (geen trede) ligt onder de gecertificeerde trede (trede 2).'
	);
	await expect(
		alfaPanel.getByRole('heading', { name: 'Nodig om trede 2 te behouden' })
	).toBeVisible();
	await expectNoViolations(advisor);
	await advisor.goto(`/orgs/${orgs.bravo}`);
	const bravoPanel = advisor.getByTestId('renewal-panel');
	await expect(bravoPanel.getByTestId('renewal-lines').getByRole('rowheader')).toHaveText(['b-3']);
	await expect(bravoPanel.getByTestId('renewal-expiring').getByRole('rowheader')).toHaveCount(4);
	await expectNoViolations(advisor);
	if (process.env.SCREENSHOTS) {
		await advisor.screenshot({ path: 'test-results/renewal-panel.png', fullPage: true });
		await advisor.goto('/advisor');
		await advisor.screenshot({ path: 'test-results/portfolio.png', fullPage: true });
	}

	// Revoking the grant removes the client from the portfolio and its pages at once.
	await owner.goto(`/orgs/${orgs.alfa}/members`);
	await owner.getByRole('button', { name: `Toegang van ${advisorEmail} intrekken` }).click();
	await owner.getByRole('button', { name: 'Ja, toegang intrekken' }).click();
	await expect(owner.getByRole('status')).toHaveText('Toegang ingetrokken.');
	await advisor.goto('/advisor');
	await expect(advisor.getByTestId('portfolio-count')).toHaveText('Organisaties: 2');
	await expect(advisor.getByText('Alfa Klant BV')).toHaveCount(0);
	expect((await advisor.goto(`/orgs/${orgs.alfa}/certificates`))?.status()).toBe(404);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('portfolio filters and sorting live in the URL', async ({ browser, page }) => {
		const { advisorEmail } = await advisorSetup(browser);
		await signUp(page, advisorEmail);
		await acceptClientInvitations(page);
		await page.goto('/advisor');
		await page.getByLabel('Signaal').selectOption({ label: 'Geen beoordeling in 12 maanden' });
		await page.getByRole('button', { name: 'Toepassen' }).click();
		await expect(page).toHaveURL(/\/advisor\?(.*&)?flag=no-assessment-12-months/);
		await expect(page.getByTestId('portfolio-count')).toHaveText('Organisaties: 1');
		await expect(page.getByTestId('portfolio').getByRole('rowheader')).toHaveText(['=Formule BV']);

		await page.getByLabel('Signaal').selectOption({ label: 'Alle' });
		await page.getByLabel('Sorteren op').selectOption({ label: 'Dagen over' });
		await page.getByLabel('Volgorde').selectOption({ label: 'Aflopend' });
		await page.getByRole('button', { name: 'Toepassen' }).click();
		await expect(page).toHaveURL(/sort=days-left/);
		await expect(page).toHaveURL(/dir=desc/);
		await expect(page.getByTestId('portfolio').getByRole('rowheader')).toHaveText([
			'Bravo Klant BV',
			'Alfa Klant BV',
			'=Formule BV'
		]);

		await page.goto('/advisor?q=bravo');
		await expect(page.getByLabel('Zoek op naam')).toHaveValue('bravo');
		await expect(page.getByTestId('portfolio').getByRole('rowheader')).toHaveText([
			'Bravo Klant BV'
		]);
		await page.goto('/advisor?rung=trede-2&sort=nonsense');
		await expect(page.getByTestId('portfolio').getByRole('rowheader')).toHaveText([
			'Bravo Klant BV'
		]);
	});

	test('an owner records a certificate without JavaScript', async ({ page }) => {
		await signUp(page, uniqueEmail('cert-nojs'));
		const orgId = await createOrganisation(page, 'Zonder Script BV');
		await recordCertificate(page, orgId, {
			rung: 'trede 3',
			issuedOn: '2025-03-15',
			expiresOn: '2027-01-31',
			body: 'Normec'
		});
		await expect(page.getByRole('row', { name: /trede 3/ })).toContainText('31-01-2027');
	});
});

test('viewers read certificates; strangers get 404 on every certificate route and action', async ({
	browser,
	baseURL
}) => {
	const owner = await browser.newPage();
	await signUp(owner, uniqueEmail('cert-guard-owner'));
	const orgId = await createOrganisation(owner, 'Afgeschermd BV');
	await recordCertificate(owner, orgId, { rung: 'trede 1', issuedOn: '2025-05-01', body: 'Kiwa' });
	const href = await owner
		.getByRole('link', { name: /Certificaat trede 1 van .* wijzigen/ })
		.getAttribute('href');
	const certificateId = href!.split('/').pop()!;
	const viewerEmail = uniqueEmail('cert-viewer');
	await invite(owner, orgId, viewerEmail, 'Lezer');

	const headers = { origin: baseURL!, accept: 'text/html' };
	const form = { rung: 'trede-3', issuedOn: '2025-01-01', certifyingBody: 'X', certificateId };
	const posts = [
		`/orgs/${orgId}/certificates?/add`,
		`/orgs/${orgId}/certificates?/delete`,
		`/orgs/${orgId}/certificates/${certificateId}`
	];

	const viewer = await browser.newPage();
	await signUp(viewer, viewerEmail);
	await acceptInvitation(viewer, 'Afgeschermd BV');
	await viewer.goto(`/orgs/${orgId}/certificates`);
	await expect(viewer.getByRole('row', { name: /trede 1/ })).toBeVisible();
	await expect(viewer.getByRole('button', { name: 'Certificaat vastleggen' })).toHaveCount(0);
	for (const path of posts) {
		const res = await viewer.request.post(path, { form, headers, maxRedirects: 0 });
		expect(res.status(), path).toBe(403);
	}

	const stranger = await browser.newPage();
	await signUp(stranger, uniqueEmail('cert-stranger'));
	for (const path of [
		`/orgs/${orgId}/certificates`,
		`/orgs/${orgId}/certificates/${certificateId}`
	]) {
		expect((await stranger.goto(path))?.status(), path).toBe(404);
		await expect(stranger.getByText('Afgeschermd BV')).toHaveCount(0);
	}
	for (const path of posts) {
		const res = await stranger.request.post(path, { form, headers, maxRedirects: 0 });
		expect(res.status(), path).toBe(404);
	}
	// The stranger's own portfolio is empty, and nothing they posted took effect.
	await expect(stranger.getByRole('link', { name: 'Adviesportefeuille' })).toHaveCount(0);
	await stranger.goto('/advisor');
	await expect(
		stranger.getByText('Nog geen organisatie heeft u als adviseur toegang gegeven.')
	).toBeVisible();
	await owner.goto(`/orgs/${orgId}/certificates`);
	await expect(owner.getByRole('row', { name: /trede 1/ })).toContainText('Kiwa');
	await expect(owner.getByRole('row', { name: /trede 3/ })).toHaveCount(0);
});
