import { inviteSchema } from '$lib/forms/organisation';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDate } from '$lib/pso/format-number';
import { amsterdamDateTime } from '$lib/server/amsterdam-time';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { setFlash } from '$lib/server/flash';
import { nowSeconds } from '$lib/server/clock';
import * as invitations from '$lib/server/invitations';
import { mailConfig } from '$lib/server/mail/config';
import { kickMailDelivery } from '$lib/server/mail/delivery';
import * as memberships from '$lib/server/memberships';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

const roleLabels = {
	owner: m.role_owner,
	editor: m.role_editor,
	viewer: m.role_viewer,
	advisor: m.role_advisor
};

/**
 * The confirm step named in the URL (`?revoke=<user>` or `?cancelInvitation=<id>`), looked up
 * within this organisation only; the owner's own membership is never offered.
 */
interface Question {
	action: string;
	fields: Record<string, string>;
	message: string;
	confirmLabel: string;
}

function askedQuestion(url: URL, organisationId: string, me: string): Question | null {
	const db = getDb();
	const revoke = url.searchParams.get('revoke');
	if (revoke && revoke !== me) {
		const member = memberships.listMembers(db, organisationId).find((x) => x.userId === revoke);
		if (member)
			return {
				action: '?/revoke',
				fields: { userId: member.userId },
				message: m.member_revoke_confirm_message({
					email: member.email,
					role: roleLabels[member.role]().toLowerCase()
				}),
				confirmLabel: m.member_revoke_confirm_button()
			};
	}
	const cancel = url.searchParams.get('cancelInvitation');
	if (cancel) {
		const inv = withdrawable(organisationId, cancel);
		if (inv)
			return {
				action: '?/cancelInvitation',
				fields: { invitationId: inv.id },
				message: m.invitation_cancel_confirm_message({ email: inv.email }),
				confirmLabel: m.invitation_cancel_confirm_button()
			};
	}
	return null;
}

/** An invitation of this organisation that may be withdrawn: any not accepted. */
function withdrawable(organisationId: string, id: string) {
	return invitations
		.listSentInvitations(getDb(), organisationId, nowSeconds())
		.find((x) => x.id === id && x.status !== 'accepted');
}

/** The day each status refers to: until when it is valid, or when it was answered. */
function statusDay(inv: invitations.SentInvitation): string {
	const at =
		inv.status === 'pending' || inv.status === 'expired'
			? inv.expiresAt
			: (inv.answeredAt ?? inv.createdAt);
	return amsterdamDateTime(at).date;
}

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { user } = requireOrgAccess(locals, params.orgId, 'own');
	const db = getDb();
	return {
		me: user.id,
		members: memberships.listMembers(db, params.orgId),
		invitations: invitations
			.listSentInvitations(db, params.orgId, nowSeconds())
			.map((inv) => ({ ...inv, statusDay: statusDay(inv) })),
		asked: askedQuestion(url, params.orgId, user.id)
	};
};

const rateLimited = (retryAfter: number) =>
	m.invitation_rate_limited({ minutes: Math.ceil(retryAfter / 60) });

export const actions = {
	invite: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'own');
		const form = await request.formData();
		const parsed = inviteSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) {
			return failForm(400, form, fieldErrors(parsed.error));
		}
		const outcome = asActor(getDb(), user.id, () =>
			invitations.inviteAndMail(
				getDb(),
				{
					organisationId: params.orgId,
					email: parsed.data.email,
					role: parsed.data.role,
					inviter: user,
					lang: getLocale()
				},
				mailConfig(),
				nowSeconds()
			)
		);
		if (outcome === 'already-member') {
			return failForm(400, form, { email: m.already_member() });
		}
		if (typeof outcome === 'object') {
			return failForm(429, form, { email: rateLimited(outcome.retryAfter) });
		}
		kickMailDelivery();
		setFlash(cookies, url, {
			text: m.invitation_sent({ email: parsed.data.email }),
			path: url.pathname
		});
		redirect(303, url.pathname);
	},
	revoke: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'own');
		const form = await request.formData();
		const userId = String(form.get('userId') ?? '');
		// Never one click: a post without confirmed=yes shows the question instead.
		if (form.get('confirmed') !== 'yes')
			redirect(303, `${url.pathname}?revoke=${encodeURIComponent(userId)}`);
		const outcome = asActor(getDb(), user.id, () =>
			memberships.revokeMembership(getDb(), params.orgId, userId)
		);
		if (outcome === 'last-owner') return fail(400, { revokeError: m.cannot_remove_last_owner() });
		if (outcome === 'not-found') return fail(404, { revokeError: m.member_not_found() });
		setFlash(cookies, url, { text: m.access_revoked(), path: url.pathname });
		redirect(303, url.pathname);
	},
	cancelInvitation: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'own');
		const form = await request.formData();
		const id = String(form.get('invitationId') ?? '');
		if (form.get('confirmed') !== 'yes')
			redirect(303, `${url.pathname}?cancelInvitation=${encodeURIComponent(id)}`);
		const inv = withdrawable(params.orgId, id);
		if (!inv) return fail(404, { revokeError: m.invitation_not_found() });
		asActor(getDb(), user.id, () => memberships.cancelInvitation(getDb(), params.orgId, id));
		setFlash(cookies, url, {
			text: m.invitation_cancelled({ email: inv.email }),
			path: url.pathname
		});
		redirect(303, url.pathname);
	},
	resendInvitation: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'own');
		const id = String((await request.formData()).get('invitationId') ?? '').slice(0, 100);
		const now = nowSeconds();
		const outcome = asActor(getDb(), user.id, () =>
			invitations.resendInvitation(getDb(), params.orgId, id, user, getLocale(), mailConfig(), now)
		);
		if ('allowed' in outcome) return fail(429, { revokeError: rateLimited(outcome.retryAfter) });
		if (outcome.status === 'not-found') return fail(404, { revokeError: m.invitation_not_found() });
		kickMailDelivery();
		const until = amsterdamDateTime(now + memberships.invitationValiditySeconds).date;
		setFlash(cookies, url, {
			text: m.invitation_resent({ email: outcome.email, date: formatDate(until, getLocale()) }),
			path: url.pathname
		});
		redirect(303, url.pathname);
	}
} satisfies Actions;
