import { inviteSchema } from '$lib/forms/organisation';
import { m } from '$lib/paraglide/messages';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import * as memberships from '$lib/server/memberships';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { user } = requireOrgAccess(locals, params.orgId, 'own');
	const db = getDb();
	return {
		me: user.id,
		members: memberships.listMembers(db, params.orgId),
		invitations: memberships.listInvitations(db, params.orgId)
	};
};

export const actions = {
	invite: async ({ request, locals, params }) => {
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
		return { invited: parsed.data.email };
	},
	revoke: async ({ request, locals, params }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'own');
		const userId = String((await request.formData()).get('userId') ?? '');
		const outcome = asActor(getDb(), user.id, () =>
			memberships.revokeMembership(getDb(), params.orgId, userId)
		);
		if (outcome === 'last-owner') return fail(400, { revokeError: m.cannot_remove_last_owner() });
		if (outcome === 'not-found') return fail(404, { revokeError: m.member_not_found() });
		return { revoked: true };
	},
	cancelInvitation: async ({ request, locals, params }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'own');
		const id = String((await request.formData()).get('invitationId') ?? '');
		asActor(getDb(), user.id, () => memberships.cancelInvitation(getDb(), params.orgId, id));
		return { cancelled: true };
	}
} satisfies Actions;
