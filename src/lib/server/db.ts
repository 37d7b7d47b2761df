import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type Db = Database.Database;

export const defaultDatabasePath = 'db/pso.sqlite';

/** Migrations are read from disk so the CLI scripts (tsx) and the built server share them. */
function migrationsDir(): string {
	return resolve(process.env.MIGRATIONS_DIR ?? 'db/migrations');
}

interface Migration {
	version: number;
	name: string;
	sql: string;
}

function readMigrations(dir = migrationsDir()): Migration[] {
	return readdirSync(dir)
		.filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f))
		.sort()
		.map((name) => ({
			version: Number(name.slice(0, 3)),
			name,
			sql: readFileSync(join(dir, name), 'utf8')
		}));
}

/** Applies every migration newer than `PRAGMA user_version`, all in one transaction. */
export function migrate(db: Db, migrations = readMigrations()): number {
	const current = db.pragma('user_version', { simple: true }) as number;
	const pending = migrations.filter((m) => m.version > current);
	if (pending.length === 0) return current;
	db.transaction(() => {
		for (const m of pending) db.exec(m.sql);
		// PRAGMA does not take bound parameters; the version is an integer we parsed ourselves.
		db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
	}).immediate();
	return db.pragma('user_version', { simple: true }) as number;
}

export function openDatabase(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const db = new Database(path);
	if (path !== ':memory:') db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	db.pragma('synchronous = NORMAL');
	migrate(db);
	return db;
}

/** A fresh in-memory database with the real migrations, for tests. */
export function openTestDatabase(): Db {
	return openDatabase(':memory:');
}

let instance: Db | null = null;

export function initDb(): Db {
	instance ??= openDatabase(process.env.DATABASE_PATH || defaultDatabasePath);
	return instance;
}

export function getDb(): Db {
	if (!instance) throw new Error('Database not initialised: call initDb() at start-up');
	return instance;
}

export function closeDb(): void {
	instance?.close();
	instance = null;
}
