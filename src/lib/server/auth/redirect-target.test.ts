import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './redirect-target';

describe('redirect after login', () => {
	it.each([
		['/orgs/abc', '/orgs/abc'],
		['/orgs?x=1#top', '/orgs?x=1#top'],
		['/a/../orgs', '/orgs'],
		['https://evil.example/', '/orgs'],
		['//evil.example/path', '/orgs'],
		['/\\evil.example', '/orgs'],
		['\\\\evil.example', '/orgs'],
		['javascript:alert(1)', '/orgs'],
		['orgs', '/orgs'],
		['', '/orgs'],
		[null, '/orgs'],
		['/%0d%0aSet-Cookie:x', '/%0d%0aSet-Cookie:x'],
		['/\tevil', '/orgs']
	])('%s → %s', (input, expected) => {
		expect(safeRedirectTarget(input)).toBe(expected);
	});
});
