import { refuseWhenFinal } from '$lib/server/assessments/final-refusal';
import { lineFromForm } from '$lib/forms/assessment-forms';
import { listSearch, parseLineQuery } from '$lib/forms/list-query';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { MAX_LINES_PER_ASSESSMENT } from '$lib/pso/assessment-defaults';
import { formatNumber } from '$lib/pso/format-number';
import { lineAttention } from '$lib/pso/line-attention';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import { lineFiguresFor } from '$lib/server/assessments/line-figures';
import { listLinePage } from '$lib/server/assessments/line-list';
import * as lines from '$lib/server/assessments/lines';
import * as trash from '$lib/server/assessments/trash';
import { getDb } from '$lib/server/db';
import { setFlash } from '$lib/server/flash';
import { failForm } from '$lib/server/form-errors';
import { fail, redirect } from '@sveltejs/kit';
import { lineOptions } from './line-options';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, parent }) => {
	const { assessment, organisation: org, role } = requireAssessment(locals, params, 'view');
	// The layout has counted the lines already (step progress): 50,000 index entries once, not twice.
	const { progress } = await parent();
	const db = getDb();
	const query = parseLineQuery(url.searchParams);
	// Per-line figures from the engine, scored at most once per revision (line-figures.ts).
	const figures = lineFiguresFor(db, assessment, org.name);
	const listed = listLinePage(
		db,
		assessment,
		{ ...query, search: query.q, pageSize: query.size },
		figures,
		progress.lineCount
	);
	const period = { end: assessment.periodEnd };
	// The confirm step of a delete (a GET, so it works without JavaScript), for an editor only.
	const toDelete = url.searchParams.get('delete');
	const canEdit = role !== 'viewer' && assessment.status === 'draft';
	const confirmDelete =
		canEdit && toDelete && lines.getLine(db, assessment, toDelete) ? toDelete : null;
	return {
		...listed,
		lines: listed.lines.map((line) => ({
			...line,
			attention: lineAttention(line, period, line.figures?.countsUntil)
		})),
		figuresAvailable: figures.kind !== 'none',
		query,
		listSearch: listSearch({ ...query, page: listed.page }),
		confirmDelete,
		options: lineOptions(getLocale())
	};
};

/** The list view a form came from (page, search, filters), to return to after the post. */
function backToList(url: URL, form: FormData): string {
	const list = String(form.get('list') ?? '');
	return `${url.pathname}${listSearch(parseLineQuery(new URLSearchParams(list)))}`;
}

// A stale tab's change of an assessment finalised meanwhile comes back beside the form (409).
export const actions = refuseWhenFinal({
	add: async ({ request, locals, params, url, cookies }) => {
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
		setFlash(cookies, url, { text: m.line_added({ id: line.value.id }), path: url.pathname });
		redirect(303, backToList(url, form));
	},
	delete: async ({ request, locals, params, url, cookies }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const lineId = String(form.get('lineId') ?? '');
		const back = backToList(url, form);
		// No path skips the question: a post without the confirmation shows the confirm step.
		if (form.get('confirmed') !== 'yes') {
			redirect(303, `${back}${back.includes('?') ? '&' : '?'}delete=${encodeURIComponent(lineId)}`);
		}
		const token = writeAs(user.id, () =>
			trash.trashLine(getDb(), assessment, lineId, user.id, Math.floor(Date.now() / 1000))
		);
		if (!token) return fail(404, { deleteError: m.line_not_found() });
		setFlash(cookies, url, {
			text: m.line_deleted({ id: lineId }),
			path: url.pathname,
			undo: {
				action: `${url.pathname}?/undo`,
				label: m.undo(),
				fields: { token, list: back.slice(url.pathname.length) }
			}
		});
		redirect(303, back);
	},
	undo: async ({ request, locals, params, url, cookies }) => {
		const { assessment, user } = requireAssessment(locals, params, 'edit');
		const form = await request.formData();
		if (assessment.status !== 'draft') return fail(409, { undoError: m.undo_not_draft() });
		const restored = writeAs(user.id, () =>
			trash.restoreFromTrash(
				getDb(),
				assessment,
				'line',
				String(form.get('token') ?? ''),
				Math.floor(Date.now() / 1000)
			)
		);
		if (!restored.ok) {
			const undoError =
				restored.reason === 'gone'
					? m.undo_gone()
					: restored.reason === 'id-taken' && restored.lineId
						? m.undo_line_id_taken({ id: restored.lineId })
						: m.undo_not_possible();
			return fail(409, { undoError });
		}
		if (restored.kind === 'line') {
			setFlash(cookies, url, {
				text: m.line_restored({ id: restored.lineId }),
				path: url.pathname
			});
		}
		redirect(303, backToList(url, form));
	}
} satisfies Actions);
