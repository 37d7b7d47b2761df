import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './redirect-target';

/** Where a browser on the site would go when sent `Location: target`. */
function browserDestination(target: string): URL {
	// Browsers drop tabs and newlines and read a backslash as a slash in http(s) URLs; WHATWG
	// URL parsing (what browsers use) does the rest.
	return new URL(target.replace(/[\t\n\r]/g, ''), 'https://pso.example.nl/login');
}

describe('redirect after login', () => {
	it.each([
		['/orgs/abc', '/orgs/abc'],
		['/orgs?x=1#top', '/orgs?x=1#top'],
		['/advisor?sort=days-left&dir=desc', '/advisor?sort=days-left&dir=desc'],
		['/a/../orgs', '/orgs'],
		['/orgs/./abc', '/orgs/abc'],
		['/account', '/account']
	])('keeps the same-site path %s → %s', (input, expected) => {
		expect(safeRedirectTarget(input)).toBe(expected);
	});

	it.each([
		'https://evil.example/',
		'http:evil.example',
		'//evil.example/path',
		'/.//evil.example',
		'/./../..//evil.example',
		'/%2e//evil.example',
		'/%2E%2E//evil.example',
		'/..//evil.example',
		'/a/..//evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'/%5cevil.example',
		'/%5Cevil.example',
		'%2F%2Fevil.example',
		'/%2F%2Fevil.example',
		'/%2F/evil.example',
		'/%252F%252Fevil.example',
		'/%252e//evil.example',
		'/%25252e//evil.example',
		'/%255cevil.example',
		'/\tevil.example',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'/%09/evil.example',
		'/%0a/evil.example',
		'/%0d%0aSet-Cookie:x',
		'/\u0000/evil.example',
		'javascript:alert(1)',
		'/%',
		'orgs',
		'',
		' /orgs',
		null,
		undefined,
		42
	])('refuses %j', (input) => {
		expect(safeRedirectTarget(input)).toBe('/orgs');
	});

	it('never produces a Location a browser would follow off-site (any string)', () => {
		const pieces = fc.constantFrom(
			'/',
			'\\',
			'.',
			'..',
			'%2e',
			'%2f',
			'%2F',
			'%5c',
			'%25',
			'%252f',
			'\t',
			'\n',
			'evil.example',
			':',
			'@',
			'?',
			'#',
			'http:',
			'orgs'
		);
		const candidates = fc.oneof(
			fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')),
			fc.string({ maxLength: 40 })
		);
		fc.assert(
			fc.property(candidates, (input) => {
				const target = safeRedirectTarget(input);
				expect(target.startsWith('/')).toBe(true);
				expect(browserDestination(target).host).toBe('pso.example.nl');
				// Even one more decoding by some proxy keeps it on the site.
				let decoded = target;
				try {
					decoded = decodeURIComponent(target);
				} catch {
					/* left as it is */
				}
				expect(browserDestination(decoded.replace(/\\/g, '/')).host).toBe('pso.example.nl');
			}),
			{ numRuns: 2000 }
		);
	});
});
