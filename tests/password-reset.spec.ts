// Password reset by e-mail (issue 12), through the real SMTP capture of scripts/e2e-server.js:
// the mail is read as it arrived, and its link is followed as a user would.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { gotoReady, password, signUp, uniqueEmail } from './helpers';
import { e2eDatabasePath, expectNoMail, waitForMail } from './mail-helpers';

const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://localhost:${port}`;
const newPassword = 'a-new-horse-staple-99';

/** Asks for a link as a visitor would: from the login page, or (signed in) on the page itself. */
async function askForLink(page: Page, email: string, from: 'login' | 'page' = 'login') {
	if (from === 'login') {
		await gotoReady(page, '/login');
		await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
		await expect(page).toHaveURL(/\/forgot-password$/);
	}
	// Typing before hydration could be wiped by it: the form then posted an empty address.
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByRole('button', { name: 'Stuur mij een link' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kijk in uw mailbox' })).toBeVisible();
}

async function resetLink(email: string, since: number): Promise<string> {
	const mail = await waitForMail(email, /^Nieuw wachtwoord kiezen/, { since });
	expect(mail.link).toMatch(new RegExp(`^${origin}/reset-password/[\\w-]{43}$`));
	return mail.link!;
}

function inDatabase<T>(use: (db: Database.Database) => T): T {
	const db = new Database(e2eDatabasePath());
	try {
		db.pragma('busy_timeout = 5000');
		return use(db);
	} finally {
		db.close();
	}
}

async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test('forgot password: mail, link, new password; every old session ends; the link works once', async ({
	page,
	browser
}) => {
	const email = uniqueEmail('reset');
	await signUp(page, email);

	// Another browser asks for the link; the first one stays logged in until the reset.
	const other = await browser.newContext();
	const device = await other.newPage();
	const since = Date.now();
	await askForLink(device, email);
	const link = await resetLink(email, since);

	await device.goto(link);
	await expect(device.getByRole('heading', { name: 'Nieuw wachtwoord kiezen' })).toBeVisible();
	await expect(device.getByText(`Kies een nieuw wachtwoord voor ${email}`)).toBeVisible();
	await device.getByLabel('Nieuw wachtwoord').fill(newPassword);
	await device.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
	await expect(device).toHaveURL(/\/login$/);
	await expect(device.getByRole('status')).toContainText('Uw wachtwoord is gewijzigd');

	// The session from before the reset is gone.
	await page.goto('/orgs');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Forgs$/);

	await device.getByLabel('E-mailadres').fill(email);
	await device.getByLabel('Wachtwoord', { exact: true }).fill(newPassword);
	await device.getByRole('button', { name: 'Inloggen' }).click();
	await expect(device).toHaveURL(/\/orgs/);

	const notice = await waitForMail(email, /is gewijzigd/, { since });
	expect(notice.link).toBe(`${origin}/forgot-password`);

	// The used link is refused, in the page and in a direct post.
	await page.goto(link);
	await expect(page.getByRole('heading', { name: 'Deze link werkt niet meer' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Vraag een nieuwe link aan' })).toHaveAttribute(
		'href',
		'/forgot-password'
	);
	const replay = await page.request.post(link, {
		form: { password: 'yet-another-password' },
		headers: { origin, accept: 'text/html' }
	});
	expect(replay.status()).toBe(410);
	await other.close();
});

test('an unknown address gets the same answer and no mail', async ({ page }) => {
	const known = uniqueEmail('reset-known');
	await signUp(page, known);
	await page.context().clearCookies();
	const since = Date.now();
	await askForLink(page, known);
	const knownAnswer = await page.locator('main').innerText();
	await waitForMail(known, /^Nieuw wachtwoord kiezen/, { since });

	const unknown = uniqueEmail('reset-nobody');
	await askForLink(page, unknown);
	expect(await page.locator('main').innerText()).toBe(knownAnswer);
	await expectNoMail(unknown, 1500, since);
});

test('an expired link is refused and offers a new one', async ({ page }) => {
	const email = uniqueEmail('reset-expired');
	await signUp(page, email);
	await page.context().clearCookies();
	const since = Date.now();
	await askForLink(page, email);
	const link = await resetLink(email, since);
	// An hour and a second later, as far as the link is concerned.
	inDatabase((db) =>
		db
			.prepare(
				`UPDATE password_reset_tokens SET created_at = created_at - 3601, expires_at = expires_at - 3601
				 WHERE user_id = (SELECT id FROM users WHERE email = ?)`
			)
			.run(email)
	);
	await page.goto(link);
	await expect(page.getByRole('heading', { name: 'Deze link werkt niet meer' })).toBeVisible();
	await expect(page.getByLabel('Nieuw wachtwoord')).toHaveCount(0);
	await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).click();
	await expect(page.getByRole('heading', { name: 'Wachtwoord vergeten' })).toBeVisible();

	// The old password still works: nothing changed.
	await gotoReady(page, '/login');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(/\/orgs/);
});

test('the new pages pass axe', async ({ page }) => {
	const email = uniqueEmail('reset-axe');
	await signUp(page, email);
	await page.context().clearCookies();
	await gotoReady(page, '/forgot-password');
	await expectNoAxeViolations(page);
	const since = Date.now();
	await askForLink(page, email, 'page');
	await expectNoAxeViolations(page);
	await page.goto(await resetLink(email, since));
	await expect(page.getByLabel('Nieuw wachtwoord')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.goto(`/reset-password/${'x'.repeat(43)}`);
	await expect(page.getByRole('heading', { name: 'Deze link werkt niet meer' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the admin outbox lists a reset mail without its text; others get 404', async ({ page }) => {
	const email = uniqueEmail('reset-admin');
	await signUp(page, email);
	expect((await page.goto('/admin/outbox'))?.status()).toBe(404);
	inDatabase((db) => db.prepare('UPDATE users SET is_admin = 1 WHERE email = ?').run(email));
	const since = Date.now();
	await gotoReady(page, '/forgot-password');
	await askForLink(page, email, 'page');
	await resetLink(email, since);

	await page.goto('/orgs');
	await page.getByRole('link', { name: 'Uitgaande mail' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Uitgaande mail' })).toBeVisible();
	// Sign-up mailed this address a verification link too (issue 12): the reset mail's row.
	const row = page.getByRole('row').filter({ hasText: email }).filter({ hasText: 'Wachtwoord' });
	await expect(row).toContainText('Wachtwoord herstellen');
	await expect(row).toContainText('Tekst niet getoond');
	await expect(row).toContainText('Verstuurd');
	expect(await page.content()).not.toContain('/reset-password/');
	await expectNoAxeViolations(page);
});
