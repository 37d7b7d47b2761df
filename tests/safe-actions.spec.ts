// Issue 11 item 2: every destructive or irreversible action asks first (with and without
// JavaScript), a post without confirmed=yes does nothing, every save confirms what it did and
// redirects (a reload repeats nothing), step 4 keeps what was typed, and a stale tab is told why.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newAssessment } from './assessment-helpers';
import {
	acceptInvitation,
	createOrganisation,
	gotoReady,
	importAssessmentFile,
	invite,
	signUp,
	uniqueEmail
} from './helpers';

const criteria = ['suitableWork', 'integration', 'development', 'guidance'];

/** A scorable draft: all criteria met, evidence for all but Begeleiding (guidance). */
const doc = (scenario: string) => ({
	format: 'pso-assessment/1',
	ruleset: '2.1',
	scenario,
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
		}
	],
	qualitative: Object.fromEntries(criteria.map((c) => [c, 'met'])),
	evidence: Object.fromEntries(
		criteria
			.filter((c) => c !== 'guidance')
			.map((c) => [c, { items: [{ document: `${c}.pdf`, validUntil: null }] }])
	)
});

/** axe runs inside the page: the runs without JavaScript leave it to the runs with it. */
async function expectNoViolations(page: Page, state: string, scripted = true) {
	if (!scripted) return;
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		state
	).toEqual([]);
}

