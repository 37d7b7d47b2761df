import type { Db } from './db';

/**
 * A memo of values derived from the database, valid exactly as long as nothing was written.
 *
 * Why: the timeline lists every assessment of an organisation with its outcome. A draft
 * has no stored result, so each one means reading and validating a few hundred lines and
 * scoring them (~2-3 ms per draft), and even a final one's few fields must be picked out
 * of a large stored JSON result. Read twice with no write in between, the answer is the
 * same, so we keep it.
 *
 * Validity is a database "stamp": SQLite's `data_version` (moves when another connection
 * commits) and `total_changes()` (every row this connection inserted, updated or deleted,
 * triggers included). When the stamp moves, the whole memo is dropped. That is coarse —
 * any write anywhere empties it — but it can never serve a stale value, needs no schema
 * change, and a repeat read costs one pragma and one tiny query. The engine's code changes
 * only with a restart, which empties the memo too.
 *
 * This is the one piece of module-level state in the server (conventions: avoid it): it
 * holds derived numbers only, per database connection, bounded in size. Callers must treat
 * the values as read-only, since the next request gets the same objects.
 */
const MAX_ENTRIES = 500;

interface Memo {
	stamp: string;
	entries: Map<string, unknown>;
}

const memos = new WeakMap<Db, Memo>();

function stampOf(db: Db): string {
	const dataVersion = db.pragma('data_version', { simple: true }) as number;
	const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
	return `${dataVersion}:${changes}`;
}

/** `compute()`, or its value from an earlier call with the same key and no write since. */
export function untilWrite<T>(db: Db, key: string, compute: () => T): T {
	const stamp = stampOf(db);
	let memo = memos.get(db);
	if (memo === undefined || memo.stamp !== stamp || memo.entries.size >= MAX_ENTRIES) {
		memo = { stamp, entries: new Map() };
		memos.set(db, memo);
	}
	if (memo.entries.has(key)) return memo.entries.get(key) as T;
	const value = compute();
	// Computing only reads; should it ever write, the stamp moved and the value is not kept.
	if (stampOf(db) === stamp) memo.entries.set(key, value);
	return value;
}
