import { existsSync } from 'node:fs';

/** Debian's Chromium unless CHROMIUM_PATH names another; null lets Playwright use its own. */
export function chromiumExecutable() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((p) => p && existsSync(p)) ?? null;
}
