import { lineFromForm } from '$lib/forms/assessment-forms';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import * as lines from '$lib/server/assessments/lines';
import { getDb } from '$lib/server/db';
import { failForm } from '$lib/server/form-errors';
import { error, redirect } from '@sveltejs/kit';
import { lineOptions } from '../line-options';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { assessment } = requireAssessment(locals, params, 'view');
	const line = lines.listLines(getDb(), assessment).find((l) => l.id === params.lineId);
	if (!line) error(404, { message: 'Not found' });
	return { line, options: lineOptions(getLocale()) };
};

export const actions = {
	default: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const line = lineFromForm(form, getLocale());
		if (!line.ok) return failForm(400, form, line.errors);
		const outcome = writeAs(user.id, () =>
			lines.updateLine(getDb(), assessment, params.lineId, line.value)
		);
		if (outcome === 'not-found') error(404, { message: 'Not found' });
		if (outcome === 'duplicate-id') return failForm(400, form, { id: m.error_line_id_taken() });
		redirect(303, `/orgs/${params.orgId}/assessments/${params.assessmentId}/workforce`);
	}
} satisfies Actions;
