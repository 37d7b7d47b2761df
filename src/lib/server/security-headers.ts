/** Browser features the app never uses, switched off for it and anything it might embed. */
const permissionsPolicy = [
	'camera=()',
	'microphone=()',
	'geolocation=()',
	'payment=()',
	'usb=()',
	'display-capture=()'
].join(', ');

/**
 * Headers for every response. Signed-in pages and exports hold an organisation's data: no
 * browser or proxy may keep a copy (a shared computer's back button, a caching proxy). HSTS
 * only when the public URL is https, so a plain-http development setup keeps working.
 */
export function securityHeaders(options: {
	signedIn: boolean;
	origin: string | undefined;
}): Record<string, string> {
	const headers: Record<string, string> = {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'same-origin',
		'Permissions-Policy': permissionsPolicy
	};
	if (options.signedIn) headers['Cache-Control'] = 'no-store';
	if (options.origin?.startsWith('https://')) {
		headers['Strict-Transport-Security'] = 'max-age=31536000';
	}
	return headers;
}
