import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fillOrganisation, addLine, newAssessment } from './assessment-helpers';
import {
	acceptInvitation,
	createOrganisation,
	gotoReady,
	invite,
	signUp,
	uniqueEmail
} from './helpers';

// Issue 11 item 3: the audit trail reads as sentences in the UI's words, filters by person and
// date in the URL, and marks finalisation.

/** dd-mm-jjjj in the Netherlands, `days` from today. */
function dutchDate(days: number): string {
	const at = new Date(Date.now() + days * 86_400_000);
	const p = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Europe/Amsterdam',
			day: '2-digit',
			month: '2-digit',
			year: 'numeric'
		})
			.formatToParts(at)
			.map((x) => [x.type, x.value])
	);
	return `${p.day}-${p.month}-${p.year}`;
}

async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('the trail names what changed in the words of the forms, and filters by person and date', async ({
	page: owner,
	browser
}) => {
	test.setTimeout(90_000);
	const ownerEmail = uniqueEmail('trail-owner');
	await signUp(owner, ownerEmail);
	const orgId = await createOrganisation(owner, 'Spoor BV');
	const base = await newAssessment(owner, orgId, 'Peiljaar 2025');
	await fillOrganisation(owner, base, '20', '22');
	await addLine(owner, base, {
		id: 'mw-12',
		position: 'wajong',
		contract: 'regular',
		hours: '20',
		start: '2024-03-01'
	});
	await gotoReady(owner, `${base}/workforce/mw-12`);
	await owner.getByLabel('Uren per week').fill('24');
	await owner.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(owner).toHaveURL(/\/workforce(\?.*)?$/);
	await owner.goto(`${base}/result`);
	await owner.getByRole('button', { name: 'Definitief maken' }).click();
	await owner.getByRole('button', { name: 'Ja, definitief maken' }).click();
	await expect(owner.getByText('Deze beoordeling is definitief')).toBeVisible();

	const advisorEmail = uniqueEmail('trail-advisor');
	await invite(owner, orgId, advisorEmail, 'Adviseur');
	// axe needs pages of a context it knows, so the second person gets one of their own.
	const advisor = await (await browser.newContext()).newPage();
	await signUp(advisor, advisorEmail);
	await acceptInvitation(advisor, 'Spoor BV');

	await owner.goto(`/orgs/${orgId}/audit`);
	const table = owner.getByRole('table');
	await expect(table).toContainText(
		'Regel mw-12 gewijzigd in Peiljaar 2025: Uren per week 20 → 24'
	);
	await expect(table).toContainText('Regel mw-12 toegevoegd aan Peiljaar 2025');
	await expect(table).toContainText('Begindatum: 01-03-2024');
	await expect(table).toContainText('Contractvorm: Regulier contract');
	await expect(table).toContainText('Totaal fte in het peiljaar leeg → 20,0');
	const finalised = owner.getByRole('row', { name: /definitief gemaakt/ });
	await expect(finalised).toContainText('Definitief gemaakt');
	await expect(finalised).toContainText('Beoordeling Peiljaar 2025 definitief gemaakt');
	const assessmentId = base.split('/').pop()!;
	const text = await table.innerText();
	expect(text).not.toContain(assessmentId);
	expect(text).not.toMatch(/hours_per_week|start_date|total_fte|\bregular\b|wajong\b/);
	await expectNoAxeViolations(owner);

	// By person: only what the advisor did (accepting the invitation: access, invitation closed).
	await owner.getByLabel('Persoon').selectOption({ label: advisorEmail });
	await owner.getByRole('button', { name: 'Tonen' }).click();
	await expect(owner).toHaveURL(/person=/);
	await expect(owner.getByRole('row')).toHaveCount(3);
	await expect(table).not.toContainText(ownerEmail);
	await expect(table).toContainText(`Toegang gegeven aan ${advisorEmail}: Rol: Adviseur`);

	// By date, typed as people do: from tomorrow there is nothing yet; from today, everything.
	await owner.getByLabel('Vanaf datum').fill(dutchDate(1));
	await owner.getByRole('button', { name: 'Tonen' }).click();
	await expect(owner.getByText('Geen wijzigingen die aan deze filters voldoen.')).toBeVisible();
	await owner.getByLabel('Persoon').selectOption({ label: 'Iedereen' });
	await owner.getByLabel('Vanaf datum').fill(dutchDate(0));
	await owner.getByLabel('Tot en met datum').fill(dutchDate(0));
	await owner.getByRole('button', { name: 'Tonen' }).click();
	await expect(table).toContainText('Regel mw-12 gewijzigd in Peiljaar 2025');
	await expect(owner.getByLabel('Vanaf datum')).toHaveValue(dutchDate(0));
	await expectNoAxeViolations(owner);

	// A date that cannot be read is said beside its field, and the rest still shows.
	await owner.getByLabel('Tot en met datum').fill('31-02-2025');
	await owner.getByRole('button', { name: 'Tonen' }).click();
	await expect(owner.getByText('Vul een datum in als dd-mm-jjjj.')).toBeVisible();
	await expect(owner.getByLabel('Tot en met datum')).toHaveAttribute('aria-invalid', 'true');
	await expect(table).toContainText('Regel mw-12 gewijzigd');
	await expectNoAxeViolations(owner);
});
