import Database from 'better-sqlite3';
import { busyTimeoutMs, type Db } from './db';

/**
 * How long a cache write waits for another process's lock. Short: the page has its answer
 * already, and a reader should not wait seconds for a write it can skip.
 */
const cacheBusyTimeoutMs = 100;

/**
 * Writes derived data that a page can do without. If the database refuses (locked by another
 * process, read-only, full, a trigger), the page is served from what it computed and the cache
 * is filled on a later view. Returns whether the write happened.
 */
export function writeCacheIfPossible(db: Db, what: string, write: () => void): boolean {
	db.pragma(`busy_timeout = ${cacheBusyTimeoutMs}`);
	try {
		write();
		return true;
	} catch (err) {
		if (!(err instanceof Database.SqliteError)) throw err;
		console.warn(`Skipped writing the ${what} cache: ${err.code} ${err.message}`);
		return false;
	} finally {
		db.pragma(`busy_timeout = ${busyTimeoutMs}`);
	}
}
