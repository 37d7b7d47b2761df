import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Db = Database.Database;

export const defaultDatabasePath = 'db/pso.sqlite';

/**
 * How long a write waits for another process's write lock (`npm run demo`, a backup, an
 * administrator's sqlite3 shell) before it gives up with SQLITE_BUSY, which the app answers
 * with 503 "try again" (src/hooks.server.ts).
 */
export const busyTimeoutMs = 5000;

/** A start-up failure as one line that names the database file (and the migration, if any). */
export class DatabaseOpenError extends Error {
	override name = 'DatabaseOpenError';
}

interface Migration {
	version: number;
	name: string;
	sql: string;
}

const migrationFile = /^\d{3}_[\w-]+\.sql$/;

function toMigrations(files: [name: string, sql: string][]): Migration[] {
	return files
		.filter(([name]) => migrationFile.test(name))
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([name, sql]) => ({ version: Number(name.slice(0, 3)), name, sql }));
}

function readMigrationsFrom(dir: string): Migration[] {
	return toMigrations(
		readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')])
	);
}

/**
 * The migrations, found relative to the app and never to the working directory: the built
 * server carries them in its bundle (Vite inlines the glob, so `node build` starts from any
 * directory and needs no db/ folder beside it); the CLI scripts (tsx, no Vite) read them from
 * the folder beside this module. MIGRATIONS_DIR overrides both.
 */
export function readMigrations(): Migration[] {
	if (process.env.MIGRATIONS_DIR) return readMigrationsFrom(resolve(process.env.MIGRATIONS_DIR));
	// `import.meta.env` exists only under Vite, where the glob below has been replaced by the files.
	if (import.meta.env) {
		const bundled = import.meta.glob<string>('../../../db/migrations/*.sql', {
			query: '?raw',
			import: 'default',
			eager: true
		});
		return toMigrations(Object.entries(bundled).map(([path, sql]) => [basename(path), sql]));
	}
	return readMigrationsFrom(fileURLToPath(new URL('../../../db/migrations', import.meta.url)));
}

/**
 * Applies every migration newer than `PRAGMA user_version`, all in one transaction. A database
 * written by a newer version of the app is refused: this version would misread its tables.
 */
export function migrate(db: Db, migrations = readMigrations()): number {
	const current = db.pragma('user_version', { simple: true }) as number;
	const known = migrations.at(-1)?.version ?? 0;
	if (current > known) {
		throw new Error(
			`its schema version ${current} is newer than this app's (${known}); run the newer app version or restore a backup`
		);
	}
	const pending = migrations.filter((m) => m.version > current);
	if (pending.length === 0) return current;
	db.transaction(() => {
		for (const m of pending) {
			try {
				db.exec(m.sql);
			} catch (err) {
				throw new Error(`migration ${m.name} failed: ${errorText(err)}`, { cause: err });
			}
		}
		// PRAGMA does not take bound parameters; the version is an integer we parsed ourselves.
		db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
	}).immediate();
	return db.pragma('user_version', { simple: true }) as number;
}

function errorText(err: unknown): string {
	return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
}

/** A first start that failed leaves nothing behind: no empty database, no folder made for it. */
function removeFreshDatabase(file: string, createdDir: string | undefined): void {
	for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
	if (!createdDir) return;
	for (let dir = dirname(file); dir.startsWith(createdDir); dir = dirname(dir)) {
		try {
			rmdirSync(dir);
		} catch {
			return;
		}
	}
}

export function openDatabase(path: string): Db {
	const onDisk = path !== ':memory:' && path !== '';
	const file = onDisk ? resolve(path) : path;
	const existed = onDisk && existsSync(file);
	let db: Db | undefined;
	let createdDir: string | undefined;
	try {
		if (onDisk) createdDir = mkdirSync(dirname(file), { recursive: true });
		db = new Database(file);
		if (onDisk) db.pragma('journal_mode = WAL');
		db.pragma('foreign_keys = ON');
		db.pragma(`busy_timeout = ${busyTimeoutMs}`);
		db.pragma('synchronous = NORMAL');
		// Deleted rows are overwritten with zeros, so an erased organisation's text does not
		// linger in free pages (see eraseOrganisation).
		db.pragma('secure_delete = ON');
		migrate(db);
		return db;
	} catch (err) {
		db?.close();
		if (onDisk && !existed) removeFreshDatabase(file, createdDir);
		throw new DatabaseOpenError(`database ${file}: ${errorText(err)}`, { cause: err });
	}
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
