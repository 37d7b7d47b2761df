import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoLoginUrl } from './demo-url';

describe('the login URL npm run demo prints', () => {
	it.each<[string, Record<string, string>, string]>([
		['nothing set: the served default', {}, 'http://localhost:3000/login'],
		['PORT', { PORT: '4123' }, 'http://localhost:4123/login'],
		[
			'HOST 0.0.0.0 (every interface) reads as localhost',
			{ HOST: '0.0.0.0', PORT: '8080' },
			'http://localhost:8080/login'
		],
		['a named HOST', { HOST: 'pso.lan', PORT: '8080' }, 'http://pso.lan:8080/login'],
		['an IPv6 HOST in brackets', { HOST: '::1', PORT: '8080' }, 'http://[::1]:8080/login'],
		[
			'ORIGIN wins: the public URL',
			{ ORIGIN: 'https://pso.example.nl/', PORT: '8080' },
			'https://pso.example.nl/login'
		],
		['an empty PORT falls back', { PORT: '' }, 'http://localhost:3000/login']
	])('%s', (_name, env, url) => {
		expect(demoLoginUrl(env)).toBe(url);
	});

	it('prints the port the app runs on, not 3000', { timeout: 60_000 }, () => {
		const path = join(mkdtempSync(join(tmpdir(), 'pso-demo-url-')), 'demo.sqlite');
		const env = { ...process.env, DATABASE_PATH: path, PORT: '4567', HOST: '', ORIGIN: '' };
		const run = () => execFileSync('npx', ['tsx', 'scripts/demo.ts'], { env, encoding: 'utf8' });
		const created = run();
		expect(created).toContain('Log in at http://localhost:4567/login as adviseur@');
		expect(created).not.toContain(':3000');
		expect(run()).toContain('Log in at http://localhost:4567/login as adviseur@');
	});
});
