// Operations and abuse (issue 8): another writer is not an error, start-up an operator can
// trust, bodies that cannot be read, response headers, erased organisations leave no text.
import { expect, test, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { holdWriteLock } from '../src/lib/server/test-support/lock-holder';
import { createOrganisation, signUp, uniqueEmail } from './helpers';
import { e2eSmtpUrl } from './mail-helpers';

const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://localhost:${port}`;
const appDir = new URL('..', import.meta.url).pathname;

/** The e2e server's database file (scripts/e2e-server.js writes where it is). */
function databasePath(): string {
	return readFileSync(join(appDir, 'tests/.tmp', `e2e-db-path-${port}`), 'utf8').trim();
}

async function fillNewOrganisation(page: Page, name: string) {
	await page.goto('/orgs/new');
	await page.getByLabel('Naam organisatie').fill(name);
	await page.getByLabel('KvK-nummer').fill('12345678');
}

test.describe('another process writing to the database', () => {
	test('a save waits for a 2-second lock and succeeds', async ({ page }) => {
		await signUp(page, uniqueEmail('wait'));
		await fillNewOrganisation(page, 'Geduld BV');
		const statuses: number[] = [];
		page.on('response', (r) => statuses.push(r.status()));
		const lock = await holdWriteLock(databasePath(), 2000);
		await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Geduld BV' })).toBeVisible();
		await lock.released;
		expect(statuses.filter((s) => s >= 500)).toEqual([]);
	});
});

test.describe('bodies that cannot be read', () => {
	test('malformed multipart and a non-form body both answer 400 with a message', async ({
		page
	}) => {
		await signUp(page, uniqueEmail('body'));
		const malformed = await page.request.post('/orgs/new', {
			headers: { origin, 'content-type': 'multipart/form-data; boundary=x', accept: 'text/html' },
			data: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nhalf'
		});
		expect(malformed.status()).toBe(400);
		expect(await malformed.text()).toContain('Het formulier kwam onleesbaar aan');
		const json = await page.request.post('/orgs/new', {
			headers: { origin, 'content-type': 'application/json', accept: 'text/html' },
			data: '{"name":"x"}'
		});
		expect(json.status()).toBe(400);
		expect(await json.text()).toContain('verwacht een ingevuld formulier');
		// A crafted post to Kit's reserved action name is "not found", not a server error.
		const reserved = await page.request.post('/orgs/new?/default', {
			headers: { origin, accept: 'text/html' },
			form: { name: 'x' }
		});
		expect(reserved.status()).toBe(404);
	});

	test('a body over BODY_SIZE_LIMIT gets a page that names the limit', async ({ page }) => {
		await signUp(page, uniqueEmail('large'));
		const response = await page.request.post('/orgs/new', {
			headers: { origin, accept: 'text/html' },
			multipart: {
				name: 'Groot BV',
				file: { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.alloc(21 * 1024 ** 2, 97) }
			}
		});
		expect(response.status()).toBe(413);
		expect(await response.text()).toContain('Bestand te groot: maximaal 20 MB');
	});
});

test('signed-in pages and exports are not stored; every page has a permissions policy', async ({
	page
}) => {
	const anonymous = await page.request.get('/login');
	expect(anonymous.headers()['cache-control'] ?? '').not.toContain('no-store');
	expect(anonymous.headers()['permissions-policy']).toContain('camera=()');
	expect(anonymous.headers()['strict-transport-security']).toBeUndefined(); // ORIGIN is http
	await signUp(page, uniqueEmail('headers'));
	const orgId = await createOrganisation(page, 'Kopregels BV');
	for (const path of [
		'/orgs',
		`/orgs/${orgId}`,
		`/orgs/${orgId}/data/export.json`,
		'/advisor/export.csv'
	]) {
		const response = await page.request.get(path);
		expect(response.status(), path).toBeLessThan(400);
		expect(response.headers()['cache-control'], path).toBe('no-store');
	}
});

test('after an organisation is deleted its name is in neither the database file nor the WAL', async ({
	page
}) => {
	const marker = `Wismerk-${Date.now().toString(36)} BV`;
	await signUp(page, uniqueEmail('erase'));
	const orgId = await createOrganisation(page, marker);
	const path = databasePath();
	const bytes = () =>
		['', '-wal']
			.filter((suffix) => existsSync(path + suffix))
			.map((suffix) => readFileSync(path + suffix).toString('latin1'))
			.join('');
	expect(bytes()).toContain(marker);
	await page.goto(`/orgs/${orgId}/data`);
	await page.getByLabel(/Typ de naam van de organisatie/).fill(marker);
	await page.getByRole('button', { name: 'Definitief verwijderen' }).click();
	await expect(page).toHaveURL(/\/orgs\?deleted=1$/);
	expect(bytes()).not.toContain(marker);
});

interface Started {
	outcome: string;
	stderr: string;
	stop: () => void;
}

/**
 * Starts the built app with scripts/start.js from `/` on its own database; resolves once it
 * answers (outcome 'listening') or exits ('exit N').
 */
function startFromRoot(env: Record<string, string>): Promise<Started> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [join(appDir, 'scripts/start.js')], {
			cwd: '/',
			env: { ...process.env, ORIGIN: `http://localhost:${env.PORT}`, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const stop = () => child.kill();
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.stdout.on('data', async (chunk: Buffer) => {
			if (!/Listening on/i.test(chunk.toString())) return;
			const response = await fetch(`http://localhost:${env.PORT}/login`);
			resolve({ outcome: response.ok ? 'listening' : `HTTP ${response.status}`, stderr, stop });
		});
		child.on('exit', (code) => resolve({ outcome: `exit ${code}`, stderr, stop }));
	});
}

