// What is due on one day, per organisation: the certificate reminder (6/3/1 months) with the
// renewal panel's essentials, and the evidence items that lapse before the audit. The numbers
// are the renewal panel's own (renewal-readiness.ts over the latest assessment's cached
// outcome): no rule is computed again here, and no plan is solved (a mail does not show one).
import type { QualitativeCriterion } from '$lib/pso/input-codes';
import { renewalReadiness, type RenewalReadiness } from '$lib/pso/renewal-readiness';
import {
	certificateStageDue,
	evidenceDue,
	type CertificateStage
} from '$lib/pso/reminder-schedule';
import { renewalOutcome } from '../assessments/outcome';
import { currentCertificate, type Certificate } from '../certificates';
import type { Db } from '../db';
import { latestAssessment } from '../renewal';
import { isoDateOfSeconds } from '../today';
import { settingsFromRow, type NotificationSettings, type SettingsRow } from './settings';

export type RenewalDue = Extract<RenewalReadiness, { state: 'due' | 'expired' }>;

export interface DueEvidence {
	criterion: QualitativeCriterion;
	document: string;
	validUntil: string;
}

export interface Recipient {
	userId: string;
	email: string;
	role: 'owner' | 'editor' | 'advisor';
	settings: NotificationSettings;
}

export interface OrganisationDue {
	organisation: { id: string; name: string };
	certificate: Certificate;
	/** The certificate reminder due today, with the renewal panel it shows; null: none due. */
	certificateReminder: { stage: CertificateStage; renewal: RenewalDue } | null;
	/** Evidence items due for their reminder, and the assessment they belong to. */
	evidence: { assessmentId: string; items: DueEvidence[] } | null;
	recipients: Recipient[];
}

/** The people who get an organisation's reminders: owners, editors and advisors (not viewers). */
export function reminderRecipients(db: Db, organisationId: string): Recipient[] {
	const rows = db
		.prepare(
			`SELECT u.id AS user_id, u.email, m.role, s.certificate_reminders, s.evidence_reminders,
			   s.advisor_digest, s.lang
			 FROM memberships m JOIN users u ON u.id = m.user_id
			 LEFT JOIN notification_settings s ON s.user_id = u.id
			 WHERE m.organisation_id = $organisationId AND m.role IN ('owner', 'editor', 'advisor')
			 ORDER BY u.email`
		)
		.all({ organisationId }) as (SettingsRow & {
		user_id: string;
		email: string;
		role: Recipient['role'];
	})[];
	return rows.map((r) => ({
		userId: r.user_id,
		email: r.email,
		role: r.role,
		settings: settingsFromRow(r)
	}));
}

function dueFor(
	db: Db,
	organisation: { id: string; name: string },
	today: string
): OrganisationDue | null {
	// The certificate in force: a renewed one supersedes the old, and an expired one gets none.
	const certificate = currentCertificate(db, organisation.id, today);
	if (!certificate) return null;
	const stage = certificateStageDue(today, certificate.expiresOn);
	const assessment = latestAssessment(db, organisation.id);
	const summary = assessment ? renewalOutcome(db, assessment, organisation.name) : null;
	const items =
		summary?.criteria.flatMap((c) =>
			c.items.map((i) => ({
				criterion: c.criterion,
				document: i.document,
				validUntil: i.validUntil
			}))
		) ?? [];
	const evidence = evidenceDue(today, certificate.expiresOn, items);
	if (!stage && evidence.length === 0) return null;
	let certificateReminder: OrganisationDue['certificateReminder'] = null;
	if (stage) {
		const renewal = renewalReadiness({
			today,
			certificate,
			assessment:
				assessment && summary
					? {
							id: assessment.id,
							name: assessment.name,
							status: assessment.status,
							lastAssessedOn: isoDateOfSeconds(assessment.finalisedAt ?? assessment.updatedAt),
							summary
						}
					: null
		});
		// Every stage lies inside the 6-month window, so the panel is open.
		if (renewal.state === 'due' || renewal.state === 'expired') {
			certificateReminder = { stage, renewal };
		}
	}
	return {
		organisation,
		certificate,
		certificateReminder,
		evidence:
			assessment && evidence.length > 0 ? { assessmentId: assessment.id, items: evidence } : null,
		recipients: reminderRecipients(db, organisation.id)
	};
}

/** Every organisation with a certificate in force that has a reminder due on `today`. */
export function organisationsDue(db: Db, today: string): OrganisationDue[] {
	const organisations = db
		.prepare(
			`SELECT o.id, o.name FROM organisations o
			 WHERE EXISTS (SELECT 1 FROM certificates c WHERE c.organisation_id = o.id
			   AND c.issued_on <= $today AND c.expires_on >= $today)
			 ORDER BY o.name, o.id`
		)
		.all({ today }) as { id: string; name: string }[];
	return organisations.flatMap((o) => dueFor(db, o, today) ?? []);
}
