// Operational faults: another process holding the write lock, cache writes that fail, a
// database from a newer version, a migration that fails on first start, erased organisations.
import { assessment, line } from '$lib/pso/test-support/assessment-builder';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as assessments from './assessments/records';
import { DatabaseOpenError, openDatabase, readMigrations, type Db } from './db';
import { busyError, isDatabaseBusy } from './db-busy';
import * as memberships from './memberships';
import { eraseOrganisation } from './organisation-data';
import { listPortfolio } from './portfolio';
import { resultOutcome } from './assessments/outcome';
import { holdWriteLock } from './test-support/lock-holder';
import { seedAssessment, seedOrganisation, seedUser } from './test-support/seed';

const now = 1_767_225_600; // 2026-01-01
const open: Db[] = [];

function freshFile(): string {
	return join(mkdtempSync(join(tmpdir(), 'pso-faults-')), 'app.sqlite');
}

function openFile(path = freshFile()): { db: Db; path: string } {
	const db = openDatabase(path);
	open.push(db);
	return { db, path };
}

afterEach(() => {
	for (const db of open.splice(0)) if (db.open) db.close();
});

/** An organisation with a draft assessment, advised by `advisorId`. */
function seedClient(db: Db, name: string) {
	const ownerId = seedUser(db, `owner-${name.length}-${Math.random()}@example.nl`, now);
	const advisorId = seedUser(db, `advisor-${Math.random()}@example.nl`, now);
	const orgId = seedOrganisation(db, ownerId, name, now);
	const email = db.prepare('SELECT email FROM users WHERE id = ?').pluck().get(advisorId) as string;
	memberships.inviteByEmail(db, orgId, email, 'advisor', ownerId, now);
	memberships.claimInvitations(db, advisorId, email, now);
	const assessmentId = seedAssessment(
		db,
		orgId,
		ownerId,
		assessment({ targetGroup: [line(), line()] }),
		{ now }
	);
	return { ownerId, advisorId, orgId, assessmentId };
}

const portfolioQuery = {
	q: '',
	flag: null,
	rung: null,
	rungMatch: 'likely',
	certified: null,
	sort: 'name',
	dir: 'asc',
	page: 1
} as const;

describe('another process holding the write lock', () => {
	it('makes a write wait, not fail: transactions and single statements', async () => {
		const { db, path } = openFile();
		const ownerId = seedUser(db, 'owner@example.nl', now);
		const lock = await holdWriteLock(path, 1500);
		const start = Date.now();
		const orgId = seedOrganisation(db, ownerId, 'Wachtend BV', now); // a transaction
		const waited = Date.now() - start;
		db.prepare('UPDATE users SET email = ? WHERE id = ?').run('new@example.nl', ownerId);
		await lock.released;
		expect(waited).toBeGreaterThan(1000);
		expect(db.prepare('SELECT name FROM organisations WHERE id = ?').pluck().get(orgId)).toBe(
			'Wachtend BV'
		);
	});

	it('gives up after the bounded wait with an error the app answers as 503', async () => {
		const { db, path } = openFile();
		db.pragma('busy_timeout = 200');
		const lock = await holdWriteLock(path, 1500);
		let thrown: unknown;
		try {
			seedUser(db, 'late@example.nl', now);
		} catch (err) {
			thrown = err;
		}
		await lock.released;
		expect(isDatabaseBusy(thrown)).toBe(true);
		expect(isDatabaseBusy(new Error('database is locked'))).toBe(false);
	});

	it('serves the outcome at once, uncached, while the lock is held', async () => {
		const { db, path } = openFile();
		const { orgId, assessmentId } = seedClient(db, 'Gelezen BV');
		const a = assessments.getAssessment(db, orgId, assessmentId)!;
		const lock = await holdWriteLock(path, 2000);
		const start = Date.now();
		const outcome = resultOutcome(db, a, 'Gelezen BV');
		const took = Date.now() - start;
		await lock.released;
		expect(outcome.ok).toBe(true);
		expect(took).toBeLessThan(1000);
		expect(db.prepare('SELECT count(*) FROM assessment_outcomes').pluck().get()).toBe(0);
	});
});

describe('the "try again" answer', () => {
	it('offers the same form post again, without passwords or files', async () => {
		const form = new FormData();
		form.set('name', 'Nieuw BV');
		form.set('currentPassword', 'geheim-wachtwoord');
		form.set('file', new File(['a;b'], 'lines.csv'));
		const answer = await busyError(
			'POST',
			new URL('http://localhost/orgs/new?/create'),
			Promise.resolve(form)
		);
		expect(answer).toMatchObject({
			code: 'busy',
			retry: { action: '/orgs/new?/create', fields: [['name', 'Nieuw BV']] }
		});
		expect(answer.message).toMatch(/opnieuw/);
	});

	it('says to try again, without a form, for a page view', async () => {
		const answer = await busyError('GET', new URL('http://localhost/orgs'), undefined);
		expect(answer.code).toBe('busy');
		expect(answer.retry).toBeUndefined();
	});
});