test('a save that cannot get the lock answers 503, keeps the input and can be sent again', async ({
	browser
}) => {
	// Its own server and database: a lock longer than the busy timeout on the shared e2e
	// database would fail other specs' saves.
	const spare = String(port + 102);
	const path = join(mkdtempSync(join(tmpdir(), 'pso-busy-')), 'busy.sqlite');
	// Its sign-up mail goes to the e2e server's mail capture, where signUp reads the link.
	const app = await startFromRoot({ PORT: spare, DATABASE_PATH: path, SMTP_URL: e2eSmtpUrl() });
	try {
		expect(app.outcome).toBe('listening');
		const page = await (
			await browser.newContext({ baseURL: `http://localhost:${spare}` })
		).newPage();
		await signUp(page, uniqueEmail('busy'));
		await fillNewOrganisation(page, 'Volhouders BV');
		const lock = await holdWriteLock(path, 6500);
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: 'Organisatie aanmaken' }).click()
		]);
		expect(response.status()).toBe(503);
		await expect(page.getByRole('heading', { level: 1, name: 'Even bezet' })).toBeVisible();
		await expect(page.getByText(/Uw invoer is bewaard: probeer het/)).toBeVisible();
		await lock.released;
		await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Volhouders BV' })).toBeVisible();
	} finally {
		app.stop();
	}
});

test.describe('start-up', () => {
	test('the built app starts from another working directory', async () => {
		const spare = String(port + 100);
		const dir = mkdtempSync(join(tmpdir(), 'pso-root-'));
		const app = await startFromRoot({ PORT: spare, DATABASE_PATH: join(dir, 'app.sqlite') });
		app.stop();
		expect(app.outcome).toBe('listening');
		expect(existsSync(join(dir, 'app.sqlite'))).toBe(true);
	});

	test('a database from a newer version is refused in one line naming the file', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'pso-newer-')), 'newer.sqlite');
		const db = new Database(path);
		db.pragma('user_version = 999');
		db.close();
		const spare = String(port + 101);
		const { outcome, stderr } = await startFromRoot({ PORT: spare, DATABASE_PATH: path });
		expect(outcome).toBe('exit 1');
		expect(stderr.trim()).toMatch(
			new RegExp(`^PSO Readiness cannot start: database ${path}: its schema version 999 is newer`)
		);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});
});
