import { expect, test } from '@playwright/test';
import {
	acceptInvitation,
	createOrganisation,
	invite,
	signUp,
	uniqueEmail,
	importAssessmentFile
} from './helpers';

const line = (id: string) => ({
	id,
	position: 'wajong',
	contract: 'regular',
	hoursPerWeek: 40,
	start: '2020-01-01',
	end: null
});

function doc(year: number, lines: number, totalFte: number) {
	return {
		format: 'pso-assessment/1',
		ruleset: '2.1',
		scenario: `Peiljaar ${year}`,
		period: { start: `${year}-01-01`, end: `${year}-12-31` },
		organisation: { monthsActive: 36, headcount: totalFte },
		totalFte,
		targetGroup: Array.from({ length: lines }, (_, i) => line(`mw-${i + 1}`)),
		qualitative: { suitableWork: 'met', integration: 'met', development: 'met', guidance: 'met' }
	};
}

test('an advisor goes from the portfolio to a client, its timeline and a comparison of two periods', async ({
	browser
}) => {
	const owner = await browser.newPage();
	await signUp(owner, uniqueEmail('owner'));
	const orgId = await createOrganisation(owner, 'Reis Klant BV');
	await importAssessmentFile(owner, orgId, doc(2024, 1, 40));
	await importAssessmentFile(owner, orgId, doc(2025, 3, 50));
	// A trede 1 certificate held at the end of 2025 shows on the timeline.
	await owner.goto(`/orgs/${orgId}/certificates`);
	await owner.getByLabel('Trede op het certificaat').selectOption({ label: 'trede 1' });
	await owner.getByLabel('Datum van afgifte').fill('2025-06-01');
	await owner.getByLabel('Certificerende instelling').fill('Kiwa');
	await owner.getByRole('button', { name: 'Certificaat vastleggen' }).click();
	await expect(owner.getByRole('status')).toHaveText('Certificaat vastgelegd.');
	const other = await createOrganisation(owner, 'Niet Gedeeld BV');
	expect(other).not.toBe(orgId);
	const advisorEmail = uniqueEmail('advisor');
	await invite(owner, orgId, advisorEmail, 'Adviseur');

	const advisor = await browser.newPage();
	await signUp(advisor, advisorEmail);
	await acceptInvitation(advisor, 'Reis Klant BV');
	await advisor.getByRole('link', { name: 'Adviesportefeuille' }).click();
	const portfolio = advisor.getByTestId('portfolio');
	await expect(portfolio).toContainText('Reis Klant BV');
	await expect(portfolio).not.toContainText('Niet Gedeeld BV');
	await portfolio.getByRole('link', { name: 'Reis Klant BV' }).click();
	await expect(advisor.getByRole('heading', { level: 1, name: 'Reis Klant BV' })).toBeVisible();

	await advisor.getByRole('link', { name: 'Tijdlijn', exact: true }).click();
	await expect(advisor.getByTestId('timeline-chart')).toBeVisible();
	const table = advisor.getByTestId('timeline-table');
	await expect(table).toContainText('2024');
	await expect(table).toContainText('2025');
	// 1 of 40 FTE is 2,5 %; 3 of 50 is 6,0 %.
	await expect(table).toContainText('2,5');
	await expect(table).toContainText('6,0');
	const periods = advisor.getByTestId('timeline-assessments');
	await expect(periods.getByRole('row', { name: /2025/ }).first()).toContainText('trede 1');

	await advisor.getByRole('link', { name: 'Vergelijken', exact: true }).click();
	await expect(
		advisor.getByRole('heading', { name: 'Twee beoordelingen vergelijken' })
	).toBeVisible();
	await expect(advisor.getByTestId('decomposition-total-value')).toHaveText(/\+3,50/);
	const parts = await advisor.getByTestId('decomposition-part-value').allTextContents();
	const sum = parts
		.map((t) => Number(t.replace(/[^\d,+-]/g, '').replace(',', '.')))
		.reduce((a, b) => a + b, 0);
	expect(sum).toBeCloseTo(3.5, 5);

	// Revoking the grant removes the client from the portfolio at once.
	await owner.goto(`/orgs/${orgId}/members`);
	await owner.getByRole('button', { name: `Toegang van ${advisorEmail} intrekken` }).click();
	await owner.getByRole('button', { name: 'Ja, toegang intrekken' }).click();
	await expect(owner.getByRole('status')).toHaveText('Toegang ingetrokken.');
	await advisor.goto('/advisor');
	await expect(advisor.getByText('Reis Klant BV')).toHaveCount(0);
	expect((await advisor.goto(`/orgs/${orgId}/timeline`))?.status()).toBe(404);
});
