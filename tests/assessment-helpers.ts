import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gotoReady } from './helpers';

export interface LineInput {
	id: string;
	position: string;
	contract: string;
	hours: string;
	start: string;
}

/** Starts a new assessment with the default period and ruleset; returns its base URL path. */
export async function newAssessment(
	page: Page,
	orgId: string,
	name = 'Peiljaar test'
): Promise<string> {
	await gotoReady(page, `/orgs/${orgId}/assessments/new`);
	await page.getByLabel('Naam', { exact: true }).fill(name);
	await page.getByLabel('Begindatum').fill('2025-01-01');
	await page.getByLabel('Einddatum').fill('2025-12-31');
	await page.getByRole('button', { name: 'Beoordeling aanmaken' }).click();
	await expect(page).toHaveURL(/\/assessments\/[^/]+\/organisation$/);
	return new URL(page.url()).pathname.replace(/\/organisation$/, '');
}

export async function fillOrganisation(
	page: Page,
	base: string,
	totalFte: string,
	headcount: string
) {
	await gotoReady(page, `${base}/organisation`);
	await page.getByLabel('Totaal fte in het peiljaar').fill(totalFte);
	await page.getByLabel('Aantal medewerkers op de einddatum (optioneel)').fill(headcount);
	await page.getByLabel('Maanden met minstens 2 fte').fill('36');
	await page.getByRole('button', { name: 'Opslaan en verder' }).click();
	await expect(page).toHaveURL(/\/workforce$/);
}

export async function addLine(page: Page, base: string, line: LineInput) {
	await page.goto(`${base}/workforce`);
	await page.getByLabel('Kenmerk').fill(line.id);
	await page.getByLabel('Uitgangspositie').selectOption(line.position);
	await page.getByLabel('Contractvorm').selectOption(line.contract);
	await page.getByLabel('Uren per week').fill(line.hours);
	await page.getByLabel('Begindatum').fill(line.start);
	await page.getByRole('button', { name: 'Regel toevoegen' }).click();
	await expect(page.getByRole('status')).toContainText(`Regel ${line.id} toegevoegd`);
}

export async function setAllCriteriaMet(page: Page, base: string) {
	await page.goto(`${base}/evidence`);
	for (const group of await page.getByRole('radiogroup').all()) {
		await group.getByLabel('voldaan', { exact: true }).check();
	}
	await page.getByRole('button', { name: 'Opslaan en uitkomst bekijken' }).click();
	await expect(page).toHaveURL(/\/result$/);
}

/** Scores a pso-assessment/1 document with the command-line tool, as a user would. */
export function scoreWithCli(json: string): { rung: string; totalPct: number } {
	const dir = mkdtempSync(join(tmpdir(), 'pso-cli-'));
	const file = join(dir, 'assessment.json');
	writeFileSync(file, json);
	const out = execFileSync('npx', ['tsx', 'scripts/score.ts', file], { encoding: 'utf8' });
	return JSON.parse(out) as { rung: string; totalPct: number };
}
