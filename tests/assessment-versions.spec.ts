import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newAssessment } from './assessment-helpers';
import {
	createOrganisation,
	gotoReady,
	importAssessmentFile,
	signUp,
	uniqueEmail
} from './helpers';

// Issue 11 item 4 and two small things: assessments told apart by version, origin and last
// change; the import asks for a name and warns about another organisation's file; compare reads
// older → newer; the timeline shows the total FTE as entered.

const line = (id: string) => ({
	id,
	position: 'wajong',
	contract: 'regular',
	hoursPerWeek: 40,
	start: '2020-01-01',
	end: null
});

function doc(organisation: string | null, totalFte = 50) {
	return {
		format: 'pso-assessment/1',
		ruleset: '2.1',
		scenario: 'Peiljaar 2025',
		period: { start: '2025-01-01', end: '2025-12-31' },
		organisation: { ...(organisation && { name: organisation }), monthsActive: 36, headcount: 52 },
		totalFte,
		targetGroup: [line('mw-1'), line('mw-2')],
		qualitative: { suitableWork: 'met', integration: 'met', development: 'met', guidance: 'met' }
	};
}

async function expectNoAxeViolations(page: Page, what: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		what
	).toEqual([]);
}

async function upload(page: Page, orgId: string, content: object, name = 'peiljaar-2025.json') {
	await page.goto(`/orgs/${orgId}/assessments/import`);
	await page.getByLabel('JSON-bestand').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(content))
	});
	await page.getByRole('button', { name: 'Bestand controleren' }).click();
	await expect(page.getByRole('heading', { name: 'Gecontroleerd bestand' })).toBeVisible();
}

