import { describe, expect, it } from 'vitest';
import { auditSearch, parseAuditQuery } from './audit-query';

const parse = (search: string) => parseAuditQuery(new URLSearchParams(search));

describe('the audit trail query in the URL', () => {
	it.each([
		['nothing', '', { entity: null, from: null, until: null, page: 1, problems: {} }],
		[
			'dates typed the Dutch way',
			'from=1-3-2025&until=31-03-2025',
			{ from: '2025-03-01', until: '2025-03-31' }
		],
		[
			'an unreadable date is reported, not applied',
			'until=31-02-2025',
			{ until: null, problems: { until: 'invalid' } }
		],
		[
			'a range backwards is reported',
			'from=2025-04-01&until=2025-03-01',
			{ from: '2025-04-01', until: null, problems: { until: 'backwards' } }
		],
		['an unknown kind and a bad page fall back', 'entity=users&page=-3', { entity: null, page: 1 }]
	])('%s', (_name, search, expected) => {
		expect(parse(search)).toMatchObject(expected);
	});

	it('keeps the filters in every link and leaves the defaults out', () => {
		const q = parse('entity=line&person=u1&from=01-03-2025&page=4');
		expect(auditSearch(q, 2)).toBe('?entity=line&person=u1&from=01-03-2025&page=2');
		expect(auditSearch(parse(''), 1)).toBe('');
	});
});
