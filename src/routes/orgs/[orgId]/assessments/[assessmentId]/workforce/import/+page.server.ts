import { fileErrorText, importWarningText, rowErrorText } from '$lib/i18n/target-group-import-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { MAX_LINES_PER_ASSESSMENT } from '$lib/pso/assessment-defaults';
import { contractLabel } from '$lib/pso/contract-texts';
import { formatNumber } from '$lib/pso/format-number';
import { positionLabel } from '$lib/pso/position-texts';
import { writeAs, requireDraft } from '$lib/server/assessments/access';
import * as lines from '$lib/server/assessments/lines';
import * as staging from '$lib/server/assessments/csv-staging';
import { readTargetGroupUpload } from '$lib/server/assessments/target-group-upload';
import { getDb } from '$lib/server/db';
import { nowSeconds } from '$lib/server/clock';
import { setFlash } from '$lib/server/flash';
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { importedText, workbookProblemText } from './upload-problem-text';

/** The preview shows this many lines and row errors; the count says how many more. */
const PREVIEW_ROWS = 50;
const SHOWN_ERRORS = 200;
const modeSchema = z.enum(['replace', 'append']);
const tokenSchema = z.string().regex(/^[\w-]{20,64}$/);

function lineLimitText(count: number): string {
	const lang = getLocale();
	return m.lines_limit_exceeded({
		max: formatNumber(MAX_LINES_PER_ASSESSMENT, lang, 0, 0),
		count: formatNumber(count, lang, 0, 0)
	});
}

export const load: PageServerLoad = ({ locals, params }) => {
	requireDraft(locals, params);
};

export const actions = {
	/** Reads and checks the file and keeps the checked lines on the server; nothing is stored yet. */
	preview: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const file = form.get('file');
		const mode = modeSchema.catch('replace').parse(form.get('mode'));
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { mode, fileError: m.error_file_required() });
		}
		const lang = getLocale();
		const db = getDb();
		const existingLines = mode === 'append' ? lines.listLines(db, assessment) : [];
		// Adding lines whose ids the assessment already has would be refused at the commit, for
		// the whole file: the preview flags those rows instead (issue 11; "replace" has no clash).
		const existingIds = new Set(existingLines.map((l) => l.id));
		const bytes = new Uint8Array(await file.arrayBuffer());
		const parsed = await readTargetGroupUpload(bytes, file.name, { existingIds });
		if ('workbook' in parsed) {
			const fileErrors = [workbookProblemText(parsed.workbook, lang)];
			return fail(400, { mode, fileName: file.name, fileErrors, rowErrors: [], warnings: [] });
		}
		const warnings = parsed.warnings.map((w) => importWarningText(w, lang));
		const rowCount = parsed.ok ? parsed.lines.length : parsed.rowCount;
		const existing = existingLines.length;
		// The limit first: fixing rows of a file that can never be stored wastes the user's time.
		const overLimit = !lines.withinLineLimit(existing + rowCount);
		if (!parsed.ok || overLimit) {
			const rowErrors = parsed.ok ? [] : parsed.rowErrors;
			return fail(400, {
				mode,
				fileName: file.name,
				fileErrors: [
					...(overLimit ? [lineLimitText(existing + rowCount)] : []),
					...(parsed.ok ? [] : parsed.fileErrors.map((e) => fileErrorText(e, lang)))
				],
				rowErrors: rowErrors.slice(0, SHOWN_ERRORS).map((e) => ({
					row: e.row,
					column: e.column,
					message: rowErrorText(e, lang)
				})),
				moreRowErrors: Math.max(0, rowErrors.length - SHOWN_ERRORS),
				rowCount,
				warnings
			});
		}
		const token = staging.stageLines(
			db,
			{ assessmentId: assessment.id, userId: user.id },
			mode,
			parsed.lines,
			nowSeconds()
		);
		return {
			mode,
			fileName: file.name,
			count: parsed.lines.length,
			// Labels as the line form shows them, never the codes stored.
			preview: parsed.lines.slice(0, PREVIEW_ROWS).map((line) => ({
				id: line.id,
				position: positionLabel(line.position, lang),
				contract: contractLabel(line.contract, lang),
				hoursPerWeek: line.hoursPerWeek,
				start: line.start,
				end: line.end
			})),
			token,
			warnings
		};
	},
	/** Stores the lines checked at the preview, all or none; the form carries only their token. */
	commit: async ({ request, locals, params, cookies, url }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const token = tokenSchema.safeParse(form.get('token'));
		const db = getDb();
		const scope = { assessmentId: assessment.id, userId: user.id };
		const staged = token.success
			? staging.getStagedImport(db, scope, token.data, nowSeconds())
			: null;
		if (!token.success || staged === null) {
			return fail(400, { mode: 'replace' as const, fileError: m.import_staging_expired() });
		}
		const { mode } = staged;
		const outcome = writeAs(user.id, () => {
			const written = lines.importLines(db, assessment, staged.lines, mode);
			if (written.ok) staging.discardStagedImport(db, scope, token.data);
			return written;
		});
		if (!outcome.ok) {
			const fileError =
				'overLimit' in outcome
					? lineLimitText(outcome.overLimit.lines)
					: m.import_duplicate_ids({ ids: outcome.duplicateIds.slice(0, 10).join(', ') });
			return fail(400, { mode, fileError });
		}
		const workforce = `/orgs/${params.orgId}/assessments/${params.assessmentId}/workforce`;
		setFlash(cookies, url, {
			text: importedText(outcome.count, mode, getLocale()),
			path: workforce
		});
		redirect(303, workforce);
	}
} satisfies Actions;
