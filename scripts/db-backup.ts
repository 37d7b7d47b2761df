// npm run db:backup -- FILE: a consistent copy of the live database (SQLite online backup API),
// safe while the app is serving requests.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const target = process.argv[2];
const source = process.env.DATABASE_PATH || 'db/pso.sqlite';

if (!target) {
	console.error('Usage: npm run db:backup -- FILE   (copies DATABASE_PATH, default db/pso.sqlite)');
	process.exit(2);
}
if (!existsSync(source)) {
	console.error(`No database at ${source}: nothing to back up.`);
	process.exit(2);
}
if (existsSync(target)) {
	console.error(`${target} exists already; choose a new file name.`);
	process.exit(2);
}

mkdirSync(dirname(resolve(target)), { recursive: true });
const db = new Database(source, { readonly: true, fileMustExist: true });
try {
	await db.backup(target);
	console.log(`Backed up ${source} to ${target}`);
} catch (err) {
	console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
	process.exitCode = 1;
} finally {
	db.close();
}
