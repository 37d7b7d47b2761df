// Issue 11, the small things a professional notices: the advisor's landing page, a new client
// in the portfolio without a detour, the empty draft's result in words, expired evidence.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newAssessment } from './assessment-helpers';
import {
	acceptInvitation,
	createOrganisation,
	importAssessmentFile,
	invite,
	logOut,
	password,
	signUp,
	uniqueEmail
} from './helpers';

async function expectNoViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		page.url()
	).toEqual([]);
}

async function signIn(page: Page, email: string, path = '/login') {
	await page.goto(path);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
}

const isoDaysFromNow = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const dutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

test('an advisor lands on the portfolio and takes on a new client there', async ({ browser }) => {
	// axe needs pages of a context of their own.
	const owner = await (await browser.newContext()).newPage();
	await signUp(owner, uniqueEmail('small-owner'));
	const first = await createOrganisation(owner, 'Eerste Klant BV');
	const advisorEmail = uniqueEmail('small-advisor');
	await invite(owner, first, advisorEmail, 'Adviseur');

	const advisor = await (await browser.newContext()).newPage();
	await signUp(advisor, advisorEmail);
	await acceptInvitation(advisor, 'Eerste Klant BV');

	// Signing in without a page asked for: the portfolio, not "Organisaties".
	await logOut(advisor);
	await signIn(advisor, advisorEmail);
	await expect(advisor).toHaveURL(/\/advisor$/);
	await expect(advisor.getByRole('heading', { level: 1 })).toHaveText('Adviesportefeuille');
	// A page asked for still wins.
	await logOut(advisor);
	await signIn(advisor, advisorEmail, '/login?redirectTo=%2Faccount');
	await expect(advisor).toHaveURL(/\/account$/);
	await advisor.goto('/');
	await expect(advisor).toHaveURL(/\/advisor$/);

	// A second client invites the advisor: the invitation waits on the portfolio itself.
	const second = await createOrganisation(owner, 'Tweede Klant BV');
	await invite(owner, second, advisorEmail, 'Adviseur');
	await advisor.goto('/advisor');
	const table = advisor.getByTestId('portfolio');
	await expect(table).not.toContainText('Tweede Klant BV');
	await expect(advisor.getByTestId('client-invitations')).toContainText('Tweede Klant BV');
	await expectNoViolations(advisor);
	await advisor
		.getByRole('button', { name: 'Uitnodiging van Tweede Klant BV accepteren', exact: true })
		.click();
	await expect(advisor.getByRole('status')).toHaveText(
		'Tweede Klant BV staat nu in uw portefeuille.'
	);
	await expect(table).toContainText('Tweede Klant BV');
	await expect(advisor.getByTestId('client-invitations')).toHaveCount(0);
	// A plain reload (as after a no-JS post) shows the same list and repeats nothing.
	await advisor.reload();
	await expect(advisor.getByTestId('portfolio-count')).toHaveText('Organisaties: 2');
	await owner.context().close();
	await advisor.context().close();
});

test("an empty draft's result says what is missing and links to the step", async ({ page }) => {
	await signUp(page, uniqueEmail('small-empty'));
	const orgId = await createOrganisation(page, 'Lege Start BV');
	const base = await newAssessment(page, orgId, 'Leeg concept');
	await page.goto(`${base}/result`);
	const problems = page.getByTestId('result-problems');
	const fix = problems.getByRole('link', {
		name: 'Vul het totaal aantal fte in bij stap 1 (Organisatie).'
	});
	await expect(fix).toHaveAttribute('href', `${base}/organisation`);
	await expect(page.locator('main')).not.toContainText('totalFte');
	await expect(page.locator('main')).not.toContainText('must be');
	await expectNoViolations(page);
	await fix.click();
	await expect(page).toHaveURL(new RegExp(`${base}/organisation$`));
});

test('the renewal panel lists lapsed evidence as expired, apart from what lapses before the audit', async ({
	page
}) => {
	await signUp(page, uniqueEmail('small-renewal'));
	const orgId = await createOrganisation(page, 'Verlopen Bewijs BV');
	// Expires in 90 days: inside the renewal window.
	const expires = isoDaysFromNow(90);
	await page.goto(`/orgs/${orgId}/certificates`);
	await page.getByLabel('Trede op het certificaat').selectOption({ label: 'trede 2' });
	await page.getByLabel('Datum van afgifte').fill(isoDaysFromNow(-640));
	await page.getByLabel('Geldig tot en met (optioneel)').fill(expires);
	await page.getByLabel('Certificerende instelling').fill('Kiwa');
	await page.getByRole('button', { name: 'Certificaat vastleggen' }).click();
	await expect(page.getByRole('status')).toHaveText('Certificaat vastgelegd.');

	const lapsed = isoDaysFromNow(-20);
	const lapsing = isoDaysFromNow(30);
	const item = (document: string, validUntil: string) => ({ items: [{ document, validUntil }] });
	await importAssessmentFile(page, orgId, {
		format: 'pso-assessment/1',
		ruleset: '2.1',
		scenario: 'Peiljaar 2025',
		period: { start: '2025-01-01', end: '2025-12-31' },
		organisation: { monthsActive: 36 },
		totalFte: 50,
		targetGroup: [
			{
				id: 'a-1',
				position: 'wajong',
				contract: 'regular',
				hoursPerWeek: 40,
				start: '2020-01-01',
				end: null
			},
			{
				id: 'a-2',
				position: 'wajong',
				contract: 'regular',
				hoursPerWeek: 40,
				start: '2020-01-01',
				end: null
			}
		],
		qualitative: { suitableWork: 'met', integration: 'met', development: 'met', guidance: 'met' },
		evidence: {
			suitableWork: item('Functieprofielen.pdf', lapsed),
			integration: item('Inwerkplan.pdf', lapsing),
			development: item('Ontwikkelplan.pdf', '2099-12-31'),
			guidance: item('Jobcoachplan.pdf', '2099-12-31')
		}
	});
	await page.goto(`/orgs/${orgId}`);
	const panel = page.getByTestId('renewal-panel');
	const expired = panel.getByTestId('renewal-expired');
	await expect(expired.getByRole('rowheader')).toHaveText(['Functieprofielen.pdf']);
	await expect(expired).toContainText(`verlopen (geldig tot en met ${dutchDate(lapsed)})`);
	const expiring = panel.getByTestId('renewal-expiring');
	await expect(expiring.getByRole('rowheader')).toHaveText(['Inwerkplan.pdf']);
	await expect(expiring).toContainText(dutchDate(lapsing));
	await expect(expiring).not.toContainText('Functieprofielen.pdf');
	await expectNoViolations(page);
});
