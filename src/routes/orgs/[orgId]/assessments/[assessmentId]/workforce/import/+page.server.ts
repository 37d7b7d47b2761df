import { parseTargetGroupCsv } from '$lib/csv/target-group-csv';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { targetGroupLineSchema } from '$lib/pso/assessment-schema';
import { writeAs, requireDraft } from '$lib/server/assessment-access';
import * as lines from '$lib/server/assessment-lines';
import { getDb } from '$lib/server/db';
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

const previewRows = 100;
const payloadSchema = z.array(targetGroupLineSchema).max(50_000);
const modeSchema = z.enum(['replace', 'append']);

export const load: PageServerLoad = ({ locals, params }) => {
	requireDraft(locals, params);
};

export const actions = {
	/** Reads and checks the file; nothing is stored. */
	preview: async ({ request, locals, params }) => {
		requireDraft(locals, params);
		const form = await request.formData();
		const file = form.get('file');
		const mode = modeSchema.catch('replace').parse(form.get('mode'));
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { mode, fileError: m.error_file_required() });
		}
		const lang = getLocale();
		const parsed = parseTargetGroupCsv(new Uint8Array(await file.arrayBuffer()));
		const warnings = parsed.warnings.map((w) => w.message[lang]);
		if (!parsed.ok) {
			return fail(400, {
				mode,
				fileName: file.name,
				fileErrors: parsed.fileErrors.map((e) => e.message[lang]),
				rowErrors: parsed.rowErrors.map((e) => ({
					row: e.row,
					column: e.column,
					message: e.message[lang]
				})),
				rowCount: parsed.rowCount,
				warnings
			});
		}
		return {
			mode,
			fileName: file.name,
			count: parsed.lines.length,
			preview: parsed.lines.slice(0, previewRows),
			payload: JSON.stringify(parsed.lines),
			warnings
		};
	},
	/** Stores the checked lines, all or none. The payload is checked again: it came from the browser. */
	commit: async ({ request, locals, params }) => {
		const { assessment, user } = requireDraft(locals, params);
		const form = await request.formData();
		const mode = modeSchema.catch('replace').parse(form.get('mode'));
		let json: unknown;
		try {
			json = JSON.parse(String(form.get('payload') ?? ''));
		} catch {
			return fail(400, { mode, fileError: m.import_payload_invalid() });
		}
		const parsed = payloadSchema.safeParse(json);
		const ids = parsed.success ? parsed.data.map((l) => l.id) : [];
		if (!parsed.success || new Set(ids).size !== ids.length) {
			return fail(400, { mode, fileError: m.import_payload_invalid() });
		}
		const outcome = writeAs(user.id, () =>
			lines.importLines(getDb(), assessment, parsed.data, mode)
		);
		if (!outcome.ok) {
			return fail(400, {
				mode,
				fileError: m.import_duplicate_ids({ ids: outcome.duplicateIds.slice(0, 10).join(', ') })
			});
		}
		redirect(
			303,
			`/orgs/${params.orgId}/assessments/${params.assessmentId}/workforce?imported=${outcome.count}`
		);
	}
} satisfies Actions;
