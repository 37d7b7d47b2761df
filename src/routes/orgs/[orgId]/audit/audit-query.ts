// The audit trail's filters and page live in the URL (a GET form and links), so a filtered
// view works without JavaScript and can be shared. Unknown values fall back to "all"; a date
// that cannot be read is reported beside its field and not applied.
import { parseDateInput } from '$lib/pso/date-input';
import { auditEntities } from '$lib/server/audit-trail';
import { z } from 'zod';

const id = z.string().trim().min(1).max(100).nullable().catch(null);
const typedDate = z.string().trim().max(20).catch('');

const schema = z.object({
	entity: z
		.enum(auditEntities as [string, ...string[]])
		.nullable()
		.catch(null),
	assessment: id,
	person: id,
	from: typedDate,
	until: typedDate,
	page: z.coerce.number().int().min(1).max(1_000_000).catch(1)
});

export type DateProblem = 'invalid' | 'backwards';

export interface AuditQuery {
	entity: (typeof auditEntities)[number] | null;
	assessment: string | null;
	person: string | null;
	/** As typed, to show again. */
	fromText: string;
	untilText: string;
	/** ISO dates, when readable. */
	from: string | null;
	until: string | null;
	problems: { from?: DateProblem; until?: DateProblem };
	page: number;
}

function readDate(text: string): { value: string | null; problem?: DateProblem } {
	if (text === '') return { value: null };
	const read = parseDateInput(text);
	return read.ok ? { value: read.value } : { value: null, problem: 'invalid' };
}

export function parseAuditQuery(params: URLSearchParams): AuditQuery {
	const present = Object.fromEntries([...params].filter(([, v]) => v !== ''));
	const q = schema.parse({ entity: null, assessment: null, person: null, ...present });
	const from = readDate(q.from);
	const until = readDate(q.until);
	const problems: AuditQuery['problems'] = {};
	if (from.problem) problems.from = from.problem;
	if (until.problem) problems.until = until.problem;
	const backwards = from.value !== null && until.value !== null && until.value < from.value;
	if (backwards) problems.until = 'backwards';
	return {
		entity: q.entity as AuditQuery['entity'],
		assessment: q.assessment,
		person: q.person,
		fromText: q.from,
		untilText: q.until,
		from: from.value,
		until: backwards ? null : until.value,
		problems,
		page: q.page
	};
}

/** The query string of a view of the trail (`?entity=line&page=2`), defaults left out. */
export function auditSearch(query: AuditQuery, page: number): string {
	const params = new URLSearchParams();
	if (query.entity) params.set('entity', query.entity);
	if (query.assessment) params.set('assessment', query.assessment);
	if (query.person) params.set('person', query.person);
	if (query.fromText) params.set('from', query.fromText);
	if (query.untilText) params.set('until', query.untilText);
	if (page > 1) params.set('page', String(page));
	const text = params.toString();
	return text ? `?${text}` : '';
}
