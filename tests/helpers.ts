import { expect, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { waitForMail } from './mail-helpers';

/**
 * Opens a page and, when JavaScript runs, waits until the page's scripts have hydrated it:
 * filling a prefilled field while hydration re-renders it can leave the old and the new text
 * side by side ("Peiljaar 2025Peiljaar 2024").
 */
export async function gotoReady(page: Page, url: string): Promise<void> {
	await page.goto(url);
	// Kit's inline start-up script sets a `__sveltekit_…` global; without JavaScript it never runs.
	const scripted = await page.evaluate(() =>
		Object.keys(globalThis).some((key) => key.startsWith('__sveltekit_'))
	);
	if (scripted) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export const password = 'correct-horse-battery';

export function uniqueEmail(prefix: string): string {
	return `${prefix}-${randomBytes(5).toString('hex')}@example.nl`;
}

/**
 * Signs up, confirms the address with the link from the mail the app really sent (issue 12:
 * sign-up only says "check your mail"), logs in on the way, and ends on /orgs signed in.
 */
export async function signUp(page: Page, email: string): Promise<void> {
	await gotoReady(page, '/signup');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Account aanmaken' }).click();
	await expect(page).toHaveURL(/\/signup\/sent$/);
	const mail = await waitForMail(email, /Bevestig uw e-mailadres|Confirm your e-mail address/);
	if (!mail.link) throw new Error(`no link in the verification mail to ${email}`);
	// The link needs the account's session: the login page brings the visitor back to it.
	const link = new URL(mail.link).pathname;
	await gotoReady(page, `/login?redirectTo=${encodeURIComponent(link)}`);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(link);
	await page.getByRole('button', { name: 'E-mailadres bevestigen' }).click();
	await expect(page).toHaveURL(/\/orgs$/);
}

export async function logIn(page: Page, email: string): Promise<void> {
	await gotoReady(page, '/login');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(/\/orgs/);
}

export async function logOut(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page).toHaveURL(/\/login/);
}

/** Creates an organisation and returns its id (from the URL it lands on). */
export async function createOrganisation(page: Page, name: string): Promise<string> {
	await page.goto('/orgs/new');
	await page.getByLabel('Naam organisatie').fill(name);
	await page.getByLabel('KvK-nummer').fill('12345678');
	await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	const id = new URL(page.url()).pathname.split('/')[2];
	if (!id) throw new Error(`no organisation id in ${page.url()}`);
	return id;
}

export async function invite(
	page: Page,
	orgId: string,
	email: string,
	role: 'Bewerker' | 'Lezer' | 'Adviseur' | 'Eigenaar'
): Promise<void> {
	await page.goto(`/orgs/${orgId}/members`);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Rol', { exact: true }).selectOption({ label: role });
	await page.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
	await expect(page.getByRole('status')).toContainText(email);
}

/**
 * The invitee accepts a pending invitation on the organisations page: an invitation alone
 * grants nothing (issue 8).
 */
export async function acceptInvitation(page: Page, orgName: string): Promise<void> {
	const accept = page.getByRole('button', {
		name: `Uitnodiging van ${orgName} accepteren`,
		exact: true
	});
	// Sign-up, log-in and an earlier acceptance land on the list already; reload only if needed.
	if (new URL(page.url()).pathname !== '/orgs' || !(await accept.isVisible()))
		await page.goto('/orgs');
	await accept.click();
	await expect(page.getByRole('status')).toContainText(`U heeft nu toegang tot ${orgName}.`);
}

/** Imports a pso-assessment/1 document as a new draft, as a user would; returns its path. */
export async function importAssessmentFile(
	page: Page,
	orgId: string,
	doc: object
): Promise<string> {
	await page.goto(`/orgs/${orgId}/assessments/import`);
	await page.getByLabel('JSON-bestand').setInputFiles({
		name: 'peiljaar.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(doc))
	});
	await page.getByRole('button', { name: 'Bestand controleren' }).click();
	// Second step: the name comes from the file; a file of another organisation asks first.
	await page.getByRole('button', { name: 'Importeren', exact: true }).click();
	const anyway = page.getByRole('button', { name: 'Toch importeren' });
	const imported = page.getByRole('status').filter({ hasText: 'geïmporteerd' });
	await expect(anyway.or(imported)).toBeVisible();
	if (await anyway.isVisible()) await anyway.click();
	// The import page itself also ends in /assessments/…: wait for the new assessment's page.
	await expect(page).toHaveURL(/\/assessments\/(?!import$)[^/?]+$/);
	return new URL(page.url()).pathname;
}
