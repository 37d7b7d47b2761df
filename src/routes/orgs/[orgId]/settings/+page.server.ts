import { organisationSchemaFor } from '$lib/forms/organisation';
import { getLocale } from '$lib/paraglide/runtime';
import { requireOrgAccess } from '$lib/server/auth/guards';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import * as organisations from '$lib/server/organisations';
import { setFlash } from '$lib/server/flash';
import { m } from '$lib/paraglide/messages';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	requireOrgAccess(locals, params.orgId, 'own');
};

export const actions = {
	default: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'own');
		const form = await request.formData();
		const parsed = organisationSchemaFor(getLocale()).safeParse(Object.fromEntries(form));
		if (!parsed.success) {
			return failForm(400, form, fieldErrors(parsed.error));
		}
		asActor(getDb(), user.id, () =>
			organisations.updateOrganisation(getDb(), params.orgId, parsed.data)
		);
		setFlash(cookies, url, { text: m.org_settings_saved(), path: url.pathname });
		redirect(303, url.pathname);
	}
} satisfies Actions;
