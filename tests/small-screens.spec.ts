import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { addLine, fillOrganisation, newAssessment } from './assessment-helpers';
import { acceptInvitation, createOrganisation, invite, signUp, uniqueEmail } from './helpers';

// Issue 11: a phone's screen. Every page fits it, the header folds into a menu that opens
// without JavaScript, and a chart that cannot draw leaves its table, not an empty box.
const phone = { width: 390, height: 844 };
test.use({ viewport: phone });

/** The page's width, and the innermost elements that stick out of the screen (for the message). */
async function measure(page: Page) {
	return page.evaluate((screen) => {
		const sticksOut = (el: Element) => el.getBoundingClientRect().right > screen + 0.5;
		const offenders = [...document.querySelectorAll('body *')]
			.filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
			.slice(0, 5)
			.map(
				(el) =>
					`<${el.tagName.toLowerCase()} class="${el.className}"> ${el.textContent?.slice(0, 40)}`
			);
		return { width: document.scrollingElement?.scrollWidth ?? Infinity, offenders };
	}, phone.width);
}

async function expectFits(page: Page, path: string) {
	await page.goto(path);
	const { width, offenders } = await measure(page);
	expect(width, `${path} is ${width}px wide: ${offenders.join('; ')}`).toBeLessThanOrEqual(
		phone.width
	);
}

