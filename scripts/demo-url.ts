// Where the demo's advisor logs in: the address the served app listens on (scripts/start.js
// reads the same variables), so `PORT=4000 npm run demo` does not send people to port 3000.

/** Addresses that mean "every interface": a browser cannot open them, but localhost works. */
const anyAddress = new Set(['', '0.0.0.0', '::', '[::]']);

/** The login page's URL for these environment variables: ORIGIN, else HOST and PORT. */
export function demoLoginUrl(env: Record<string, string | undefined>): string {
	const origin = env.ORIGIN?.trim();
	if (origin) return `${origin.replace(/\/+$/, '')}/login`;
	const host = env.HOST?.trim() ?? '';
	const name = anyAddress.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
	const port = env.PORT?.trim() || '3000';
	return `http://${name}:${port}/login`;
}
