/**
 * A post-login destination: only a same-site relative path is accepted, anything else
 * (absolute URLs, protocol-relative `//host`, backslash tricks) falls back to `fallback`.
 */
export function safeRedirectTarget(value: unknown, fallback = '/orgs'): string {
	if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//'))
		return fallback;
	// Browsers treat a backslash as a slash and drop tabs and newlines, so `/\evil` would leave.
	if ([...value].some((c) => c === '\\' || c.charCodeAt(0) < 32)) return fallback;
	try {
		const base = 'http://same.invalid';
		const url = new URL(value, base);
		if (url.origin !== base) return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}
