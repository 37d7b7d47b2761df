import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { describeAuditEntry } from '$lib/i18n/audit-text';
import { formatDate, formatNumber } from '$lib/pso/format-number';
import { amsterdamDateTime, amsterdamDayStart, nextIsoDate } from '$lib/server/amsterdam-time';
import { listAuditFilterOptions, listAuditTrail } from '$lib/server/audit-trail';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { error } from '@sveltejs/kit';
import { auditSearch, parseAuditQuery } from './audit-query';
import type { PageServerLoad } from './$types';

const perPage = 50;

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { role } = requireOrgAccess(locals, params.orgId, 'view');
	// The trail shows who did what: for owners and the advisors they granted access.
	if (role !== 'owner' && role !== 'advisor') error(403, { message: 'Forbidden' });
	const lang = getLocale();
	const db = getDb();
	const query = parseAuditQuery(url.searchParams);
	const options = listAuditFilterOptions(db, params.orgId);
	// Only values this organisation has: anything else is an old or foreign link, so "all".
	const assessmentId = options.assessments.some((a) => a.id === query.assessment)
		? query.assessment
		: null;
	const userId = options.people.some((p) => p.id === query.person) ? query.person : null;
	const trail = listAuditTrail(
		db,
		params.orgId,
		{
			entity: query.entity,
			assessmentId,
			userId,
			fromAt: query.from ? amsterdamDayStart(query.from) : null,
			untilAt: query.until ? amsterdamDayStart(nextIsoDate(query.until)) : null
		},
		{ page: query.page, perPage }
	);
	const shown = { ...query, assessment: assessmentId, person: userId };
	const problemText = {
		invalid: m.audit_filter_date_invalid(),
		backwards: m.audit_filter_range_backwards()
	};
	return {
		entries: trail.entries.map((e) => {
			const { date, time } = amsterdamDateTime(e.at);
			return {
				id: e.id,
				when: `${formatDate(date, lang)} ${time}`,
				who: e.userEmail,
				...describeAuditEntry(e, lang)
			};
		}),
		total: formatNumber(trail.total, lang),
		filtered: Boolean(
			shown.entity || shown.assessment || shown.person || shown.from || shown.until
		),
		page: trail.page,
		pages: trail.pages,
		previousHref: trail.page > 1 ? url.pathname + auditSearch(shown, trail.page - 1) : null,
		nextHref: trail.page < trail.pages ? url.pathname + auditSearch(shown, trail.page + 1) : null,
		query: {
			entity: shown.entity,
			assessment: shown.assessment,
			person: shown.person,
			from: shown.fromText,
			until: shown.untilText
		},
		errors: {
			from: query.problems.from ? problemText[query.problems.from] : null,
			until: query.problems.until ? problemText[query.problems.until] : null
		},
		assessments: options.assessments.map((a) => ({
			id: a.id,
			name: a.deleted ? m.audit_assessment_deleted({ name: a.name }) : a.name
		})),
		people: options.people
	};
};
