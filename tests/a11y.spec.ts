import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
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

// One test per page, on one organisation set up once per worker: a walk of many pages in one
// test took more than its time limit on a busy machine (axe analyses each page in full).
test.describe('axe finds no violations on the organisation and assessment pages', () => {
	let orgId = '';
	let base = '';
	let storageState: Awaited<ReturnType<BrowserContext['storageState']>>;

	test.beforeAll(async ({ browser }) => {
		const context = await browser.newContext();
		({ orgId, base } = await filledAssessment(await context.newPage()));
		storageState = await context.storageState();
		await context.close();
	});

	const pages: [string, () => string][] = [
		['organisations', () => '/orgs'],
		['new organisation', () => '/orgs/new'],
		['account', () => '/account'],
		['organisation overview', () => `/orgs/${orgId}`],
		['members', () => `/orgs/${orgId}/members`],
		['settings', () => `/orgs/${orgId}/settings`],
		['audit trail', () => `/orgs/${orgId}/audit`],
		['data', () => `/orgs/${orgId}/data`],
		['timeline', () => `/orgs/${orgId}/timeline`],
		['certificates', () => `/orgs/${orgId}/certificates`],
		['new assessment', () => `/orgs/${orgId}/assessments/new`],
		['assessment import', () => `/orgs/${orgId}/assessments/import`],
		['assessment overview', () => base],
		['organisation step', () => `${base}/organisation`],
		['target-group lines', () => `${base}/workforce`],
		['one line', () => `${base}/workforce/mw-1`],
		['line import', () => `${base}/workforce/import`],
		['purchases', () => `${base}/purchases`],
		['evidence', () => `${base}/evidence`],
		['result', () => `${base}/result`],
		['report', () => `${base}/report`]
	];
	for (const [name, path] of pages) {
		test(name, async ({ browser }) => {
			const context = await browser.newContext({ storageState });
			await expectNoViolations(await context.newPage(), path());
			await context.close();
		});
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