test('three assessments named "Peiljaar 2025" (new, copy, import) are told apart on the overview', async ({
	page
}) => {
	await signUp(page, uniqueEmail('versions'));
	const orgId = await createOrganisation(page, 'Versie BV');
	const first = await newAssessment(page, orgId, 'Peiljaar 2025');

	// A copy: "start from a previous assessment", same name.
	await gotoReady(page, `/orgs/${orgId}/assessments/new`);
	await page.getByLabel('Naam', { exact: true }).fill('Peiljaar 2025');
	await page.getByLabel('Begindatum').fill('2025-01-01');
	await page.getByLabel('Einddatum').fill('2025-12-31');
	const from = page.getByLabel('Beginnen vanaf een eerdere beoordeling (optioneel)');
	// The option names version, origin and status, so the user sees which one they pick.
	await expect(from.locator('option').nth(1)).toContainText('Peiljaar 2025');
	await expect(from.locator('option').nth(1)).toContainText('v1 · Nieuw · Concept · gewijzigd');
	await from.selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Beoordeling aanmaken' }).click();
	await expect(page).toHaveURL(/\/organisation$/);

	// An import: this organisation's own export; the name comes prefilled from the file.
	const exported = JSON.parse(await (await page.request.get(`${first}/export.json`)).text());
	await upload(page, orgId, { ...exported, totalFte: 10 });
	await expect(page.getByTestId('import-other-organisation')).toHaveCount(0);
	await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Peiljaar 2025');
	await expectNoAxeViolations(page, 'import, second step');
	await page.getByRole('button', { name: 'Importeren', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('‘Peiljaar 2025’ geïmporteerd.');

	await page.goto(`/orgs/${orgId}`);
	const rows = page.getByTestId('assessments').locator('tbody tr');
	await expect(rows).toHaveCount(3);
	const rowOf = (version: string) =>
		rows.filter({ has: page.getByRole('cell', { name: version, exact: true }) });
	await expect(rowOf('v1')).toContainText('Nieuw');
	await expect(rowOf('v2, van v1')).toContainText('Kopie');
	await expect(rowOf('v3')).toContainText('Geïmporteerd');
	for (const version of ['v1', 'v2, van v1', 'v3']) {
		await expect(rowOf(version)).toContainText('Peiljaar 2025');
		await expect(rowOf(version)).toContainText(/\d{2}-\d{2}-\d{4},? \d{2}:\d{2}/);
	}
	await expectNoAxeViolations(page, 'overview');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test("another organisation's file warns and imports only after confirming, under the chosen name", async ({
		page
	}) => {
		await signUp(page, uniqueEmail('otherorg'));
		const orgId = await createOrganisation(page, 'Eigen BV');
		await upload(page, orgId, doc('Bakkerij de Vries BV'));
		await expect(page.getByTestId('import-other-organisation')).toContainText(
			'dit bestand is van ‘Bakkerij de Vries BV’, niet van ‘Eigen BV’'
		);
		// A name is required; the file stays chosen.
		await page.getByLabel('Naam', { exact: true }).fill('');
		await page.getByRole('button', { name: 'Importeren', exact: true }).click();
		await expect(page.getByLabel('Naam', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await page.getByLabel('Naam', { exact: true }).fill('Overgenomen 2025');
		await page.getByRole('button', { name: 'Importeren', exact: true }).click();

		// The question, and nothing imported yet.
		await expect(page.getByRole('heading', { name: 'Weet u het zeker?' })).toBeVisible();
		await expect(
			page.getByText(
				'Dit bestand is van ‘Bakkerij de Vries BV’, niet van ‘Eigen BV’. Toch importeren?'
			)
		).toBeVisible();
		const overview = await (await page.request.get(`/orgs/${orgId}`)).text();
		expect(overview).not.toContain('Overgenomen 2025');

		await page.getByRole('button', { name: 'Toch importeren' }).click();
		await expect(page.getByRole('status')).toContainText('‘Overgenomen 2025’ geïmporteerd.');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Overgenomen 2025');
		// A reload of the new assessment's page repeats nothing (the post redirected).
		await page.reload();
		await page.goto(`/orgs/${orgId}`);
		await expect(page.getByTestId('assessments').locator('tbody tr')).toHaveCount(1);
		await expect(page.getByTestId('assessments')).toContainText('Geïmporteerd');
	});
});

test('with JavaScript the confirm step appears in place, and passes axe', async ({ page }) => {
	await signUp(page, uniqueEmail('otherorgjs'));
	const orgId = await createOrganisation(page, 'Eigen JS BV');
	await upload(page, orgId, doc('Ander BV'));
	await page.getByRole('button', { name: 'Importeren', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Weet u het zeker?' })).toBeFocused();
	await expectNoAxeViolations(page, 'import confirm step');
	await page.getByRole('button', { name: 'Toch importeren' }).click();
	await expect(page.getByRole('status')).toContainText('‘Peiljaar 2025’ geïmporteerd.');
	// The "start from" picker, now with an assessment to pick.
	await gotoReady(page, `/orgs/${orgId}/assessments/new`);
	await expectNoAxeViolations(page, 'new assessment');
});

test('compare starts from the older assessment; the timeline shows the total FTE as entered', async ({
	page
}) => {
	await signUp(page, uniqueEmail('compare'));
	const orgId = await createOrganisation(page, 'Vergelijk BV');
	const final = await importAssessmentFile(page, orgId, doc('Vergelijk BV', 49.6));
	await page.goto(`${final}/result`);
	await page.getByRole('button', { name: 'Definitief maken' }).click();
	await page.getByRole('button', { name: 'Ja, definitief maken' }).click();
	await page.goto(final);
	await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
	await expect(page).toHaveURL(/\/organisation$/);

	// The final v1 is listed before its newer draft v2; still v1 is "from" (A), v2 "to" (B).
	await gotoReady(page, `/orgs/${orgId}/compare`);
	await expect(page.getByLabel('Van (A)').locator('option:checked')).toContainText(
		'v1 · Geïmporteerd · Definitief'
	);
	await expect(page.getByLabel('Naar (B)').locator('option:checked')).toContainText(
		'v2, van v1 · Nieuwe versie · Concept'
	);
	const side = page.getByTestId('side-by-side');
	await expect(side.locator('thead')).toContainText('A · Peiljaar 2025 (v1)');
	await expect(side.locator('thead')).toContainText('B · Peiljaar 2025 (v2, van v1)');
	await expectNoAxeViolations(page, 'compare');

	await gotoReady(page, `/orgs/${orgId}/timeline`);
	const figures = page.getByTestId('timeline-table');
	await expect(figures.getByRole('columnheader', { name: 'Totaal fte' })).toBeVisible();
	await expect(figures.locator('tbody tr').first()).toContainText('49,6');
	const list = page.getByTestId('timeline-assessments');
	await expect(list).toContainText('v2, van v1');
	await expect(list).toContainText('Nieuwe versie');
	await expectNoAxeViolations(page, 'timeline');
});
