import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fillOrganisation, newAssessment } from './assessment-helpers';
import { createOrganisation, gotoReady, signUp, uniqueEmail } from './helpers';

async function expectNoViolations(page: Page, include?: string) {
	const axe = new AxeBuilder({ page });
	if (include) axe.include(include);
	const { violations } = await axe.analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		page.url()
	).toEqual([]);
}

test('a source cited in the explanation opens its entry on the sources page', async ({ page }) => {
	await signUp(page, uniqueEmail('sources'));
	const orgId = await createOrganisation(page, 'Bronnen BV');
	const base = await newAssessment(page, orgId);
	await fillOrganisation(page, base, '10', '12');
	await page.goto(`${base}/result`);

	const why = page.locator('section[aria-labelledby="why-heading"]');
	// The ruleset step cites the handbook sources; S16 is the target-group page.
	const link = why.getByRole('link', { name: 'S16', exact: true }).first();
	await expect(link).toHaveAttribute('href', '/sources#S16');
	await expectNoViolations(page, 'section[aria-labelledby="why-heading"]');

	await link.click();
	await expect(page).toHaveURL(/\/sources#S16$/);
	const entry = page.locator('#S16');
	await expect(entry).toContainText('De PSO-doelgroep voor de directe sociale bijdrage');
	await expect(entry).toBeInViewport();
	await expect(entry.getByRole('link').first()).toHaveAttribute('href', /pso-nederland\.nl/);

	// The page and the glossary are also reachable from the footer, signed in or not.
	await page.goto(`${base}/result`);
	await expect(why.getByRole('link', { name: 'Begrippenlijst' })).toHaveAttribute(
		'href',
		'/glossary'
	);
	await page.getByRole('contentinfo').getByRole('link', { name: 'Begrippen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Begrippen');
});

test('the glossary explains the PSO terms in Dutch and in English', async ({ page }) => {
	await page.goto('/glossary#nadere-indicatie');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Begrippen');
	const term = page.locator('#nadere-indicatie');
	await expect(term).toBeInViewport();
	await expect(term.getByRole('term')).toHaveText('nadere indicatie');
	await expect(term.getByRole('definition')).toContainText('Voor PSO 30+ tellen');
	for (const name of ['peiljaar', 'loonkostensubsidie (LKS)', 'basistrede', 'PSO 30+', 'Wajong']) {
		await expect(page.getByRole('term').filter({ hasText: name }).first()).toBeVisible();
	}

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
	await expect(page.locator('#nadere-indicatie').getByRole('term')).toHaveText(
		'nadere indicatie (further indication)'
	);
	await expect(page.locator('#peiljaar').getByRole('definition')).toContainText(
		'The twelve-month period'
	);
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Begrippen');
});

test("a term in the line form's help opens its glossary entry", async ({ page }) => {
	await signUp(page, uniqueEmail('glossary-line'));
	const orgId = await createOrganisation(page, 'Begrippen BV');
	const base = await newAssessment(page, orgId);
	await gotoReady(page, `${base}/workforce`);
	await page.getByLabel('Uitgangspositie').selectOption('participatiewet-lks');
	const link = page.locator('#position-help').getByRole('link', { name: 'loonkostensubsidie' });
	await expect(link).toHaveAttribute('href', '/glossary#loonkostensubsidie');

	await link.click();
	await expect(page).toHaveURL(/\/glossary#loonkostensubsidie$/);
	const entry = page.locator('#loonkostensubsidie');
	await expect(entry).toBeInViewport();
	await expect(entry.getByRole('term')).toHaveText('loonkostensubsidie (LKS)');
});

test('axe finds no violations on the sources and glossary pages', async ({ page }) => {
	for (const path of ['/sources', '/glossary']) {
		await page.goto(path);
		await expectNoViolations(page);
	}
});
