// Invitations by e-mail (issue 12): inviting mails the invited address a link to the invitation;
// the owner sees what became of each one (pending, accepted, declined, expired) and can send it
// again with a new expiry or withdraw it. Access still follows only from the invitee's own
// accept, with a verified address (memberships.ts).
import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/pso/format-number';
import type { Lang } from '$lib/pso/lang';
import type { Role } from './access';
import { amsterdamDateTime } from './amsterdam-time';
import { takeFromBudget, type Refusal, type WindowPolicy } from './auth/rate-limit';
import type { Db } from './db';
import { composeMail } from './mail/compose';
import { mailLink, type MailConfig } from './mail/config';
import { enqueueMail } from './mail/outbox';
import { invitationValiditySeconds, inviteByEmail, type InviteOutcome } from './memberships';
import { normaliseEmail } from './users';

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'expired';

/** An invitation as the organisation's owner sees it. */
export interface SentInvitation {
	id: string;
	email: string;
	role: Role;
	status: InvitationStatus;
	createdAt: number;
	expiresAt: number;
	answeredAt: number | null;
}

const hour = 60 * 60;
/** Invitation mails per inviting user: an organisation of one's own is no licence to spam. */
export const inviterPolicy: WindowPolicy = { limit: 50, windowSeconds: hour };
/** Mails per invitation ("send again"): a lost mail, not a flood. */
export const resendPolicy: WindowPolicy = { limit: 3, windowSeconds: hour };
// Counted in auth_attempts (migration 010) beside the login and sign-up keys.
export const invitationKey = {
	inviter: (userId: string) => `invite-mail:${userId}`,
	resend: (invitationId: string) => `invite-resend:${invitationId}`
};

interface Row {
	id: string;
	email: string;
	role: Role;
	status: 'pending' | 'accepted' | 'declined';
	created_at: number;
	expires_at: number;
	answered_at: number | null;
}

const statusOf = (r: Row, now: number): InvitationStatus =>
	r.status === 'pending' && r.expires_at <= now ? 'expired' : r.status;

/** Every invitation of the organisation with its status: open ones first, then by address. */
export function listSentInvitations(db: Db, organisationId: string, now: number): SentInvitation[] {
	const rows = db
		.prepare(
			`SELECT id, email, role, status, created_at, expires_at, answered_at FROM invitations
			 WHERE organisation_id = $organisationId ORDER BY status != 'pending', email`
		)
		.all({ organisationId }) as Row[];
	return rows.map((r) => ({
		id: r.id,
		email: r.email,
		role: r.role,
		status: statusOf(r, now),
		createdAt: r.created_at,
		expiresAt: r.expires_at,
		answeredAt: r.answered_at
	}));
}

function invitationMail(
	lang: Lang,
	details: { organisation: string; inviter: string; role: Role; expiresAt: number },
	url: string
) {
	const locale = { locale: lang };
	const roles = {
		owner: m.role_owner,
		editor: m.role_editor,
		viewer: m.role_viewer,
		advisor: m.role_advisor
	};
	return composeMail({
		subject: m.invitation_mail_subject({ organisation: details.organisation }, locale),
		paragraphs: [
			m.invitation_mail_text(
				{
					inviter: details.inviter,
					organisation: details.organisation,
					role: roles[details.role]({}, locale).toLowerCase()
				},
				locale
			),
			m.invitation_mail_account_hint({}, locale)
		],
		action: { label: m.invitation_mail_action({}, locale), url },
		footer: [
			m.invitation_mail_footer(
				{ date: formatDate(amsterdamDateTime(details.expiresAt).date, lang) },
				locale
			)
		]
	});
}

/** Queues the mail for one stored invitation; in the caller's transaction. */
function queueInvitationMail(
	db: Db,
	invitationId: string,
	inviterEmail: string,
	lang: Lang,
	config: MailConfig,
	now: number
): void {
	const row = db
		.prepare(
			`SELECT i.email, i.role, i.expires_at, o.name FROM invitations i
			 JOIN organisations o ON o.id = i.organisation_id WHERE i.id = $invitationId`
		)
		.get({ invitationId }) as { email: string; role: Role; expires_at: number; name: string };
	enqueueMail(
		db,
		{
			kind: 'invitation',
			to: row.email,
			lang,
			...invitationMail(
				lang,
				{
					organisation: row.name,
					inviter: inviterEmail,
					role: row.role,
					expiresAt: row.expires_at
				},
				mailLink(config, `/invitations/${invitationId}`)
			)
		},
		now
	);
}

