// A second process that holds a database's write lock for a while, as `npm run demo`, a backup
// or an administrator's sqlite3 shell does next to the serving app.
import { spawn, type ChildProcess } from 'node:child_process';

const script = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
db.exec('ROLLBACK');
db.close();
`;

export interface LockHolder {
	/** Resolves when the other process has let go. */
	released: Promise<void>;
	child: ChildProcess;
}

/** Resolves once another process holds the write lock of `path`; it lets go after `ms`. */
export function holdWriteLock(path: string, ms: number): Promise<LockHolder> {
	const child = spawn(process.execPath, ['-e', script, path, String(ms)], {
		cwd: new URL('../../../..', import.meta.url).pathname,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const released = new Promise<void>((resolve, reject) => {
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`lock holder: ${code}`))
		);
	});
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('locked')) resolve({ released, child });
		});
		released.catch(reject);
	});
}
