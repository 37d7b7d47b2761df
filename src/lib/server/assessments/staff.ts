// How an assessment's totalFte was obtained (issue 10 item 4; docs/scoring-rules.md §2): typed,
// computed from a staff roster, or from the hours paid in the period. Only the figures are
// kept, never the roster. A derived total stays derived while the step is saved with the same
// figure; typing another number makes it typed again.
import { employmentFteInPeriod } from '$lib/pso/employment-fte';
import {
	basisExplainsTotal,
	payrollFte,
	shownDerivedFte,
	type FteBasis,
	type RosterFte
} from '$lib/pso/staff-fte';
import type { Db } from '../db';
import { listLines } from './lines';
import { assertCan } from './state';
import { saveOrganisationFigures, type Assessment, type OrganisationFigures } from './records';

/** The basis as stored; a roster's FTE is the assessment's totalFte itself. */
export type StoredFteBasis =
	{ kind: 'typed' } | { kind: 'roster'; persons: number } | { kind: 'payroll'; hours: number };

type Target = Pick<Assessment, 'id' | 'organisationId'>;

interface BasisRow {
	fte_basis: 'roster' | 'payroll' | null;
	fte_basis_persons: number | null;
	fte_basis_hours: number | null;
}

export function getFteBasis(db: Db, assessment: Target): StoredFteBasis {
	const row = db
		.prepare(
			`SELECT fte_basis, fte_basis_persons, fte_basis_hours FROM assessments
			 WHERE id = $id AND organisation_id = $organisationId`
		)
		.get({ id: assessment.id, organisationId: assessment.organisationId }) as BasisRow | undefined;
	if (row?.fte_basis === 'roster' && row.fte_basis_persons !== null) {
		return { kind: 'roster', persons: row.fte_basis_persons };
	}
	if (row?.fte_basis === 'payroll' && row.fte_basis_hours !== null) {
		return { kind: 'payroll', hours: row.fte_basis_hours };
	}
	return { kind: 'typed' };
}

function writeTotal(
	db: Db,
	assessment: Target,
	totalFte: number,
	headcount: number | undefined,
	basis: StoredFteBasis,
	now: number
): void {
	db.prepare(
		`UPDATE assessments SET total_fte = $totalFte, headcount = coalesce($headcount, headcount),
		   updated_at = $now
		 WHERE id = $id AND organisation_id = $organisationId`
	).run({
		totalFte,
		headcount: headcount ?? null,
		now,
		id: assessment.id,
		organisationId: assessment.organisationId
	});
	writeBasis(db, assessment, basis);
}

/** FTE of the target group in the period, as the schema's consistency check computes it. */
export function targetGroupFte(db: Db, assessment: Assessment): number {
	const period = { start: assessment.periodStart, end: assessment.periodEnd };
	return employmentFteInPeriod(listLines(db, assessment), period, assessment.fulltimeHours);
}

/** Same tolerance as the schema's check (contract §6.6 item 8). */
const FTE_TOLERANCE = 1e-9;

export type DerivedOutcome =
	| { ok: true; fte: number }
	| { ok: false; reason: 'no-fte' }
	| { ok: false; reason: 'below-target-group'; fte: number; targetGroupFte: number };

function applyDerived(
	db: Db,
	assessment: Assessment,
	fte: number,
	headcount: number | undefined,
	basis: StoredFteBasis,
	now: number
): DerivedOutcome {
	assertCan(assessment.status, 'edit');
	return db
		.transaction((): DerivedOutcome => {
			if (!(fte > 0)) return { ok: false, reason: 'no-fte' };
			const needed = targetGroupFte(db, assessment);
			if (fte + FTE_TOLERANCE < needed) {
				return { ok: false, reason: 'below-target-group', fte, targetGroupFte: needed };
			}
			// Nobody on the period end leaves the headcount as it was: the contract has no 0.
			writeTotal(db, assessment, fte, headcount === 0 ? undefined : headcount, basis, now);
			return { ok: true, fte };
		})
		.immediate();
}