/**
 * Invites `email` and mails the invitation, in one transaction. The mail goes out in the
 * inviter's language: the invitee may have no account, so no language of theirs is known.
 */
export function inviteAndMail(
	db: Db,
	input: {
		organisationId: string;
		email: string;
		role: Role;
		inviter: { id: string; email: string };
		lang: Lang;
	},
	config: MailConfig,
	now: number
): InviteOutcome | Refusal {
	return db
		.transaction((): InviteOutcome | Refusal => {
			const budget = takeFromBudget(
				db,
				[[invitationKey.inviter(input.inviter.id), inviterPolicy]],
				now
			);
			if (!budget.allowed) return budget;
			const outcome = inviteByEmail(
				db,
				input.organisationId,
				input.email,
				input.role,
				input.inviter.id,
				now
			);
			if (outcome !== 'invited') return outcome;
			const { id } = db
				.prepare(
					'SELECT id FROM invitations WHERE organisation_id = $organisationId AND email = $email'
				)
				.get({ organisationId: input.organisationId, email: normaliseEmail(input.email) }) as {
				id: string;
			};
			queueInvitationMail(db, id, input.inviter.email, input.lang, config, now);
			return outcome;
		})
		.immediate();
}

export type ResendOutcome = { status: 'sent'; email: string } | { status: 'not-found' } | Refusal;

/**
 * Sends an invitation again with a new expiry: pending, expired and declined ones (the owner may
 * ask once more); an accepted invitation is a membership now and is not sent again.
 */
export function resendInvitation(
	db: Db,
	organisationId: string,
	invitationId: string,
	inviter: { id: string; email: string },
	lang: Lang,
	config: MailConfig,
	now: number
): ResendOutcome {
	return db
		.transaction((): ResendOutcome => {
			const row = db
				.prepare(
					`SELECT email FROM invitations WHERE id = $invitationId
					 AND organisation_id = $organisationId AND status != 'accepted'`
				)
				.get({ invitationId, organisationId }) as { email: string } | undefined;
			if (!row) return { status: 'not-found' };
			const budget = takeFromBudget(
				db,
				[
					[invitationKey.resend(invitationId), resendPolicy],
					[invitationKey.inviter(inviter.id), inviterPolicy]
				],
				now
			);
			if (!budget.allowed) return budget;
			db.prepare(
				`UPDATE invitations SET status = 'pending', answered_at = NULL, expires_at = $expires
				 WHERE id = $invitationId`
			).run({ invitationId, expires: now + invitationValiditySeconds });
			queueInvitationMail(db, invitationId, inviter.email, lang, config, now);
			return { status: 'sent', email: row.email };
		})
		.immediate();
}

/** An invitation as the link in its mail shows it to the signed-in invitee. */
export interface InvitationForInvitee {
	id: string;
	organisationId: string;
	organisationName: string;
	role: Role;
	invitedByEmail: string | null;
	status: InvitationStatus;
	expiresAt: number;
}

/**
 * The invitation behind a mailed link, only for the address it was sent to: anyone else (and a
 * withdrawn invitation) gets null, so a forwarded link shows nothing about the organisation.
 */
export function findInvitationForInvitee(
	db: Db,
	invitationId: string,
	email: string,
	now: number
): InvitationForInvitee | null {
	const row = db
		.prepare(
			`SELECT i.id, i.organisation_id, o.name, i.role, u.email AS invited_by_email, i.status,
			   i.expires_at FROM invitations i JOIN organisations o ON o.id = i.organisation_id
			 LEFT JOIN users u ON u.id = i.invited_by
			 WHERE i.id = $invitationId AND i.email = $email`
		)
		.get({ invitationId, email: normaliseEmail(email) }) as
		| {
				id: string;
				organisation_id: string;
				name: string;
				role: Role;
				invited_by_email: string | null;
				status: Row['status'];
				expires_at: number;
		  }
		| undefined;
	if (!row) return null;
	return {
		id: row.id,
		organisationId: row.organisation_id,
		organisationName: row.name,
		role: row.role,
		invitedByEmail: row.invited_by_email,
		status: row.status === 'pending' && row.expires_at <= now ? 'expired' : row.status,
		expiresAt: row.expires_at
	};
}
