import { expect, test } from '@playwright/test';
import { logIn, logOut, password, signUp, uniqueEmail } from './helpers';

test('logging out invalidates the session cookie on the server', async ({ page, context }) => {
	await signUp(page, uniqueEmail('leaver'));
	const [cookie] = (await context.cookies()).filter((c) => c.name === 'pso_session');
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Lax');
	await logOut(page);
	expect((await context.cookies()).filter((c) => c.name === 'pso_session')).toEqual([]);

	// Replaying the old cookie does not bring the session back.
	await context.addCookies([cookie!]);
	await page.goto('/orgs');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Forgs/);
});

test('logout is a POST: visiting /logout does not end the session', async ({ page }) => {
	await signUp(page, uniqueEmail('getter'));
	await page.goto('/logout');
	await page.goto('/orgs');
	await expect(page).toHaveURL(/\/orgs$/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('sign up, log out and log in work', async ({ page }) => {
		const email = uniqueEmail('nojs');
		await signUp(page, email);
		await logOut(page);
		await logIn(page, email);
		await expect(page.getByText(email)).toBeVisible();
	});
});

test('after login the visitor returns to the page asked for, but never to another site', async ({
	page
}) => {
	const email = uniqueEmail('returner');
	await signUp(page, email);
	await logOut(page);
	await page.goto('/account');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount/);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(/\/account$/);

	await logOut(page);
	await page.goto('/login?redirectTo=//evil.example/steal');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(/localhost:\d+\/orgs$/);
});

test('unknown e-mail and wrong password get the same message; 5 failures lock the e-mail', async ({
	page,
	context
}) => {
	const email = uniqueEmail('locked');
	await signUp(page, email);
	await logOut(page);
	// A browser that never signed in to the account: a device cookie would pass the lock.
	await context.clearCookies({ name: 'pso_device' });
	const attempt = async (address: string, pw: string) => {
		await page.getByLabel('E-mailadres').fill(address);
		await page.getByLabel('Wachtwoord', { exact: true }).fill(pw);
		// Wait for this attempt's answer: the previous attempt's alert is still on screen, and
		// typing the next attempt while this answer re-renders the form mixes the two.
		const answered = page.waitForResponse(
			(r) => new URL(r.url()).pathname === '/login' && r.request().method() === 'POST'
		);
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await answered;
		await expect(page.getByRole('alert')).toBeVisible();
	};
	await page.goto('/login');
	await attempt(uniqueEmail('nobody'), 'whatever-password');
	const unknownMessage = await page.getByRole('alert').textContent();
	await attempt(email, 'wrong-password-1');
	expect(await page.getByRole('alert').textContent()).toBe(unknownMessage);

	for (let i = 2; i <= 5; i++) await attempt(email, `wrong-password-${i}`);
	// Even the right password is refused while the window lasts.
	await attempt(email, password);
	await expect(page.getByRole('alert')).toContainText('Te veel mislukte pogingen');
	await expect(page).toHaveURL(/\/login/);
	// The other fields are kept.
	await expect(page.getByLabel('E-mailadres')).toHaveValue(email);
	// A plain form post (no JavaScript) gets the HTTP status too.
	const res = await page.request.post('/login', {
		form: { email, password },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(429);
});

test('changing the password ends the other sessions', async ({ browser }) => {
	const email = uniqueEmail('changer');
	const first = await browser.newPage();
	await signUp(first, email);
	const second = await browser.newPage();
	await logIn(second, email);

	await first.goto('/account');
	await first.getByLabel('Huidig wachtwoord').fill(password);
	await first.getByLabel('Nieuw wachtwoord').fill('a-brand-new-password');
	await first.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
	await expect(first.getByRole('status')).toContainText('Uw wachtwoord is gewijzigd');

	await second.goto('/orgs');
	await expect(second).toHaveURL(/\/login/);
	await first.goto('/orgs');
	await expect(first).toHaveURL(/\/orgs$/);
});