/** totalFte and the headcount on the period end from a roster (staff-fte.ts `rosterFte`). */
export function applyRoster(
	db: Db,
	assessment: Assessment,
	roster: RosterFte,
	now: number
): DerivedOutcome {
	const basis = { kind: 'roster', persons: roster.persons } as const;
	return applyDerived(db, assessment, roster.fte, roster.headcount, basis, now);
}

/** totalFte from the hours paid in the period (staff-fte.ts `payrollFte`). */
export function applyPayroll(
	db: Db,
	assessment: Assessment,
	hours: number,
	now: number
): DerivedOutcome {
	const period = { start: assessment.periodStart, end: assessment.periodEnd };
	const fte = payrollFte(hours, period, assessment.fulltimeHours);
	return applyDerived(db, assessment, fte, undefined, { kind: 'payroll', hours }, now);
}

/**
 * Saves the step's typed figures. A derived total posted back unchanged (exactly, or as the
 * form shows it) stays derived; when only the full-time hours changed it is recomputed for
 * them (both routes are hours ÷ full-time hours). Any other number is typed.
 */
export function saveFigures(
	db: Db,
	assessment: Assessment,
	figures: OrganisationFigures,
	now: number
): void {
	db.transaction(() => {
		const basis = getFteBasis(db, assessment);
		const stored = assessment.totalFte;
		const unchanged =
			stored !== null &&
			(figures.totalFte === stored || figures.totalFte === shownDerivedFte(stored));
		if (basis.kind === 'typed' || !unchanged) {
			saveOrganisationFigures(db, assessment, figures, now);
			writeBasis(db, assessment, { kind: 'typed' });
			return;
		}
		const period = { start: assessment.periodStart, end: assessment.periodEnd };
		const totalFte =
			figures.fulltimeHours === assessment.fulltimeHours
				? stored
				: basis.kind === 'payroll'
					? payrollFte(basis.hours, period, figures.fulltimeHours)
					: (stored * assessment.fulltimeHours) / figures.fulltimeHours;
		saveOrganisationFigures(db, assessment, { ...figures, totalFte }, now);
	}).immediate();
}

function writeBasis(db: Db, assessment: Target, basis: StoredFteBasis): void {
	db.prepare(
		`UPDATE assessments SET fte_basis = $kind, fte_basis_persons = $persons,
		   fte_basis_hours = $hours
		 WHERE id = $id AND organisation_id = $organisationId`
	).run({
		kind: basis.kind === 'typed' ? null : basis.kind,
		persons: basis.kind === 'roster' ? basis.persons : null,
		hours: basis.kind === 'payroll' ? basis.hours : null,
		id: assessment.id,
		organisationId: assessment.organisationId
	});
}

/** The basis as the assessment file writes it (`organisation.fteBasis`); absent when typed. */
export function documentFteBasis(db: Db, assessment: Assessment): FteBasis | undefined {
	const basis = getFteBasis(db, assessment);
	if (basis.kind === 'typed' || assessment.totalFte === null) return undefined;
	return basis.kind === 'roster'
		? { kind: 'roster', persons: basis.persons, fte: assessment.totalFte }
		: basis;
}

/**
 * Stores an imported file's basis, when it still explains the file's totalFte: a total edited
 * by hand after the roster was read is a typed total (staff-fte.ts `basisExplainsTotal`).
 */
export function restoreFteBasis(
	db: Db,
	assessment: Assessment,
	basis: FteBasis | null | undefined,
	totalFte: number
): void {
	if (!basis || basis.kind === 'typed') return;
	const period = { start: assessment.periodStart, end: assessment.periodEnd };
	if (!basisExplainsTotal(basis, totalFte, period, assessment.fulltimeHours)) return;
	writeBasis(
		db,
		assessment,
		basis.kind === 'roster' ? { kind: 'roster', persons: basis.persons } : basis
	);
}