describe('a cache that cannot be written', () => {
	function refuseWrites(db: Db, table: string) {
		db.exec(`CREATE TRIGGER refuse_${table} BEFORE INSERT ON ${table}
			BEGIN SELECT RAISE(ABORT, 'cache refused'); END`);
	}

	it('still serves the outcome', () => {
		const { db } = openFile();
		const { orgId, assessmentId } = seedClient(db, 'Ongecached BV');
		refuseWrites(db, 'assessment_outcomes');
		const outcome = resultOutcome(db, assessments.getAssessment(db, orgId, assessmentId)!, 'x');
		expect(outcome.ok && outcome.result.totalPct).toBeGreaterThan(0);
	});

	it('still serves the portfolio, computed, and leaves no scratch tables behind', () => {
		const { db } = openFile();
		const { advisorId } = seedClient(db, 'Portefeuille BV');
		refuseWrites(db, 'assessment_outcomes');
		const page = listPortfolio(db, advisorId, '2026-01-01', portfolioQuery);
		expect(page.rows.map((r) => [r.name, r.totalPct! > 0])).toEqual([['Portefeuille BV', true]]);
		expect(db.prepare('SELECT count(*) FROM assessment_outcomes').pluck().get()).toBe(0);
		expect(db.prepare('SELECT count(*) FROM temp.sqlite_schema').pluck().get()).toBe(0);
		// Once the cache can be written again, it is.
		db.exec('DROP TRIGGER refuse_assessment_outcomes');
		expect(listPortfolio(db, advisorId, '2026-01-01', portfolioQuery).total).toBe(1);
		expect(db.prepare('SELECT count(*) FROM assessment_outcomes').pluck().get()).toBe(1);
	});

	it('still serves the portfolio while another process holds the lock', async () => {
		const { db, path } = openFile();
		const { advisorId } = seedClient(db, 'Bezet BV');
		const lock = await holdWriteLock(path, 2000);
		const start = Date.now();
		const page = listPortfolio(db, advisorId, '2026-01-01', portfolioQuery);
		const took = Date.now() - start;
		await lock.released;
		expect(page.rows.map((r) => r.name)).toEqual(['Bezet BV']);
		expect(took).toBeLessThan(1000);
	});
});

describe('start-up', () => {
	it('refuses a database from a newer version, in one line naming the file', () => {
		const { db, path } = openFile();
		const latest = readMigrations().at(-1)!.version;
		db.pragma(`user_version = ${latest + 1}`);
		db.close();
		expect(() => openDatabase(path)).toThrow(DatabaseOpenError);
		let message = '';
		try {
			openDatabase(path);
		} catch (err) {
			message = (err as Error).message;
		}
		expect(message).toContain(path);
		expect(message).toMatch(new RegExp(`schema version ${latest + 1} is newer than this app's`));
		expect(message).not.toContain('\n');
	});

	it('names the migration that failed and leaves no empty database behind', () => {
		const dir = mkdtempSync(join(tmpdir(), 'pso-migrations-'));
		writeFileSync(join(dir, '001_ok.sql'), 'CREATE TABLE t (x INTEGER) STRICT;');
		writeFileSync(join(dir, '002_broken.sql'), 'CREATE TABLE u (x NOPE) STRICT;');
		const path = join(mkdtempSync(join(tmpdir(), 'pso-first-')), 'new', 'app.sqlite');
		process.env.MIGRATIONS_DIR = dir;
		try {
			expect(() => openDatabase(path)).toThrow(
				/^database .*new\/app\.sqlite: migration 002_broken\.sql failed: .+$/
			);
		} finally {
			delete process.env.MIGRATIONS_DIR;
		}
		expect(existsSync(path)).toBe(false);
		expect(existsSync(join(path, '..'))).toBe(false);
	});
});

describe('erasing an organisation', () => {
	it('leaves none of its text in the database file or the WAL', () => {
		const { db, path } = openFile();
		const marker = 'Wisbaar-Merkteken-7731';
		const { ownerId, orgId } = seedClient(db, marker);
		const bytes = () =>
			['', '-wal']
				.filter((s) => existsSync(path + s))
				.map((s) => readFileSync(path + s).toString('latin1'))
				.join('');
		expect(bytes()).toContain(marker);
		expect(eraseOrganisation(db, orgId, ownerId)).toBe(true);
		expect(bytes()).not.toContain(marker);
	});
});
