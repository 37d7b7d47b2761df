import type { Db } from './db';

export interface ScratchTable {
	/** A table of the main schema. */
	name: string;
	/** Which of its rows to copy: a WHERE clause over the table, with named parameters. */
	copyWhere: string;
}

/**
 * Runs `work` against connection-local (TEMP) copies of these tables. SQLite resolves an
 * unqualified table name in TEMP before MAIN, so the same SQL reads and writes the copies, and
 * writing them needs no lock on the database file: a page whose cache cannot be written
 * (another process holds the write lock) still runs its cache-filling queries and is served.
 * The copies are dropped before this returns; nothing else runs on the connection meanwhile
 * (better-sqlite3 is synchronous).
 */
export function withScratchTables<T>(
	db: Db,
	tables: readonly ScratchTable[],
	params: Record<string, unknown>,
	work: () => T
): T {
	const created: string[] = [];
	try {
		for (const table of tables) {
			const ddl = db
				.prepare("SELECT sql FROM main.sqlite_schema WHERE type = 'table' AND name = $name")
				.pluck()
				.get({ name: table.name }) as string | undefined;
			if (!ddl) throw new Error(`No table ${table.name}`);
			// Foreign keys would look for their parent tables in TEMP: the copies do without them.
			db.exec(
				ddl
					.replace(/^CREATE TABLE\s+("?\w+"?)/i, 'CREATE TEMP TABLE $1')
					.replace(/\s+REFERENCES\s+\w+\s*\([^)]*\)(\s+ON\s+(DELETE|UPDATE)\s+\w+(\s+\w+)?)*/gi, '')
			);
			created.push(table.name);
			const used = Object.fromEntries(
				Object.entries(params).filter(([key]) => table.copyWhere.includes(`$${key}`))
			);
			// Named columns (sql-style.test.ts): the copy is filled by name, never by position.
			const columns = (
				db
					.prepare("SELECT name FROM pragma_table_info($name, 'main') ORDER BY cid")
					.pluck()
					.all({ name: table.name }) as string[]
			)
				.map((c) => `"${c}"`)
				.join(', ');
			db.prepare(
				`INSERT INTO temp.${table.name} (${columns})
				 SELECT ${columns} FROM main.${table.name} WHERE ${table.copyWhere}`
			).run(used);
		}
		return work();
	} finally {
		for (const name of created.reverse()) db.exec(`DROP TABLE temp.${name}`);
	}
}
