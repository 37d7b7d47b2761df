import Database from 'better-sqlite3';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db';
import { holdWriteLock } from '../src/lib/server/test-support/lock-holder';

describe('npm run demo', () => {
	it(
		'creates an advisor with three clients over four years, prints the login, and runs once',
		{ timeout: 60_000 },
		() => {
			const path = join(mkdtempSync(join(tmpdir(), 'pso-demo-')), 'demo.sqlite');
			const run = () =>
				execFileSync('npx', ['tsx', 'scripts/demo.ts'], {
					env: { ...process.env, DATABASE_PATH: path },
					encoding: 'utf8'
				});
			expect(run()).toMatch(/adviseur@demo\.pso-readiness\.nl with password \S{10,}/);
			const db = new Database(path, { readonly: true });
			const clients = db
				.prepare(
					`SELECT o.name, count(a.id) AS periods, sum(a.status = 'final') AS finals
				 FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id
				 JOIN assessments a ON a.organisation_id = o.id
				 WHERE u.email = 'adviseur@demo.pso-readiness.nl' AND m.role = 'advisor' GROUP BY o.id ORDER BY o.name`
				)
				.all();
			expect(clients).toEqual([
				{ name: 'Bouwbedrijf Van Dijk', periods: 4, finals: 3 },
				{ name: 'Groenvoorziening De Linde BV', periods: 4, finals: 3 },
				{ name: 'Schoonmaak Samen BV', periods: 4, finals: 3 }
			]);
			const purchases = db.prepare('SELECT count(*) AS n FROM assessment_purchases').get() as {
				n: number;
			};
			expect(purchases.n).toBe(4);
			const expiring = db
				.prepare(
					"SELECT o.name FROM certificates c JOIN organisations o ON o.id = c.organisation_id WHERE c.expires_on <= date('now', '+3 months')"
				)
				.all();
			expect(expiring).toEqual([{ name: 'Bouwbedrijf Van Dijk' }]);
			db.close();
			expect(run()).toMatch(/already there/);
		}
	);

	it(
		'waits for another process that holds the write lock (the serving app) instead of failing',
		{ timeout: 60_000 },
		async () => {
			const path = join(mkdtempSync(join(tmpdir(), 'pso-demo-')), 'demo.sqlite');
			openDatabase(path).close();
			const lock = await holdWriteLock(path, 2000);
			const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/demo.ts'], {
				env: { ...process.env, DATABASE_PATH: path },
				encoding: 'utf8'
			});
			await lock.released;
			expect(stdout).toMatch(/Demo data created/);
		}
	);
});
