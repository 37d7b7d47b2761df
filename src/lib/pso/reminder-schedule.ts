// When reminders are due (issue 12): a certificate 6, 3 and 1 months before it expires, and a
// dated evidence item that lapses before the audit 2 months before it lapses. Pure: "today" is
// an argument. Which mails were sent already is the caller's business (sent_reminders); this
// answers only "what is due on day D", so a run that comes late (the server was down on the
// day) still finds the reminder that became due, and only the nearest one.
import { auditDate } from './certified-rung';
import { addMonths, dayNumber, partsFromDayNumber } from './iso-date';

export const certificateStages = ['6m', '3m', '1m'] as const;
export type CertificateStage = (typeof certificateStages)[number];

const stageMonths: Record<CertificateStage, number> = { '6m': 6, '3m': 3, '1m': 1 };

/** An evidence item is announced this long before it lapses. */
export const EVIDENCE_NOTICE_MONTHS = 2;

/** The day a certificate's reminder of this stage becomes due. */
export function certificateStageDate(expiresOn: string, stage: CertificateStage): string {
	return addMonths(expiresOn, -stageMonths[stage]);
}

/**
 * The certificate reminder due on `today`: the nearest stage whose day has come, so a run after
 * the 3-month day never sends the 6-month one. None once the certificate has expired (it is
 * valid through `expiresOn`).
 */
export function certificateStageDue(today: string, expiresOn: string): CertificateStage | null {
	if (today > expiresOn) return null;
	const nearestFirst = [...certificateStages].reverse();
	return nearestFirst.find((stage) => today >= certificateStageDate(expiresOn, stage)) ?? null;
}

/**
 * Whether an evidence item valid through `validUntil` is due for its reminder: it lapses before
 * the audit (the certificate's expiry, or today once that has passed), it is within 2 months of
 * lapsing, and it has not lapsed yet.
 */
export function evidenceReminderDue(today: string, validUntil: string, expiresOn: string): boolean {
	return (
		validUntil < auditDate(today, expiresOn) &&
		today <= validUntil &&
		today >= addMonths(validUntil, -EVIDENCE_NOTICE_MONTHS)
	);
}

export interface DatedEvidence {
	validUntil: string | null;
}

/** The items of `items` whose reminder is due on `today`, in their order. */
export function evidenceDue<T extends DatedEvidence>(
	today: string,
	expiresOn: string,
	items: readonly T[]
): (T & { validUntil: string })[] {
	return items.filter(
		(i): i is T & { validUntil: string } =>
			i.validUntil !== null && evidenceReminderDue(today, i.validUntil, expiresOn)
	);
}

/**
 * The ISO week of a date (`2026-W05`): an advisor's digest goes out once per week, so a run on
 * Tuesday after a Monday without one still sends it, and a second run that week does not.
 */
export function isoWeek(date: string): string {
	const day = dayNumber(date);
	// 1970-01-01 was a Thursday; ISO weeks start on Monday and belong to their Thursday's year.
	const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
	const thursday = day - weekday + 3;
	const { year } = partsFromDayNumber(thursday);
	const firstThursday = dayNumber(`${String(year).padStart(4, '0')}-01-04`);
	const firstWeekThursday = firstThursday - ((((firstThursday + 3) % 7) + 7) % 7) + 3;
	const week = (thursday - firstWeekThursday) / 7 + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}
