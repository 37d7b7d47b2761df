import Database from 'better-sqlite3';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db';
import { holdWriteLock } from '../src/lib/server/test-support/lock-holder';

describe('npm run db:backup', () => {
	it('copies a live WAL database, including uncheckpointed writes', () => {
		const dir = mkdtempSync(join(tmpdir(), 'pso-backup-'));
		const live = join(dir, 'live.sqlite');
		const db = openDatabase(live);
		db.prepare('INSERT INTO users (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)').run(
			'u1',
			'ann@example.nl',
			'h',
			1
		);
		const target = join(dir, 'copy.sqlite');
		execFileSync('npx', ['tsx', 'scripts/db-backup.ts', target], {
			env: { ...process.env, DATABASE_PATH: live },
			stdio: 'pipe'
		});
		db.close();
		const copy = new Database(target, { readonly: true });
		expect(copy.prepare('SELECT email FROM users').all()).toEqual([{ email: 'ann@example.nl' }]);
		expect(copy.pragma('user_version', { simple: true })).toBeGreaterThan(0);
		copy.close();
	});

	it('completes while another process holds the write lock', { timeout: 30_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'pso-backup-'));
		const live = join(dir, 'live.sqlite');
		openDatabase(live).close();
		const lock = await holdWriteLock(live, 2000);
		const target = join(dir, 'copy.sqlite');
		const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/db-backup.ts', target], {
			env: { ...process.env, DATABASE_PATH: live },
			encoding: 'utf8'
		});
		await lock.released;
		expect(stdout).toMatch(/Backed up/);
		const copy = new Database(target, { readonly: true });
		expect(copy.pragma('user_version', { simple: true })).toBeGreaterThan(0);
		copy.close();
	});
});
