import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addLine, fillOrganisation, setAllCriteriaMet } from './assessment-helpers';
import { createOrganisation, gotoReady, logIn, signUp, uniqueEmail } from './helpers';

/** Like newAssessment, for a chosen reference period. Returns the assessment's base path. */
async function newAssessmentFor(
	page: Page,
	orgId: string,
	name: string,
	start: string,
	end: string
): Promise<string> {
	await gotoReady(page, `/orgs/${orgId}/assessments/new`);
	await page.getByLabel('Naam', { exact: true }).fill(name);
	await page.getByLabel('Begindatum').fill(start);
	await page.getByLabel('Einddatum').fill(end);
	await page.getByRole('button', { name: 'Beoordeling aanmaken' }).click();
	await expect(page).toHaveURL(/\/assessments\/[^/]+\/organisation$/);
	return new URL(page.url()).pathname.replace(/\/organisation$/, '');
}

async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

/** "+1,25" / "-0,40" / "0,00" → hundredths, so sums are exact. */
function hundredths(text: string): number {
	const normalised = text.replace(/\s/g, '').replace('\u2212', '-').replace(',', '.');
	return Math.round(Number(normalised) * 100);
}

test('timeline, compare, rule-change impact and rulesets for an owner; 404 for a stranger', async ({
	page: owner,
	browser,
	baseURL
}) => {
	// Four assessments and three rulesets built through the UI: a long journey, given 3× the limit.
	test.slow();
	const ownerEmail = uniqueEmail('history');
	await signUp(owner, ownerEmail);
	const orgId = await createOrganisation(owner, 'Historie BV');

	// A: reference year 2024, finalised.
	const a = await newAssessmentFor(owner, orgId, 'Peiljaar 2024', '2024-01-01', '2024-12-31');
	await fillOrganisation(owner, a, '20', '22');
	await addLine(owner, a, {
		id: 'mw-1',
		position: 'wajong',
		contract: 'regular',
		hours: '20',
		start: '2020-03-01'
	});
	await setAllCriteriaMet(owner, a);
	await owner.getByRole('button', { name: 'Definitief maken' }).click();
	await owner.getByRole('button', { name: 'Ja, definitief maken' }).click();
	await expect(owner.getByText('Deze beoordeling is definitief')).toBeVisible();

	// B: reference year 2025, a draft: more hours for mw-1 and a VSO pupil on a placement.
	const b = await newAssessmentFor(owner, orgId, 'Peiljaar 2025', '2025-01-01', '2025-12-31');
	await fillOrganisation(owner, b, '24', '26');
	await addLine(owner, b, {
		id: 'mw-1',
		position: 'wajong',
		contract: 'regular',
		hours: '32',
		start: '2020-03-01'
	});
	await addLine(owner, b, {
		id: 'mw-2',
		position: 'vso-pro',
		contract: 'placement',
		hours: '40',
		start: '2024-09-01'
	});
	await setAllCriteriaMet(owner, b);

	// Timeline: both periods, final and draft marked, a chart and the same numbers in a table.
	await owner.goto(`/orgs/${orgId}`);
	await owner.getByRole('link', { name: 'Tijdlijn' }).click();
	await expect(
		owner.getByRole('heading', { level: 1, name: 'Tijdlijn per peiljaar' })
	).toBeVisible();
	await expect(owner.getByTestId('timeline-chart')).toBeVisible();
	const figures = owner.getByTestId('timeline-table');
	await expect(figures.getByRole('row', { name: /2024 Definitief/ })).toBeVisible();
	await expect(figures.getByRole('row', { name: /2025 Concept/ })).toBeVisible();
	const all = owner.getByTestId('timeline-assessments');
	await expect(all.getByRole('link', { name: 'Peiljaar 2024' })).toBeVisible();
	await expect(all.getByRole('link', { name: 'Peiljaar 2025' })).toBeVisible();
	await expectNoAxeViolations(owner);
	await owner.screenshot({ path: 'test-results/history-timeline.png', fullPage: true });

	// Compare: the two newest by default, A = 2024, B = 2025.
	await owner.getByRole('link', { name: 'Vergelijken', exact: true }).click();
	await expect(owner.getByLabel('Van (A)')).toHaveValue(a.split('/').pop()!);
	await expect(owner.getByLabel('Naar (B)')).toHaveValue(b.split('/').pop()!);
	const lines = owner.getByTestId('line-changes');
	await expect(lines.getByRole('row', { name: /mw-2 nieuw/ })).toBeVisible();
	await expect(lines.getByRole('row', { name: /mw-1 gewijzigd/ })).toContainText(
		'Uren per week: 20 → 32'
	);
	const parts = await owner.getByTestId('decomposition-part-value').allTextContents();
	expect(parts).toHaveLength(4);
	const total = await owner.getByTestId('decomposition-total-value').textContent();
	expect(parts.reduce((sum, p) => sum + hundredths(p), 0)).toBe(hundredths(total!));
	expect(hundredths(total!)).not.toBe(0);
	// Same ruleset on both sides: the ruleset part is exactly zero.
	await expect(
		owner.locator('[data-driver="ruleset"] [data-testid="decomposition-part-value"]')
	).toHaveText('0,00');
	await expectNoAxeViolations(owner);
	await owner.screenshot({ path: 'test-results/history-compare.png', fullPage: true });

	// Rule-change impact under 1.6: the VSO placement line counts at half weight (T10).
	await owner.goto(`${b}/impact`);
	await owner.getByLabel('Regelset om mee door te rekenen').selectOption('1.6');
	await owner.getByRole('button', { name: 'Doorrekenen' }).click();
	await expect(owner).toHaveURL(/\/impact\?ruleset=1\.6$/);
	const vso = owner.getByTestId('impact-lines').getByRole('row', { name: /mw-2/ });
	await expect(vso).toContainText('1 × 0,75 → 0,5 × 0,75');
	await expect(vso).toContainText('Weging bij contract');
	await expect(owner.getByTestId('impact-lines').getByRole('row', { name: /mw-1/ })).toHaveCount(0);
	await expect(owner.getByTestId('impact-rung-before')).toHaveText('trede 1');
	await expect(owner.getByTestId('impact-rung-after')).toHaveText('geen trede');
	await expectNoAxeViolations(owner);
	await owner.screenshot({ path: 'test-results/history-impact.png', fullPage: true });
	// Nothing stored: the result page still shows the 2.1 outcome.
	await owner.goto(`${b}/result`);
	await expect(owner.getByTestId('rung')).toHaveText('trede 1');

	// Rulesets: an invalid file is refused with path-tagged errors beside the file field.
	await owner.goto(`/orgs/${orgId}/rulesets`);
	await owner.getByLabel('Regelset (JSON-bestand)').setInputFiles({
		name: 'kapot.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": "pso-ruleset/1", "id": "2.1"}')
	});
	await owner.getByRole('button', { name: 'Regelset toevoegen' }).click();
	await expect(owner.getByText('Dit bestand is geen geldige regelset')).toBeVisible();
	await expect(owner.getByTestId('ruleset-issues')).toContainText('label: ontbreekt');
	await expect(owner.getByLabel('Regelset (JSON-bestand)')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(owner);
	await owner.screenshot({ path: 'test-results/history-rulesets.png', fullPage: true });

	// A valid file that calls itself "2.1" is stored under its own custom: id and can be used.
	await owner.getByLabel('Naam', { exact: true }).fill('Oude regels');
	await owner.getByLabel('Regelset (JSON-bestand)').setInputFiles({
		name: 'oud.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			readFileSync('src/lib/pso/rulesets/1.6.json', 'utf8').replace('"id": "1.6"', '"id": "2.1"')
		)
	});
	await owner.getByRole('button', { name: 'Regelset toevoegen' }).click();
	await expect(owner.getByRole('status')).toContainText('Regelset toegevoegd');
	const custom = owner.getByTestId('custom-rulesets').getByRole('row', { name: /Oude regels/ });
	await expect(custom).toContainText(/custom:[0-9a-f-]{36}/);
	const customId = (await custom.locator('code').first().textContent())!;
	await owner.goto(`${b}/impact?ruleset=${encodeURIComponent(customId)}`);
	await expect(owner.getByTestId('impact-rung-after')).toHaveText('geen trede');

	// Without JavaScript: the compare GET form and the upload errors work the same.
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const plain = await noJs.newPage();
	await logIn(plain, ownerEmail);
	await plain.goto(`/orgs/${orgId}/compare`);
	await plain.getByLabel('Van (A)').selectOption(b.split('/').pop()!);
	await plain.getByLabel('Naar (B)').selectOption(a.split('/').pop()!);
	await plain.getByRole('button', { name: 'Vergelijken' }).click();
	await expect(plain).toHaveURL(/\/compare\?a=.+&b=.+/);
	await expect(
		plain.getByTestId('line-changes').getByRole('row', { name: /mw-2 weg/ })
	).toBeVisible();
	await plain.goto(`/orgs/${orgId}/rulesets`);
	await plain.getByRole('button', { name: 'Regelset toevoegen' }).click();
	await expect(plain.getByText('Kies een bestand.')).toBeVisible();
	await noJs.close();

	// A stranger learns nothing: 404 on every new page and action; the admin page likewise.
	const strangerContext = await browser.newContext();
	const stranger = await strangerContext.newPage();
	await signUp(stranger, uniqueEmail('stranger'));
	const bId = b.split('/').pop()!;
	for (const path of [
		`/orgs/${orgId}/timeline`,
		`/orgs/${orgId}/compare`,
		`/orgs/${orgId}/compare?a=${bId}&b=${bId}`,
		`${b}/impact`,
		`${b}/impact?ruleset=1.6`,
		`/orgs/${orgId}/rulesets`,
		'/admin/rulesets'
	]) {
		const res = await stranger.goto(path);
		expect(res?.status(), path).toBe(404);
		await expect(stranger.getByText('Historie BV')).toHaveCount(0);
	}
	const headers = { origin: baseURL!, accept: 'text/html' };
	const file = {
		name: 'r.json',
		mimeType: 'application/json',
		buffer: readFileSync('src/lib/pso/rulesets/2.1.json')
	};
	for (const [path, multipart] of [
		[`/orgs/${orgId}/rulesets?/upload`, { name: 'Van een vreemde', file }],
		[`/orgs/${orgId}/rulesets?/delete`, { id: customId }],
		['/admin/rulesets?/upload', { name: 'Algemeen', file }],
		['/admin/rulesets?/delete', { id: customId }]
	] as const) {
		const res = await stranger.request.post(path, { multipart, headers, maxRedirects: 0 });
		expect(res.status(), path).toBe(404);
	}
	// The owner is no administrator either.
	expect((await owner.goto('/admin/rulesets'))?.status()).toBe(404);
	// Nothing the stranger posted took effect.
	await owner.goto(`/orgs/${orgId}/rulesets`);
	await expect(owner.getByTestId('custom-rulesets').getByRole('row')).toHaveCount(2);
	await expect(owner.getByText('Van een vreemde')).toHaveCount(0);
});
