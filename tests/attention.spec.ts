// Issue 10 items 3 and 5: a criterion "voldaan" without evidence is flagged and finalising asks
// first; a line whose contract ended before the period end is flagged.
import { expect, test, type Page } from '@playwright/test';
import { createOrganisation, signUp, uniqueEmail, importAssessmentFile } from './helpers';

const criteria = ['suitableWork', 'integration', 'development', 'guidance'];

/** All four criteria met; every one but Begeleiding (guidance) has evidence. */
const doc = {
	format: 'pso-assessment/1',
	ruleset: '2.1',
	scenario: 'Aandacht 2025',
	period: { start: '2025-01-01', end: '2025-12-31' },
	organisation: { monthsActive: 36 },
	totalFte: 20,
	targetGroup: [
		{
			id: 'mw-1',
			position: 'wajong',
			contract: 'regular',
			hoursPerWeek: 40,
			start: '2020-01-01',
			end: null
		},
		{
			id: 'mw-2',
			position: 'wajong',
			contract: 'regular',
			hoursPerWeek: 40,
			start: '2020-01-01',
			end: '2025-06-30'
		}
	],
	qualitative: Object.fromEntries(criteria.map((c) => [c, 'met'])),
	evidence: Object.fromEntries(
		criteria
			.filter((c) => c !== 'guidance')
			.map((c) => [c, { items: [{ document: `${c}.pdf`, validUntil: null }] }])
	)
};

async function importedAssessment(page: Page, prefix: string): Promise<string> {
	await signUp(page, uniqueEmail(prefix));
	const orgId = await createOrganisation(page, 'Aandacht BV');
	return importAssessmentFile(page, orgId, doc);
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		test.use({ javaScriptEnabled });

		test('"voldaan" without evidence is flagged, and finalising asks first, naming it', async ({
			page
		}) => {
			const base = await importedAssessment(page, 'attention-evidence');
			await page.goto(`${base}/result`);
			const gap = page.getByRole('region', { name: 'Voldaan zonder bewijs' });
			await expect(gap.getByRole('listitem')).toHaveText(['Begeleiding']);
			await expect(gap.getByRole('link', { name: 'Bewijs vastleggen' })).toHaveAttribute(
				'href',
				`${base}/evidence`
			);

			await page.getByRole('button', { name: 'Definitief maken' }).click();
			await expect(page.getByText('Weet u het zeker?')).toBeVisible();
			await expect(
				page.getByText('Deze criteria staan op voldaan zonder bewijsstuk: Begeleiding.')
			).toBeVisible();

			// Asking finalised nothing: another tab still sees a draft.
			const other = await page.context().newPage();
			await other.goto(base);
			await expect(other.getByText('Concept', { exact: true })).toBeVisible();
			await expect(other.getByText('Deze beoordeling is definitief')).toHaveCount(0);
			await other.close();

			// Cancel, then ask again and confirm.
			await page.getByRole('link', { name: 'Annuleren' }).click();
			await expect(page.getByText('Weet u het zeker?')).toHaveCount(0);
			await page.getByRole('button', { name: 'Definitief maken' }).click();
			await page.getByRole('button', { name: 'Ja, definitief maken' }).click();
			await expect(page).toHaveURL(`${base}/result`);
			await expect(page.getByText('Deze beoordeling is definitief')).toBeVisible();

			await page.goto(`${base}/report`);
			await expect(
				page.getByRole('region', { name: 'Voldaan zonder bewijs' }).getByRole('listitem')
			).toHaveText(['Begeleiding']);
		});
	});
}

test('a line whose contract ended before the period end is flagged in the line table and result', async ({
	page
}) => {
	const base = await importedAssessment(page, 'attention-lines');
	await page.goto(`${base}/workforce`);
	const flag = 'Contract beëindigd op 30-06-2025, vóór het einde van het peiljaar';
	await expect(page.getByRole('row', { name: /mw-2/ })).toContainText(flag);
	await expect(page.getByRole('row', { name: /mw-1/ })).not.toContainText('Contract beëindigd');

	await page.goto(`${base}/result`);
	const section = page.getByRole('region', { name: 'Regels die aandacht vragen' });
	await expect(section.getByRole('row', { name: /mw-2/ })).toContainText(flag);
	await expect(section.getByRole('row', { name: /mw-1/ })).toHaveCount(0);
});
