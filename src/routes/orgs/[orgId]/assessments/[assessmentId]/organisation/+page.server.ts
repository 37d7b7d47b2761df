import { MAX_ROSTER_ROWS } from '$lib/csv/staff-roster';
import { figuresFromForm } from '$lib/forms/assessment-forms';
import { FormReader } from '$lib/forms/form-readers';
import { fileErrorText, rowErrorText } from '$lib/i18n/target-group-import-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { MAX_QUANTITY } from '$lib/pso/assessment-defaults';
import { formatNumber } from '$lib/pso/format-number';
import { rosterFte } from '$lib/pso/staff-fte';
import { writeAs, requireAssessment, requireDraft } from '$lib/server/assessments/access';
import * as staff from '$lib/server/assessments/staff';
import { readRosterUpload, type RosterUpload } from '$lib/server/assessments/staff-roster-upload';
import { getDb } from '$lib/server/db';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { setFlash } from '$lib/server/flash';
import { refuseWhenFinal } from '$lib/server/assessments/final-refusal';
import type { Actions, PageServerLoad } from './$types';

/** The step lists this many roster problems; the count says how many more. */
const SHOWN_ERRORS = 50;

export const load: PageServerLoad = ({ locals, params }) => {
	const { assessment } = requireAssessment(locals, params, 'view');
	return { fteBasis: staff.getFteBasis(getDb(), assessment) };
};

const fte = (value: number) => formatNumber(value, getLocale(), 0, 2);

/** Why a derived total was not stored, in the user's words; names the figure that is too small. */
function refusalText(outcome: Exclude<staff.DerivedOutcome, { ok: true }>, hours?: number): string {
	if (outcome.reason === 'no-fte') return m.staff_roster_no_fte();
	const figures = { fte: fte(outcome.fte), targetGroupFte: fte(outcome.targetGroupFte) };
	return hours === undefined
		? m.staff_roster_below_target_group(figures)
		: m.staff_payroll_below_target_group({
				...figures,
				hours: formatNumber(hours, getLocale(), 0, 2)
			});
}

type Draft = ReturnType<typeof requireDraft>;

/** Why a roster file was not used, in the user's words (row numbers as Excel shows them). */
function rosterErrors(upload: Exclude<RosterUpload, { ok: true }>): string[] {
	const lang = getLocale();
	if ('workbook' in upload) {
		const { workbook } = upload;
		if (workbook.code === 'legacy-xls') return [m.spreadsheet_legacy_xls()];
		if (workbook.code === 'not-a-workbook') return [m.spreadsheet_not_a_workbook()];
		if (workbook.code === 'too-many-cells') {
			return [m.spreadsheet_too_many_cells({ max: formatNumber(workbook.maxCells, lang, 0, 0) })];
		}
		const max = formatNumber(workbook.maxBytes / (1024 * 1024), lang, 0, 0);
		return [m.spreadsheet_too_large_unpacked({ max })];
	}
	if (upload.tooManyRows !== null) {
		return [m.staff_roster_too_many_rows({ max: formatNumber(MAX_ROSTER_ROWS, lang, 0, 0) })];
	}
	return [
		...upload.fileErrors.map((e) => fileErrorText(e, lang)),
		...upload.rowErrors.map((e) => rowErrorText(e, lang))
	];
}

/** totalFte and the headcount from a staff roster (CSV or .xlsx); the roster itself is not kept. */
async function fromRoster(
	{ assessment, user }: Draft,
	form: FormData,
	done: (text: string) => never
) {
	const file = form.get('roster');
	if (!(file instanceof File) || file.size === 0) {
		return fail(400, { roster: { errors: [m.error_file_required()], more: 0 } });
	}
	const parsed = await readRosterUpload(new Uint8Array(await file.arrayBuffer()), file.name);
	if (!parsed.ok) {
		const errors = rosterErrors(parsed);
		return fail(400, {
			roster: {
				errors: errors.slice(0, SHOWN_ERRORS),
				more: Math.max(0, errors.length - SHOWN_ERRORS)
			}
		});
	}
	const period = { start: assessment.periodStart, end: assessment.periodEnd };
	const roster = rosterFte(parsed.members, period, assessment.fulltimeHours);
	const outcome = writeAs(user.id, () =>
		staff.applyRoster(getDb(), assessment, roster, nowSeconds())
	);
	if (!outcome.ok) return fail(400, { roster: { errors: [refusalText(outcome)], more: 0 } });
	return done(m.staff_fte_applied({ fte: fte(outcome.fte) }));
}

/** totalFte from the hours paid in the period; the headcount stays as entered. */
function fromPayroll({ assessment, user }: Draft, form: FormData, done: (text: string) => never) {
	const read = new FormReader(form, getLocale());
	const hours = read.number('paidHours', 'amount');
	const value = read.text('paidHours');
	if (hours === undefined || !(hours > 0) || hours > MAX_QUANTITY) {
		const error = read.errors['paidHours'] ?? m.staff_payroll_hours_invalid();
		return fail(400, { payroll: { value, error } });
	}
	const outcome = writeAs(user.id, () =>
		staff.applyPayroll(getDb(), assessment, hours, nowSeconds())
	);
	if (!outcome.ok) return fail(400, { payroll: { value, error: refusalText(outcome, hours) } });
	return done(m.staff_fte_applied({ fte: fte(outcome.fte) }));
}

// One action, told apart by `intent`: the step has always taken a plain POST, and Kit does not
// allow a default action beside named ones. Every success redirects with a confirmation, so a
// reload never posts again.
export const actions = refuseWhenFinal({
	default: async ({ request, locals, params, cookies, url }) => {
		const draft = requireDraft(locals, params);
		const form = await request.formData();
		const here = `/orgs/${params.orgId}/assessments/${params.assessmentId}/organisation`;
		const done = (text: string, to = here): never => confirmAndGo(cookies, url, text, to);
		const intent = form.get('intent');
		if (intent === 'roster') return fromRoster(draft, form, done);
		if (intent === 'payroll') return fromPayroll(draft, form, done);
		const figures = figuresFromForm(form, getLocale());
		if (!figures.ok) return failForm(400, form, figures.errors);
		writeAs(draft.user.id, () =>
			staff.saveFigures(getDb(), draft.assessment, figures.value, nowSeconds())
		);
		if (form.get('next'))
			redirect(303, `/orgs/${params.orgId}/assessments/${params.assessmentId}/workforce`);
		return done(m.saved());
	}
} satisfies Actions);

function confirmAndGo(cookies: Cookies, url: URL, text: string, to: string): never {
	setFlash(cookies, url, { text, path: to });
	redirect(303, to);
}