/** Posts a form action directly, as a crafted or replayed request would; returns the status. */
async function post(page: Page, path: string, form: Record<string, string>): Promise<number> {
	const origin = new URL(page.url()).origin;
	const res = await page.request.post(path, {
		form,
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	return res.status();
}

const confirmStep = (page: Page) => page.getByRole('region', { name: 'Weet u het zeker?' });

for (const javaScriptEnabled of [true, false]) {
	test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		test.use({ javaScriptEnabled });

		test('finalising asks first; a post without confirmed=yes does nothing', async ({ page }) => {
			await signUp(page, uniqueEmail('safe-final'));
			const orgId = await createOrganisation(page, 'Zeker BV');
			const base = await importAssessmentFile(page, orgId, doc('Peiljaar 2025'));

			await page.goto(`${base}/result`);
			await page.getByRole('button', { name: 'Definitief maken' }).click();
			const ask = confirmStep(page);
			await expect(ask).toContainText("'Peiljaar 2025' definitief maken?");
			await expect(ask).toContainText('voldaan zonder bewijsstuk: Begeleiding');
			await expectNoViolations(page, 'finalise confirm step', javaScriptEnabled);

			// The action itself refuses to act without the confirmation.
			expect(await post(page, `${base}?/finalise`, {})).toBe(200);
			await page.goto(base);
			await expect(page.getByText('Concept', { exact: true })).toBeVisible();

			await page.getByRole('button', { name: 'Definitief maken' }).click();
			await page.getByRole('button', { name: 'Ja, definitief maken' }).click();
			await expect(page).toHaveURL(`${base}/result`);
			await expect(page.getByRole('status')).toHaveText("'Peiljaar 2025' is definitief gemaakt.");
			// Post/Redirect/Get: a reload shows the page again and repeats nothing.
			expect((await page.reload())?.status()).toBe(200);
			await expect(page.getByText('Deze beoordeling is definitief')).toBeVisible();
		});

		test('deleting a draft asks first', async ({ page }) => {
			await signUp(page, uniqueEmail('safe-draft'));
			const orgId = await createOrganisation(page, 'Weg BV');
			const second = await newAssessment(page, orgId, 'Scenario weg');
			expect(await post(page, `${second}?/delete`, {})).toBe(200);
			await page.goto(second);
			await page.getByRole('button', { name: 'Concept verwijderen' }).click();
			await expect(confirmStep(page)).toContainText(
				"Concept 'Scenario weg' verwijderen? Alle invoer van dit concept gaat verloren."
			);
			await expectNoViolations(page, 'delete draft confirm step', javaScriptEnabled);
			await confirmStep(page).getByRole('link', { name: 'Annuleren' }).click();
			await expect(confirmStep(page)).toHaveCount(0);
			await page.getByRole('button', { name: 'Concept verwijderen' }).click();
			await page.getByRole('button', { name: 'Ja, concept verwijderen' }).click();
			await expect(page).toHaveURL(`/orgs/${orgId}`);
			await expect(page.getByRole('status')).toHaveText("Concept 'Scenario weg' verwijderd.");
			expect((await page.request.get(second)).status()).toBe(404);
		});

		test('deleting a certificate asks first; adding one confirms and a reload repeats nothing', async ({
			page
		}) => {
			await signUp(page, uniqueEmail('safe-cert'));
			const orgId = await createOrganisation(page, 'Certificaat BV');

			await gotoReady(page, `/orgs/${orgId}/certificates`);
			await page.getByLabel('Trede op het certificaat').selectOption({ label: 'trede 2' });
			await page.getByLabel('Datum van afgifte').fill('01-03-2025');
			await page.getByLabel('Certificerende instelling').fill('Kiwa');
			await page.getByRole('button', { name: 'Certificaat vastleggen' }).click();
			await expect(page.getByRole('status')).toHaveText('Certificaat vastgelegd.');
			await page.reload();
			await expect(page.getByRole('row', { name: /trede 2/ })).toHaveCount(1);

			const row = page.getByRole('row', { name: /trede 2/ });
			await row.getByRole('button', { name: /Certificaat trede 2 van .* verwijderen/ }).click();
			await expect(confirmStep(page)).toContainText(
				'Certificaat trede 2 van 01-03-2025 (Kiwa) verwijderen?'
			);
			await expectNoViolations(page, 'certificate confirm step', javaScriptEnabled);
			const certificateId = new URL(page.url()).searchParams.get('delete')!;
			expect(await post(page, `/orgs/${orgId}/certificates?/delete`, { certificateId })).toBe(303);
			await page.goto(`/orgs/${orgId}/certificates`);
			await expect(page.getByRole('row', { name: /trede 2/ })).toHaveCount(1);
			await row.getByRole('button', { name: /verwijderen/ }).click();
			await page.getByRole('button', { name: 'Ja, certificaat verwijderen' }).click();
			await expect(page.getByRole('status')).toHaveText('Certificaat verwijderd.');
			await expect(page.getByText('Nog geen certificaat vastgelegd.')).toBeVisible();
		});

		test('removing a member asks first; inviting confirms and a reload repeats nothing', async ({
			page,
			browser
		}) => {
			await signUp(page, uniqueEmail('safe-owner'));
			const orgId = await createOrganisation(page, 'Leden BV');
			const memberEmail = uniqueEmail('safe-member');
			await invite(page, orgId, memberEmail, 'Adviseur');
			await page.reload();
			await expect(page.getByRole('cell', { name: memberEmail, exact: true })).toHaveCount(1);
			const member = await browser.newPage();
			await signUp(member, memberEmail);
			await acceptInvitation(member, 'Leden BV');
			await member.close();

			await page.goto(`/orgs/${orgId}/members`);
			await page.getByRole('button', { name: `Toegang van ${memberEmail} intrekken` }).click();
			await expect(confirmStep(page)).toContainText(
				`Toegang van ${memberEmail} (adviseur) intrekken?`
			);
			await expectNoViolations(page, 'member confirm step', javaScriptEnabled);
			const userId = new URL(page.url()).searchParams.get('revoke')!;
			expect(await post(page, `/orgs/${orgId}/members?/revoke`, { userId })).toBe(303);
			await page.goto(`/orgs/${orgId}/members`);
			// The members table (the invitations table keeps the accepted invitation, issue 12).
			const members = page.getByRole('table', { name: 'Toegang' });
			await expect(members.getByRole('cell', { name: memberEmail, exact: true })).toHaveCount(1);
			await page.getByRole('button', { name: `Toegang van ${memberEmail} intrekken` }).click();
			await page.getByRole('button', { name: 'Ja, toegang intrekken' }).click();
			await expect(page.getByRole('status')).toHaveText('Toegang ingetrokken.');
			await expect(members.getByRole('cell', { name: memberEmail, exact: true })).toHaveCount(0);
		});

		test('step 4 keeps an unsaved criterion change when an evidence item is added or deleted', async ({
			page
		}) => {
			await signUp(page, uniqueEmail('safe-evidence'));
			const orgId = await createOrganisation(page, 'Bewijs BV');
			const base = await importAssessmentFile(page, orgId, doc('Bewijs 2025'));
			await gotoReady(page, `${base}/evidence`);

			const guidance = page.getByRole('group', { name: 'Begeleiding', exact: true });
			await guidance.getByLabel('deels voldaan', { exact: true }).check();
			await guidance.getByLabel('Toelichting').fill('Jobcoach twee dagen per week');
			const development = page.getByRole('group', {
				name: 'Functioneren en ontwikkeling',
				exact: true
			});
			await development.getByLabel('Toelichting').fill('POP-gesprekken gepland');
			await guidance.getByLabel('Document').fill('Begeleidingsplan 2025');
			await guidance.getByRole('button', { name: 'Bewijsstuk toevoegen bij Begeleiding' }).click();
			await expect(page.getByRole('status')).toHaveText(
				"Criteria opgeslagen en bewijsstuk toegevoegd: 'Begeleidingsplan 2025'."
			);
			// Nothing typed was lost, in the criterion or beside it; a reload adds nothing twice.
			await page.reload();
			await expect(guidance.getByLabel('deels voldaan', { exact: true })).toBeChecked();
			await expect(guidance.getByLabel('Toelichting')).toHaveValue('Jobcoach twee dagen per week');
			await expect(development.getByLabel('Toelichting')).toHaveValue('POP-gesprekken gepland');
			await expect(guidance.getByText('Begeleidingsplan 2025')).toHaveCount(1);
			await expect(guidance.getByLabel('Document')).toHaveValue('');
			await expectNoViolations(page, 'evidence step', javaScriptEnabled);

			// Deleting asks first and keeps a change typed just before.
			await development.getByLabel('Toelichting').fill('POP-gesprekken gehouden');
			await guidance
				.getByRole('button', { name: 'Bewijsstuk Begeleidingsplan 2025 verwijderen' })
				.click();
			await expect(confirmStep(page)).toContainText(
				"Bewijsstuk 'Begeleidingsplan 2025' bij Begeleiding verwijderen?"
			);
			await expectNoViolations(page, 'evidence confirm step', javaScriptEnabled);
			await page.getByRole('button', { name: 'Ja, bewijsstuk verwijderen' }).click();
			await expect(page.getByRole('status')).toHaveText(
				"Bewijsstuk 'Begeleidingsplan 2025' verwijderd."
			);
			await expect(guidance.getByText('Begeleidingsplan 2025')).toHaveCount(0);
			await expect(development.getByLabel('Toelichting')).toHaveValue('POP-gesprekken gehouden');
		});
	});
}