async function expectNoViolations(page: Page, what: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map(
			(v) =>
				`${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`).join(', ')}`
		),
		what
	).toEqual([]);
}

/** An organisation with one filled-in assessment and an empty second one. */
async function organisationWithAssessments(page: Page) {
	await signUp(page, uniqueEmail('phone'));
	const orgId = await createOrganisation(page, 'Telefoonscherm Organisatie BV');
	const base = await newAssessment(
		page,
		orgId,
		'Peiljaar 2025 met een lange naam voor de telefoon'
	);
	await fillOrganisation(page, base, '12,5', '14');
	await addLine(page, base, {
		id: 'medewerker-met-een-heel-lang-kenmerk-zonder-spaties-001',
		position: 'ww',
		contract: 'regular',
		hours: '32',
		start: '2021-01-01'
	});
	await newAssessment(page, orgId, 'Tweede scenario');
	return { orgId, base };
}

/** Opens the small-screen menu (a <details>, so this works without JavaScript too). */
async function openMenu(page: Page) {
	await page.locator('header summary', { hasText: 'Menu' }).click();
}

// One signed-in owner with content for the whole file (per worker): the setup is most of the cost.
let shared: {
	state: Awaited<ReturnType<BrowserContext['storageState']>>;
	orgId: string;
	base: string;
};
test.beforeAll(async ({ browser }) => {
	const context = await browser.newContext({ viewport: phone });
	const { orgId, base } = await organisationWithAssessments(await context.newPage());
	shared = { state: await context.storageState(), orgId, base };
	await context.close();
});

async function asOwner(browser: Browser, javaScriptEnabled = true): Promise<Page> {
	const context = await browser.newContext({
		storageState: shared.state,
		viewport: phone,
		javaScriptEnabled
	});
	return context.newPage();
}

test('the public pages fit a 390 px screen', async ({ page }) => {
	for (const path of ['/', '/login', '/signup', '/sources', '/glossary']) {
		await expectFits(page, path);
	}
});

test('the organisation pages fit a 390 px screen', async ({ browser }) => {
	const page = await asOwner(browser);
	const { orgId } = shared;
	for (const path of [
		'/orgs',
		`/orgs/${orgId}`,
		`/orgs/${orgId}/timeline`,
		`/orgs/${orgId}/compare`,
		`/orgs/${orgId}/audit`,
		`/orgs/${orgId}/members`,
		`/orgs/${orgId}/certificates`,
		'/advisor',
		'/account'
	]) {
		await expectFits(page, path);
	}
});

test('every step of an assessment, its result and its report fit a 390 px screen', async ({
	browser
}) => {
	const page = await asOwner(browser);
	const { base } = shared;
	for (const path of [
		base,
		`${base}/organisation`,
		`${base}/workforce`,
		`${base}/purchases`,
		`${base}/evidence`,
		`${base}/report`,
		`${base}/result`
	]) {
		await expectFits(page, path);
	}
	// With JavaScript the chart draws inside the screen, above its table.
	const canvas = page.locator('figure canvas');
	await expect(canvas).toBeVisible();
	const box = await canvas.boundingBox();
	expect(box?.width).toBeGreaterThan(100);
	expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(phone.width);
});

test('an advisor on a phone opens the menu, which passes axe, and the brand leads to the portfolio', async ({
	browser
}) => {
	const owner = await asOwner(browser);
	await owner.goto('/orgs');
	await expect(owner.getByRole('link', { name: 'PSO Readiness' })).toHaveAttribute('href', '/orgs');
	const advisorEmail = uniqueEmail('advisor');
	await invite(owner, shared.orgId, advisorEmail, 'Adviseur');

	// axe needs a page of a context of its own.
	const advisor = await (await browser.newContext({ viewport: phone })).newPage();
	await signUp(advisor, advisorEmail);
	await acceptInvitation(advisor, 'Telefoonscherm Organisatie BV');
	const menuLink = advisor.getByRole('link', { name: 'Adviesportefeuille' });
	await expect(menuLink).toBeHidden();
	await openMenu(advisor);
	await expect(menuLink).toBeVisible();
	await expect(advisor.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
	await expectNoViolations(advisor, '/orgs with the menu open');
	expect((await measure(advisor)).width).toBeLessThanOrEqual(phone.width);

	await menuLink.click();
	await expect(advisor).toHaveURL(/\/advisor$/);
	await expect(advisor.getByTestId('portfolio')).toContainText('Telefoonscherm Organisatie BV');
	// A followed link closes the menu, as a full page load would.
	await expect(menuLink).toBeHidden();
	expect((await measure(advisor)).width).toBeLessThanOrEqual(phone.width);
	await openMenu(advisor);
	await expectNoViolations(advisor, '/advisor with the menu open');
	await advisor.goto(`/orgs/${shared.orgId}`);
	await advisor.getByRole('link', { name: 'PSO Readiness' }).click();
	await expect(advisor).toHaveURL(/\/advisor$/);
});

async function expectNoViolationsWithMenuOpen(page: Page, paths: string[]) {
	for (const path of paths) {
		await page.goto(path);
		await openMenu(page);
		await expectNoViolations(page, `${path} with the menu open`);
	}
}

// Two pages a test: axe takes seconds a page on a busy machine.
test('axe finds no violations at 390 px on the lines and the result', async ({ browser }) => {
	const { base } = shared;
	await expectNoViolationsWithMenuOpen(await asOwner(browser), [
		`${base}/workforce`,
		`${base}/result`
	]);
});

test('axe finds no violations at 390 px on the report and the timeline', async ({ browser }) => {
	const { orgId, base } = shared;
	await expectNoViolationsWithMenuOpen(await asOwner(browser), [
		`${base}/report`,
		`/orgs/${orgId}/timeline`
	]);
});

test('axe finds no violations at 390 px on the comparison and the organisation overview', async ({
	browser
}) => {
	const { orgId } = shared;
	await expectNoViolationsWithMenuOpen(await asOwner(browser), [
		`/orgs/${orgId}/compare`,
		`/orgs/${orgId}`
	]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the menu opens and its links and buttons work', async ({ page }) => {
		await signUp(page, uniqueEmail('nojs-menu'));
		const account = page.getByRole('link', { name: 'Account' });
		await expect(account).toBeHidden();
		await openMenu(page);
		await account.click();
		await expect(page).toHaveURL(/\/account$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await openMenu(page);
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('header summary')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await openMenu(page);
		await page.getByRole('button', { name: 'Log out' }).click();
		await expect(page).toHaveURL(/\/login/);
	});

	test("the result and the timeline show the chart's table, not an empty canvas", async ({
		browser
	}) => {
		const page = await asOwner(browser, false);
		const { orgId, base } = shared;
		await page.goto(`${base}/result`);
		const resultChart = page.locator('figure.result-chart');
		await expect(resultChart.getByRole('row', { name: /Uw totaal.*\d+,\d+\s?%/ })).toBeVisible();
		await expect(resultChart.locator('canvas')).toBeHidden();
		expect((await measure(page)).width).toBeLessThanOrEqual(phone.width);

		await page.goto(`/orgs/${orgId}/timeline`);
		await expect(
			page.getByTestId('timeline-table').getByRole('row', { name: /2025.*\d+,\d+\s?%/ })
		).toBeVisible();
		await expect(page.getByTestId('timeline-chart')).toBeHidden();
		expect((await measure(page)).width).toBeLessThanOrEqual(phone.width);
	});
});
