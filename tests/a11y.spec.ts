import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addLine, fillOrganisation, newAssessment, setAllCriteriaMet } from './assessment-helpers';
import { createOrganisation, signUp, uniqueEmail } from './helpers';

async function expectNoViolations(page: Page, path: string) {
	await page.goto(path);
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		path
	).toEqual([]);
}

test('axe finds no violations on the public pages', async ({ page }) => {
	for (const path of ['/', '/login', '/signup']) await expectNoViolations(page, path);
});

/** An organisation with one assessment that has every step filled in; returns its paths. */
async function filledAssessment(page: Page) {
	await signUp(page, uniqueEmail('axe'));
	const orgId = await createOrganisation(page, 'Toegankelijk BV');
	const base = await newAssessment(page, orgId);
	await fillOrganisation(page, base, '10', '12');
	await addLine(page, base, {
		id: 'mw-1',
		position: 'ww',
		contract: 'regular',
		hours: '32',
		start: '2021-01-01'
	});
	await setAllCriteriaMet(page, base);
	return { orgId, base };
}

// Three walks instead of one: each page is analysed in full, and one walk of 21 pages took most
// of its time limit on a busy machine.
test('axe finds no violations on the account and organisation pages', async ({ page }) => {
	const { orgId } = await filledAssessment(page);
	for (const path of [
		'/orgs',
		'/orgs/new',
		'/account',
		`/orgs/${orgId}`,
		`/orgs/${orgId}/members`,
		`/orgs/${orgId}/settings`,
		`/orgs/${orgId}/audit`,
		`/orgs/${orgId}/data`,
		`/orgs/${orgId}/timeline`,
		`/orgs/${orgId}/certificates`
	]) {
		await expectNoViolations(page, path);
	}
});

test('axe finds no violations on the assessment pickers and the input steps', async ({ page }) => {
	const { orgId, base } = await filledAssessment(page);
	for (const path of [
		`/orgs/${orgId}/assessments/new`,
		`/orgs/${orgId}/assessments/import`,
		base,
		`${base}/organisation`,
		`${base}/workforce`,
		`${base}/workforce/mw-1`
	]) {
		await expectNoViolations(page, path);
	}
});

test('axe finds no violations on the import, purchases, evidence, result and report', async ({
	page
}) => {
	const { base } = await filledAssessment(page);
	for (const path of [
		`${base}/workforce/import`,
		`${base}/purchases`,
		`${base}/evidence`,
		`${base}/result`,
		`${base}/report`
	]) {
		await expectNoViolations(page, path);
	}
});

test('axe finds no violations on forms showing errors', async ({ page }) => {
	await signUp(page, uniqueEmail('axe-errors'));
	const orgId = await createOrganisation(page, 'Fouten BV');
	const base = await newAssessment(page, orgId);
	await page.goto(`${base}/workforce`);
	await page.getByRole('button', { name: 'Regel toevoegen' }).click();
	await expect(page.locator('.error').first()).toBeVisible();
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
});
