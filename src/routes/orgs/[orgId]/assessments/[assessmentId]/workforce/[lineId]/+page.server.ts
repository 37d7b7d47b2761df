import { refuseWhenFinal } from '$lib/server/assessments/final-refusal';
import { lineFromForm } from '$lib/forms/assessment-forms';
import { listSearch, parseLineQuery } from '$lib/forms/list-query';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import * as lines from '$lib/server/assessments/lines';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import { failForm } from '$lib/server/form-errors';
import { error, redirect } from '@sveltejs/kit';
import { lineOptions } from '../line-options';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { assessment } = requireAssessment(locals, params, 'view');
	const found = lines.getLine(getDb(), assessment, params.lineId);
	if (!found) error(404, { message: 'Not found' });
	// The list view the editor came from (page, search, filters), to go back to.
	const back = listSearch(parseLineQuery(url.searchParams));
	return { line: found.line, back, options: lineOptions(getLocale()) };
};

// A stale tab's change of an assessment finalised meanwhile comes back beside the form (409).
export const actions = refuseWhenFinal({
	default: async ({ request, locals, params, url, cookies }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const line = lineFromForm(form, getLocale());
		if (!line.ok) return failForm(400, form, line.errors);
		const outcome = writeAs(user.id, () =>
			lines.updateLine(getDb(), assessment, params.lineId, line.value)
		);
		if (outcome === 'not-found') error(404, { message: 'Not found' });
		if (outcome === 'duplicate-id') return failForm(400, form, { id: m.error_line_id_taken() });
		const list = `/orgs/${params.orgId}/assessments/${params.assessmentId}/workforce`;
		setFlash(cookies, url, { text: m.line_saved({ id: line.value.id }), path: list });
		redirect(303, `${list}${listSearch(parseLineQuery(url.searchParams))}`);
	}
} satisfies Actions);
