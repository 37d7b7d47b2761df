import { expect, test } from '@playwright/test';
import { addLine, fillOrganisation, newAssessment } from './assessment-helpers';
import { acceptInvitation, createOrganisation, invite, signUp, uniqueEmail } from './helpers';

test('owners and advisors see who changed what; viewers do not', async ({ browser }) => {
	const owner = await browser.newPage();
	const ownerEmail = uniqueEmail('owner');
	await signUp(owner, ownerEmail);
	const orgId = await createOrganisation(owner, 'Logboek BV');
	const base = await newAssessment(owner, orgId);
	await fillOrganisation(owner, base, '20', '20');
	await addLine(owner, base, {
		id: 'mw-7',
		position: 'wajong',
		contract: 'regular',
		hours: '40',
		start: '2020-03-01'
	});
	const advisorEmail = uniqueEmail('advisor');
	const viewerEmail = uniqueEmail('viewer');
	await invite(owner, orgId, advisorEmail, 'Adviseur');
	await invite(owner, orgId, viewerEmail, 'Lezer');

	await owner.goto(`/orgs/${orgId}/audit?entity=line`);
	const row = owner.getByRole('row', { name: /mw-7/ });
	await expect(row).toContainText(ownerEmail);
	await expect(row).toContainText('Regel mw-7 toegevoegd aan Peiljaar test');

	const advisor = await browser.newPage();
	await signUp(advisor, advisorEmail);
	await acceptInvitation(advisor, 'Logboek BV');
	await advisor.goto(`/orgs/${orgId}/audit`);
	await expect(advisor.getByRole('row', { name: /uitgenodigd/ }).first()).toBeVisible();

	const viewer = await browser.newPage();
	await signUp(viewer, viewerEmail);
	await acceptInvitation(viewer, 'Logboek BV');
	expect((await viewer.goto(`/orgs/${orgId}/audit`))?.status()).toBe(403);
	expect((await viewer.goto(`/orgs/${orgId}/data`))?.status()).toBe(403);
});

test('an owner exports everything, then deletes the organisation after typing its name', async ({
	browser
}) => {
	const owner = await browser.newPage();
	await signUp(owner, uniqueEmail('owner'));
	const orgId = await createOrganisation(owner, 'Vertrekkers BV');
	const base = await newAssessment(owner, orgId);
	await fillOrganisation(owner, base, '12', '12');
	const advisorEmail = uniqueEmail('advisor');
	await invite(owner, orgId, advisorEmail, 'Adviseur');
	const advisor = await browser.newPage();
	await signUp(advisor, advisorEmail);
	await acceptInvitation(advisor, 'Vertrekkers BV');
	await expect(advisor.getByRole('link', { name: 'Vertrekkers BV' })).toBeVisible();

	const exported = await owner.request.get(`/orgs/${orgId}/data/export.json`);
	const data = await exported.json();
	expect(data.organisation.name).toBe('Vertrekkers BV');
	expect(data.assessments[0].input.totalFte).toBe(12);
	expect(data.auditTrail.length).toBeGreaterThan(3);

	await owner.goto(`/orgs/${orgId}/data`);
	await owner.getByLabel(/Typ de naam van de organisatie/).fill('Vertrekkers');
	await owner.getByRole('button', { name: 'Definitief verwijderen' }).click();
	await expect(owner.getByText('De naam komt niet overeen')).toBeVisible();
	await owner.getByLabel(/Typ de naam van de organisatie/).fill('Vertrekkers BV');
	await owner.getByRole('button', { name: 'Definitief verwijderen' }).click();
	await expect(owner).toHaveURL(/\/orgs\?deleted=1$/);
	await expect(owner.getByText('Vertrekkers BV')).toHaveCount(0);

	for (const path of [
		`/orgs/${orgId}`,
		base,
		`${base}/result`,
		`/orgs/${orgId}/data/export.json`
	]) {
		expect((await owner.request.get(path)).status(), path).toBe(404);
	}
	await advisor.goto('/orgs');
	await expect(advisor.getByText('Vertrekkers BV')).toHaveCount(0);
});
