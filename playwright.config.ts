import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './scripts/chromium-path.js';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	// Separate folders let two runs from one checkout (E2E_PORT, BUILD_DIR) proceed side by side.
	outputDir: process.env.E2E_OUTPUT_DIR || 'test-results',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	// Limits sized for a busy 2-core machine: the longest journey takes about half of its limit
	// there (scripts/test-summary.js names any test that takes more than half).
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
	use: {
		baseURL,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumExecutable() ?? undefined,
			// Debian's Chromium as root in a sandbox-less, offline container.
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: 'node scripts/e2e-server.js',
		url: `${baseURL}/login`,
		reuseExistingServer: false,
		timeout: 60_000,
		env: { PORT: String(port), ORIGIN: baseURL }
	}
});
