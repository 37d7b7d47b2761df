import { lineFromForm } from '$lib/forms/assessment-forms';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { MAX_LINES_PER_ASSESSMENT } from '$lib/pso/assessment-defaults';
import { formatNumber } from '$lib/pso/format-number';
import { lineAttention } from '$lib/pso/line-attention';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import * as lines from '$lib/server/assessments/lines';
import { renewalOutcome } from '$lib/server/assessments/outcome';
import { getDb } from '$lib/server/db';
import { failForm } from '$lib/server/form-errors';
import { fail } from '@sveltejs/kit';
import { lineOptions } from './line-options';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { assessment, organisation: org } = requireAssessment(locals, params, 'view');
	const db = getDb();
	const list = lines.listLines(db, assessment);
	// Window ends come from the cached outcome (scored at most once per revision, and the
	// result page needs it anyway); ended and late lines need only their dates.
	const countsUntil = new Map(
		renewalOutcome(db, assessment, org.name).stoppingLines.map((l) => [l.id, l.countsUntil])
	);
	const period = { end: assessment.periodEnd };
	return {
		lines: list.map((line) => ({
			...line,
			attention: lineAttention(line, period, countsUntil.get(line.id))
		})),
		options: lineOptions(getLocale())
	};
};

export const actions = {
	add: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const line = lineFromForm(form, getLocale());
		if (!line.ok) return failForm(400, form, line.errors);
		const outcome = writeAs(user.id, () => lines.addLine(getDb(), assessment, line.value));
		if (outcome === 'duplicate-id') return failForm(400, form, { id: m.error_line_id_taken() });
		if (outcome === 'limit-reached') {
			const max = formatNumber(MAX_LINES_PER_ASSESSMENT, getLocale(), 0, 0);
			return failForm(400, form, { id: m.lines_limit_reached({ max }) });
		}
		return { added: line.value.id };
	},
	delete: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const lineId = String((await request.formData()).get('lineId') ?? '');
		const deleted = writeAs(user.id, () => lines.deleteLine(getDb(), assessment, lineId));
		if (!deleted) return fail(404, { deleteError: m.line_not_found() });
		return { deleted: lineId };
	}
} satisfies Actions;
