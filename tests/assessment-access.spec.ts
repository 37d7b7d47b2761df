import { expect, test, type Page } from '@playwright/test';
import { addLine, fillOrganisation, newAssessment } from './assessment-helpers';
import { acceptInvitation, createOrganisation, invite, signUp, uniqueEmail } from './helpers';

/** Every page of one assessment, and every form action with a plausible body. */
function routes(orgId: string, base: string) {
	const pages = [
		`/orgs/${orgId}/assessments/new`,
		`/orgs/${orgId}/assessments/import`,
		base,
		`${base}/organisation`,
		`${base}/workforce`,
		`${base}/workforce/mw-1`,
		`${base}/workforce/import`,
		`${base}/workforce/template.csv`,
		`${base}/workforce/template.xlsx`,
		`${base}/purchases`,
		`${base}/evidence`,
		`${base}/result`,
		`${base}/report`,
		`${base}/export.json`,
		`${base}/export.csv`,
		`${base}/export.xlsx`
	];
	const line = {
		id: 'x-1',
		position: 'wajong',
		contract: 'regular',
		hoursPerWeek: '40',
		start: '2020-01-01'
	};
	const actions: [string, Record<string, string>][] = [
		[
			`/orgs/${orgId}/assessments/new`,
			{ name: 'X', periodStart: '2025-01-01', periodEnd: '2025-12-31', rulesetId: '2.1' }
		],
		[`${base}/organisation`, { totalFte: '10', monthsActive: '12' }],
		[`${base}/workforce?/add`, line],
		[`${base}/workforce?/delete`, { lineId: 'mw-1' }],
		[`${base}/workforce/mw-1`, line],
		[`${base}/workforce/import?/commit`, { mode: 'replace', payload: '[]' }],
		[
			`${base}/purchases?/add`,
			{
				supplier: 'S',
				kind: 'pso-certified',
				amount: '1',
				supplierTurnover: '1',
				supplierFte: '1',
				supplierDirectPct: '1'
			}
		],
		[`${base}/evidence?/save`, { 'suitableWork.status': 'met' }],
		[`${base}/evidence?/deleteEvidence`, { evidenceId: 'x', confirmed: 'yes' }],
		[`${base}?/rename`, { name: 'Hijacked' }],
		[`${base}?/finalise`, { confirm: '1' }],
		[`${base}?/delete`, {}]
	];
	return { pages, actions };
}

async function postAll(page: Page, baseURL: string, actions: [string, Record<string, string>][]) {
	const statuses: Record<string, number> = {};
	for (const [path, form] of actions) {
		const res = await page.request.post(path, {
			form,
			headers: { origin: baseURL, accept: 'text/html' },
			maxRedirects: 0
		});
		statuses[path] = res.status();
	}
	return statuses;
}

test('a stranger gets 404 on every assessment route and action; a viewer reads but changes nothing', async ({
	browser,
	baseURL
}) => {
	const owner = await browser.newPage();
	await signUp(owner, uniqueEmail('owner'));
	const orgId = await createOrganisation(owner, 'Afgeschermd BV');
	const base = await newAssessment(owner, orgId, 'Geheim scenario');
	await fillOrganisation(owner, base, '30', '32');
	await addLine(owner, base, {
		id: 'mw-1',
		position: 'wajong',
		contract: 'regular',
		hours: '40',
		start: '2020-03-01'
	});
	const { pages, actions } = routes(orgId, base);

	const stranger = await browser.newPage();
	await signUp(stranger, uniqueEmail('stranger'));
	for (const path of pages) {
		const res = await stranger.request.get(path, { maxRedirects: 0 });
		expect(res.status(), path).toBe(404);
		expect(await res.text(), path).not.toContain('Geheim scenario');
	}
	for (const [path, status] of Object.entries(await postAll(stranger, baseURL!, actions))) {
		expect(status, path).toBe(404);
	}

	const viewerEmail = uniqueEmail('viewer');
	await invite(owner, orgId, viewerEmail, 'Lezer');
	const viewer = await browser.newPage();
	await signUp(viewer, viewerEmail);
	await acceptInvitation(viewer, 'Afgeschermd BV');
	for (const path of [
		`${base}/organisation`,
		`${base}/workforce`,
		`${base}/purchases`,
		`${base}/evidence`
	]) {
		await viewer.goto(path);
		await expect(viewer.getByRole('button', { name: /Opslaan|toevoegen|Verwijderen/ })).toHaveCount(
			0
		);
	}
	await viewer.goto(`${base}/result`);
	await expect(viewer.getByRole('button', { name: 'Definitief maken' })).toHaveCount(0);
	for (const [path, status] of Object.entries(await postAll(viewer, baseURL!, actions))) {
		expect(status, path).toBe(403);
	}

	// Nothing any of them posted took effect.
	await owner.goto(`${base}/workforce`);
	await expect(owner.getByRole('row', { name: /mw-1/ })).toBeVisible();
	await expect(owner.getByRole('row', { name: /x-1/ })).toHaveCount(0);
	await owner.goto(base);
	await expect(owner.getByRole('heading', { level: 1 })).toContainText('Geheim scenario');
	await expect(owner.getByText('Concept', { exact: true })).toBeVisible();
});
