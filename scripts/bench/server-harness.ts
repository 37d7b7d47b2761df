// Runs the built app on a seeded database and times requests against it over loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession } from '../../src/lib/server/auth/session';
import { openDatabase, type Db } from '../../src/lib/server/db';
import { createOrganisation } from '../../src/lib/server/organisations';
import { createUser } from '../../src/lib/server/users';

/** The built app: `build/`, or `BUILD_DIR` when several builds live side by side. */
export const buildDir = process.env.BUILD_DIR || 'build';

export function tempDatabasePath(name: string): string {
	return join(mkdtempSync(join(tmpdir(), `pso-bench-${name}-`)), 'bench.sqlite');
}

export interface RunningServer {
	origin: string;
	stop(): Promise<void>;
}

/** Servers still running: killed when the bench exits, however it exits. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
	for (const child of running) child.kill('SIGKILL');
});

function stopChild(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) {
			running.delete(child);
			return resolve();
		}
		const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
		child.once('exit', () => {
			clearTimeout(force);
			running.delete(child);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

/**
 * Starts the built app. Callers stop it in a `finally`; a server is also killed when it
 * fails to start and when the bench process exits, so a failed section never leaves one.
 */
export async function startServer(databasePath: string, port: number): Promise<RunningServer> {
	const origin = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, [join(buildDir, 'index.js')], {
		env: {
			...process.env,
			DATABASE_PATH: databasePath,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			// As scripts/start.js serves it: 10,000-line imports exceed adapter-node's 512 kB.
			BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT || '20M'
		},
		stdio: process.env.BENCH_DEBUG ? 'inherit' : 'ignore'
	});
	running.add(child);
	const deadline = Date.now() + 20_000;
	for (;;) {
		if (child.exitCode !== null) {
			running.delete(child);
			throw new Error(`server exited with code ${child.exitCode} before it answered`);
		}
		try {
			const res = await fetch(`${origin}/login`);
			if (res.ok) break;
			if (process.env.BENCH_DEBUG) console.log('not ready:', res.status);
		} catch (e) {
			if (process.env.BENCH_DEBUG) console.log('not listening yet:', (e as Error).cause ?? e);
		}
		if (Date.now() > deadline) {
			await stopChild(child);
			throw new Error('server did not start within 20 s (did you run npm run build?)');
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return { origin, stop: () => stopChild(child) };
}

/** A fresh database file with one user and one organisation of theirs, for one section. */
export function seedBenchOrganisation(name: string) {
	const dbPath = tempDatabasePath(name);
	const db = openDatabase(dbPath);
	const user = createUser(db, 'bench@example.nl', 'x', 0)!;
	const org = createOrganisation(
		db,
		user.id,
		{ name: 'Bench BV', kvk: '12345678', sector: null, fulltimeHours: 40 },
		0
	);
	return { dbPath, db, user, org };
}

export function sessionCookie(db: Db, userId: string): string {
	const { token } = createSession(db, userId, Math.floor(Date.now() / 1000));
	return `pso_session=${token}`;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall time of one full GET request (body read), for interleaved measurements. */
export async function timeOnce(url: string, cookie: string | null): Promise<number> {
	const start = performance.now();
	const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
	await res.arrayBuffer();
	const elapsed = performance.now() - start;
	if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
	return elapsed;
}

/** Median wall time of full GET requests (body read), after warm-up; a bounded loop. */
export async function timeGet(
	url: string,
	cookie: string | null,
	runs = 30,
	warmup = 5
): Promise<number> {
	const headers: Record<string, string> = cookie ? { cookie } : {};
	const times: number[] = [];
	for (let i = 0; i < warmup + runs; i++) {
		const start = performance.now();
		const res = await fetch(url, { headers, redirect: 'manual' });
		await res.arrayBuffer();
		if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
		if (i >= warmup) times.push(performance.now() - start);
	}
	return median(times);
}

export function report(label: string, value: string, target: string, pass: boolean): void {
	console.log(
		`  ${label.padEnd(48)} ${value.padStart(14)}   target ${target.padEnd(10)} ${pass ? 'PASS' : 'MISS'}`
	);
}
