import { inviteSchema } from '$lib/forms/organisation';
import { m } from '$lib/paraglide/messages';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { setFlash } from '$lib/server/flash';
import { nowSeconds } from '$lib/server/clock';
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
		const inv = memberships.listInvitations(db, organisationId).find((x) => x.id === cancel);
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

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { user } = requireOrgAccess(locals, params.orgId, 'own');
	const db = getDb();
	return {
		me: user.id,
		members: memberships.listMembers(db, params.orgId),
		invitations: memberships.listInvitations(db, params.orgId),
		asked: askedQuestion(url, params.orgId, user.id)
	};
};

export const actions = {
	invite: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'own');
		const form = await request.formData();
		const parsed = inviteSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) {
			return failForm(400, form, fieldErrors(parsed.error));
		}
		const outcome = asActor(getDb(), user.id, () =>
			memberships.inviteByEmail(
				getDb(),
				params.orgId,
				parsed.data.email,
				parsed.data.role,
				user.id,
				nowSeconds()
			)
		);
		if (outcome === 'already-member') {
			return failForm(400, form, { email: m.already_member() });
		}
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
		const inv = memberships.listInvitations(getDb(), params.orgId).find((x) => x.id === id);
		if (!inv) return fail(404, { revokeError: m.invitation_not_found() });
		asActor(getDb(), user.id, () => memberships.cancelInvitation(getDb(), params.orgId, id));
		setFlash(cookies, url, {
			text: m.invitation_cancelled({ email: inv.email }),
			path: url.pathname
		});
		redirect(303, url.pathname);
	}
} satisfies Actions;
