const base = 'http://same.invalid';
// Deeper encodings than this are no navigation target anyone means; refuse them outright.
const maxDecodings = 4;

/**
 * The path a browser would end up on for `value`, resolved the way a browser resolves it
 * (dot segments, `%2e`), or null when it leaves this site or hides something a browser or a
 * proxy might reinterpret: backslashes (read as `/`), tabs and newlines (dropped), control
 * characters, a `//host` that only appears after resolving (`/.//evil`).
 */
function sameSitePath(value: string): string | null {
	if ([...value].some((c) => c === '\\' || c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127))
		return null;
	if (!value.startsWith('/') || value.startsWith('//')) return null;
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		return null;
	}
	if (url.origin !== base) return null;
	const path = url.pathname + url.search + url.hash;
	if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return null;
	return path;
}

/**
 * A post-login destination: only a same-site path is accepted, anything else falls back to
 * `fallback`. The value is checked as given and again after each level of percent-decoding,
 * so an encoded `%2F%2Fevil` or `%5C` that some later step decodes cannot lead off-site
 * either; what is returned is the given value in its resolved form.
 */
export function safeRedirectTarget(value: unknown, fallback = '/orgs'): string {
	if (typeof value !== 'string' || value.length > 2000) return fallback;
	const target = sameSitePath(value);
	if (target === null) return fallback;
	let current = value;
	for (let i = 0; i < maxDecodings; i++) {
		let decoded: string;
		try {
			decoded = decodeURIComponent(current);
		} catch {
			return fallback;
		}
		if (decoded === current) return target;
		if (sameSitePath(decoded) === null) return fallback;
		current = decoded;
	}
	return fallback;
}

/**
 * Where a sign-in lands: the page asked for, unless invitations wait for an answer; then the
 * organisations list (where they are shown), which links on to the page asked for.
 */
export function landingAfterSignIn(target: string, hasPendingInvitations: boolean): string {
	if (!hasPendingInvitations || target === '/orgs') return target;
	return `/orgs?redirectTo=${encodeURIComponent(target)}`;
}
