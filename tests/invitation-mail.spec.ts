// Invitations by e-mail (issue 12), through the real SMTP capture of scripts/e2e-server.js: the
// invited address gets a link; accepting needs that (verified) account's explicit click; the
// owner sees what became of each invitation and can send it again or withdraw it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createOrganisation, invite, signUp, uniqueEmail } from './helpers';
import { readMails, waitForMail } from './mail-helpers';

async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

const invitationRow = (page: Page, email: string) =>
	page
		.getByRole('table', { name: 'Uitnodigingen' })
		.getByRole('row')
		.filter({ has: page.getByRole('cell', { name: email, exact: true }) });

test('invite → mail → link → accept; the owner sees it accepted', async ({ browser }) => {
	const owner = await (await browser.newContext()).newPage();
	const ownerEmail = uniqueEmail('owner');
	await signUp(owner, ownerEmail);
	const orgName = 'Post Bezorgd BV';
	const orgId = await createOrganisation(owner, orgName);
	const email = uniqueEmail('invitee');
	await invite(owner, orgId, email, 'Bewerker');
	await expect(invitationRow(owner, email)).toContainText('Openstaand, geldig tot');
	await expectNoAxeViolations(owner);

	const mail = await waitForMail(email, /^Uitnodiging voor Post Bezorgd BV in PSO Readiness$/);
	expect(mail.text).toContain(`${ownerEmail} nodigt u uit als bewerker voor ${orgName}`);
	expect(mail.link).toMatch(/\/invitations\/[\w-]+$/);

	const page = await (await browser.newContext()).newPage();
	await signUp(page, email);
	await page.goto(new URL(mail.link!).pathname);
	await expect(
		page.getByRole('heading', { level: 1, name: `Uitnodiging voor ${orgName}` })
	).toBeVisible();
	await expect(page.getByText(ownerEmail)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: `Uitnodiging van ${orgName} accepteren` }).click();
	await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}$`));
	await expect(page.getByRole('status')).toHaveText(`U heeft nu toegang tot ${orgName}.`);

	await owner.reload();
	await expect(invitationRow(owner, email)).toContainText('Geaccepteerd op');
	await expect(
		invitationRow(owner, email).getByRole('button', { name: /opnieuw sturen/ })
	).toHaveCount(0);
});

test('decline, send again, and withdraw (with a confirm step)', async ({ browser }) => {
	const owner = await (await browser.newContext()).newPage();
	await signUp(owner, uniqueEmail('owner'));
	const orgName = 'Nee Dank U BV';
	const orgId = await createOrganisation(owner, orgName);
	const email = uniqueEmail('decliner');
	await invite(owner, orgId, email, 'Lezer');
	const mail = await waitForMail(email, /^Uitnodiging voor Nee Dank U BV/);
	const link = new URL(mail.link!).pathname;

	const page = await (await browser.newContext()).newPage();
	await signUp(page, email);
	await page.goto(link);
	await page.getByRole('button', { name: `Uitnodiging van ${orgName} weigeren` }).click();
	await expect(page).toHaveURL(/\/orgs$/);
	await expect(page.getByRole('status')).toHaveText('Uitnodiging geweigerd.');
	expect((await page.goto(`/orgs/${orgId}`))?.status()).toBe(404);

	await owner.reload();
	await expect(invitationRow(owner, email)).toContainText('Geweigerd op');
	await expectNoAxeViolations(owner);

	// Send again: a new mail, pending again with a new expiry.
	const before = readMails(email).length;
	await owner.getByRole('button', { name: `Uitnodiging voor ${email} opnieuw sturen` }).click();
	await expect(owner.getByRole('status')).toContainText(
		`Uitnodiging voor ${email} opnieuw gestuurd`
	);
	await expect(invitationRow(owner, email)).toContainText('Openstaand, geldig tot');
	await expect.poll(() => readMails(email).length).toBe(before + 1);

	// Withdraw: asks first; then the link shows nothing.
	await owner.getByRole('button', { name: `Uitnodiging voor ${email} intrekken` }).click();
	await expect(owner.getByRole('heading', { name: 'Weet u het zeker?' })).toBeVisible();
	await expectNoAxeViolations(owner);
	await owner.getByRole('button', { name: 'Ja, uitnodiging intrekken' }).click();
	await expect(owner.getByRole('status')).toHaveText(`Uitnodiging voor ${email} ingetrokken.`);
	await expect(invitationRow(owner, email)).toHaveCount(0);

	await page.goto(link);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Uitnodiging niet gevonden' })
	).toBeVisible();
	await expectNoAxeViolations(page);
});
