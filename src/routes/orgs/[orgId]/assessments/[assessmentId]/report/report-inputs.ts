// What the report prints of an assessment's inputs (issue 11 item 6). A final assessment prints
// the inputs exactly as finalised (its frozen document and result); a draft its current ones.
import { DEFAULT_FULLTIME_HOURS } from '$lib/pso/assessment-defaults';
import type { FteBasis } from '$lib/pso/staff-fte';
import { listLines } from '$lib/server/assessments/lines';
import { listPurchases } from '$lib/server/assessments/purchases';
import type { Assessment } from '$lib/server/assessments/records';
import { scoreStoredAssessment } from '$lib/server/assessments/scoring';
import { documentFteBasis } from '$lib/server/assessments/staff';
import type { Db } from '$lib/server/db';
import { findUserById } from '$lib/server/users';
import {
	summariseLines,
	summarisePurchases,
	type LineSummary,
	type PurchaseSummary
} from './report-summaries';

export interface ReportFigures {
	periodStart: string;
	periodEnd: string;
	totalFte: number | null;
	/** How totalFte was obtained; typed when absent. */
	fteBasis: FteBasis;
	headcount: number | null;
	fulltimeHours: number;
	/** null = not given; the scoring then assumes `DEFAULT_MONTHS_ACTIVE`. */
	monthsActive: number | null;
}

export interface ReportInputs {
	figures: ReportFigures;
	lines: LineSummary;
	purchases: PurchaseSummary;
	/** Who finalised it (their e-mail address) and when (unix seconds); null for a draft. */
	finalised: { by: string | null; at: number } | null;
}

export function loadReportInputs(
	db: Db,
	assessment: Assessment,
	organisationName: string
): ReportInputs {
	const scored = scoreStoredAssessment(db, assessment, organisationName);
	const finalised =
		assessment.status === 'final' && assessment.finalisedAt !== null
			? {
					by: assessment.finalisedBy
						? (findUserById(db, assessment.finalisedBy)?.email ?? null)
						: null,
					at: assessment.finalisedAt
				}
			: null;
	if (scored.ok) {
		const { input, result } = scored;
		return {
			figures: {
				periodStart: input.period.start,
				periodEnd: input.period.end,
				totalFte: input.totalFte,
				fteBasis: input.organisation?.fteBasis ?? { kind: 'typed' },
				headcount: input.organisation?.headcount ?? null,
				fulltimeHours: input.organisation?.fulltimeHours ?? DEFAULT_FULLTIME_HOURS,
				monthsActive: input.organisation?.monthsActive ?? null
			},
			lines: summariseLines(input.targetGroup ?? [], result.lines),
			purchases: summarisePurchases(input.purchases ?? []),
			finalised
		};
	}
	// A draft that cannot be scored yet: its figures as entered, its lines counted only.
	return {
		figures: {
			periodStart: assessment.periodStart,
			periodEnd: assessment.periodEnd,
			totalFte: assessment.totalFte,
			fteBasis: documentFteBasis(db, assessment) ?? { kind: 'typed' },
			headcount: assessment.headcount,
			fulltimeHours: assessment.fulltimeHours,
			monthsActive: assessment.monthsActive
		},
		lines: summariseLines(listLines(db, assessment), null),
		purchases: summarisePurchases(listPurchases(db, assessment)),
		finalised
	};
}
