// Verified sign-up (issue 12), through the real SMTP capture of scripts/e2e-server.js: sign-up
// says "check your mail" whether or not the address has an account, and an account sees no
// organisations and accepts no invitation until its address is confirmed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createOrganisation, invite, password, signUp, uniqueEmail } from './helpers';
import { waitForMail } from './mail-helpers';

const verifySubject = /^Bevestig uw e-mailadres/;

async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

/** Fills and sends the sign-up form; returns the text of the page it answers with. */
async function submitSignUp(page: Page, email: string, pass = password): Promise<string> {
	await page.goto('/signup');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(pass);
	await page.getByRole('button', { name: 'Account aanmaken' }).click();
	await expect(page).toHaveURL(/\/signup\/sent$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Kijk in uw mailbox' })).toBeVisible();
	return page.locator('main').innerText();
}

async function logIn(page: Page, email: string, redirectTo?: string) {
	await page.goto(redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
}

test('sign-up → mail → link → log in → confirm → sees the organisations page', async ({ page }) => {
	const email = uniqueEmail('verify');
	await submitSignUp(page, email);
	await expectNoAxeViolations(page);
	const mail = await waitForMail(email, verifySubject);
	expect(mail.link).toMatch(/\/verify\/[\w-]{43}$/);
	const link = new URL(mail.link!).pathname;

	// Not signed in (sign-up signs nobody in): the link asks for the password first.
	await page.goto(link);
	await expect(page).toHaveURL(/\/login\?redirectTo=/);
	await logIn(page, email, link);
	await expect(page).toHaveURL(link);
	await expect(
		page.getByRole('heading', { level: 1, name: 'E-mailadres bevestigen' })
	).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
	await expect(page).toHaveURL(/\/orgs$/);
	await expect(page.getByRole('status')).toHaveText('Uw e-mailadres is bevestigd.');
	await expect(page.getByRole('heading', { level: 1, name: 'Organisaties' })).toBeVisible();
});

test('an address with an account gets the same page and an "already have an account" mail', async ({
	page
}) => {
	const email = uniqueEmail('taken');
	const fresh = await submitSignUp(page, email);
	await waitForMail(email, verifySubject);
	const since = Date.now();
	const again = await submitSignUp(page, email.toUpperCase(), 'another-password-1');
	expect(again).toBe(fresh);
	const mail = await waitForMail(email, /^U heeft al een account/, { since });
	expect(mail.text).toContain('Wachtwoord opnieuw instellen');
	expect(new URL(mail.link!).pathname).toBe('/forgot-password');
});

test('unverified: no organisations, no invitation accepted; "send the link again" works', async ({
	browser
}) => {
	const owner = await (await browser.newContext()).newPage();
	await signUp(owner, uniqueEmail('owner'));
	const orgName = 'Wacht Even BV';
	const orgId = await createOrganisation(owner, orgName);
	const email = uniqueEmail('unverified');
	await invite(owner, orgId, email, 'Bewerker');
	const invitation = await waitForMail(email, /^Uitnodiging voor Wacht Even BV/);

	const page = await (await browser.newContext()).newPage();
	await submitSignUp(page, email);
	const first = await waitForMail(email, verifySubject);
	await logIn(page, email);
	await expect(page).toHaveURL(/\/verify$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Bevestig eerst uw e-mailadres' })
	).toBeVisible();
	await expectNoAxeViolations(page);
	for (const path of ['/orgs', '/orgs/new', `/orgs/${orgId}`, new URL(invitation.link!).pathname]) {
		await page.goto(path);
		await expect(page).toHaveURL(/\/verify$/);
	}
	// A hand-made accept post is refused too.
	const pending = await page.request.post('/orgs?/acceptInvitation', {
		form: { invitationId: new URL(invitation.link!).pathname.split('/').at(-1)! },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(pending.status()).toBe(303);
	expect(pending.headers()['location']).toBe('/verify');

	const since = Date.now();
	await page.getByRole('button', { name: 'Stuur de link opnieuw' }).click();
	await expect(page.getByRole('status')).toContainText(
		`Er is een nieuwe link gestuurd naar ${email}`
	);
	const second = await waitForMail(email, verifySubject, { since });
	expect(second.link).not.toBe(first.link);

	await page.goto(new URL(second.link!).pathname);
	await page.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
	await expect(page).toHaveURL(/\/orgs$/);
	await expect(page.getByTestId('pending-invitations')).toContainText(orgName);
});
