import { expect, test } from '@playwright/test';
import { acceptInvitation, createOrganisation, invite, signUp, uniqueEmail } from './helpers';

test('an owner invites an editor, who sees the organisation; a stranger gets 404 everywhere', async ({
	browser,
	baseURL
}) => {
	const owner = await browser.newPage();
	const ownerEmail = uniqueEmail('owner');
	await signUp(owner, ownerEmail);
	const orgId = await createOrganisation(owner, 'Groen Hoveniers BV');
	const editorEmail = uniqueEmail('editor');
	await invite(owner, orgId, editorEmail, 'Bewerker');

	const editor = await browser.newPage();
	await signUp(editor, editorEmail);
	await acceptInvitation(editor, 'Groen Hoveniers BV');
	await expect(editor.getByRole('link', { name: 'Groen Hoveniers BV' })).toBeVisible();
	await editor.getByRole('link', { name: 'Groen Hoveniers BV' }).click();
	await expect(editor.getByText('Bewerker')).toBeVisible();
	// An editor manages no people.
	const membersForEditor = await editor.goto(`/orgs/${orgId}/members`);
	expect(membersForEditor?.status()).toBe(403);

	const stranger = await browser.newPage();
	await signUp(stranger, uniqueEmail('stranger'));
	await expect(stranger.getByText('Groen Hoveniers BV')).toHaveCount(0);
	for (const path of ['', '/members', '/settings']) {
		const res = await stranger.goto(`/orgs/${orgId}${path}`);
		expect(res?.status(), path).toBe(404);
		await expect(stranger.getByText('Groen Hoveniers BV')).toHaveCount(0);
	}
	const switched = await stranger.goto(`/orgs/switch?org=${orgId}`);
	expect(switched?.status()).toBe(404);

	const headers = { origin: baseURL!, accept: 'text/html' };
	const posts: [string, Record<string, string>][] = [
		[`/orgs/${orgId}/members?/invite`, { email: 'x@example.nl', role: 'owner' }],
		[`/orgs/${orgId}/members?/revoke`, { userId: 'anything' }],
		[`/orgs/${orgId}/members?/cancelInvitation`, { invitationId: 'anything' }],
		[`/orgs/${orgId}/settings`, { name: 'Taken', kvk: '87654321', fulltimeHours: '40' }]
	];
	for (const [path, form] of posts) {
		const res = await stranger.request.post(path, { form, headers, maxRedirects: 0 });
		expect(res.status(), path).toBe(404);
	}
	// Nothing the stranger posted took effect.
	await owner.goto(`/orgs/${orgId}/members`);
	await expect(owner.getByText('x@example.nl')).toHaveCount(0);
	await owner.goto(`/orgs/${orgId}`);
	await expect(owner.getByRole('heading', { name: 'Groen Hoveniers BV' })).toBeVisible();
});

test('an advisor grant gives access, and revoking it takes effect on the next request', async ({
	browser
}) => {
	const owner = await browser.newPage();
	await signUp(owner, uniqueEmail('owner'));
	const orgId = await createOrganisation(owner, 'Adviesklant BV');
	const advisorEmail = uniqueEmail('advisor');

	const advisor = await browser.newPage();
	await signUp(advisor, advisorEmail);
	await expect(advisor.getByText('Adviesklant BV')).toHaveCount(0);

	await invite(owner, orgId, advisorEmail, 'Adviseur');
	// The advisor is already signed in: the invitation shows on their list, to accept.
	await acceptInvitation(advisor, 'Adviesklant BV');
	await expect(advisor.getByRole('link', { name: 'Adviesklant BV' })).toBeVisible();
	await expect(advisor.getByRole('cell', { name: 'Adviseur' })).toBeVisible();
	expect((await advisor.goto(`/orgs/${orgId}`))?.status()).toBe(200);

	await owner.goto(`/orgs/${orgId}/members`);
	await owner.getByRole('button', { name: `Toegang van ${advisorEmail} intrekken` }).click();
	await owner.getByRole('button', { name: 'Ja, toegang intrekken' }).click();
	await expect(owner.getByRole('status')).toHaveText('Toegang ingetrokken.');
	// The members table (the invitations table keeps the accepted invitation, issue 12).
	await expect(
		owner.getByRole('table', { name: 'Toegang' }).getByRole('cell', { name: advisorEmail })
	).toHaveCount(0);

	expect((await advisor.goto(`/orgs/${orgId}`))?.status()).toBe(404);
	await advisor.goto('/orgs');
	await expect(advisor.getByText('Adviesklant BV')).toHaveCount(0);
});