test('a post without confirmed=yes deletes nothing, for every confirm-protected action', async ({
	page
}) => {
	await signUp(page, uniqueEmail('safe-table'));
	const orgId = await createOrganisation(page, 'Tabel BV');
	const base = await importAssessmentFile(page, orgId, doc('Tabel 2025'));
	await invite(page, orgId, uniqueEmail('safe-invitee'), 'Lezer');
	await page.goto(`/orgs/${orgId}/members`);
	const invitationForm = page.getByRole('button', { name: /Uitnodiging voor .* intrekken/ });
	await invitationForm.click();
	await expect(page).toHaveURL(/cancelInvitation=/);
	const invitationId = new URL(page.url()).searchParams.get('cancelInvitation')!;
	await page.goto(`${base}/evidence`);
	await page
		.getByRole('group', { name: 'Passend werk', exact: true })
		.getByRole('button', { name: /Bewijsstuk .* verwijderen/ })
		.click();
	await expect(page).toHaveURL(/deleteEvidence=/);
	const evidenceId = new URL(page.url()).searchParams.get('deleteEvidence')!;

	const cases: [string, Record<string, string>, string, RegExp][] = [
		[`${base}?/finalise`, {}, base, /Concept/],
		[`${base}?/delete`, {}, base, /Concept/],
		[`${base}/evidence?/deleteEvidence`, { evidenceId }, `${base}/evidence`, /suitableWork\.pdf/],
		[
			`/orgs/${orgId}/members?/cancelInvitation`,
			{ invitationId },
			`/orgs/${orgId}/members`,
			/Openstaand, geldig tot/
		]
	];
	for (const [action, form, after, stillThere] of cases) {
		expect(await post(page, action, form), action).toBeLessThan(400);
		await page.goto(after);
		await expect(page.locator('main'), action).toContainText(stillThere);
	}
	await page.goto(`/orgs/${orgId}/members`);
	await page.getByRole('button', { name: /Uitnodiging voor .* intrekken/ }).click();
	await expectNoViolations(page, 'invitation confirm step');
	await page.getByRole('button', { name: 'Ja, uitnodiging intrekken' }).click();
	await expect(page.getByRole('status')).toContainText('ingetrokken');
});

test('a stale tab that edits a finalised assessment is told who finalised it, beside its form', async ({
	page,
	context
}) => {
	const email = uniqueEmail('safe-stale');
	await signUp(page, email);
	const orgId = await createOrganisation(page, 'Oud Tabblad BV');
	const base = await importAssessmentFile(page, orgId, doc('Tabblad 2025'));
	await gotoReady(page, `${base}/evidence`);

	const other = await context.newPage();
	await other.goto(`${base}/result`);
	await other.getByRole('button', { name: 'Definitief maken' }).click();
	await other.getByRole('button', { name: 'Ja, definitief maken' }).click();
	await expect(other.getByText('Deze beoordeling is definitief')).toBeVisible();
	await other.close();

	const guidance = page.getByRole('group', { name: 'Begeleiding', exact: true });
	await guidance.getByLabel('Toelichting').fill('Nog snel aangepast');
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		`Deze beoordeling is inmiddels definitief gemaakt door ${email}; wijzigen kan niet meer. Maak een nieuwe versie.`
	);
	// What was typed is still there, to copy into a new version.
	await expect(guidance.getByLabel('Toelichting')).toHaveValue('Nog snel aangepast');
	await expectNoViolations(page, 'stale tab message');

	// Without JavaScript the page answers 409 with the same words and the typed note; pages
	// whose actions are not wrapped answer 409 with the words too, never a 500.
	for (const [action, form, kept] of [
		[`${base}/evidence?/save`, { 'guidance.note': 'Zonder script getypt' }, 'Zonder script getypt'],
		[`${base}/workforce?/add`, { id: 'x-1' }, '']
	]) {
		const res = await page.request.post(action as string, {
			form: form as Record<string, string>,
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
		});
		expect(res.status(), action as string).toBe(409);
		const html = await res.text();
		expect(html).toContain('inmiddels definitief gemaakt door');
		expect(html).toContain(kept as string);
	}
});
