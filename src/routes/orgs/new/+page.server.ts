import { organisationSchemaFor } from '$lib/forms/organisation';
import { getLocale } from '$lib/paraglide/runtime';
import { requireUser } from '$lib/server/auth/guards';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import * as organisations from '$lib/server/organisations';
import { setFlash } from '$lib/server/flash';
import { m } from '$lib/paraglide/messages';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requireUser(locals, url);
};

export const actions = {
	default: async ({ request, locals, url, cookies }) => {
		const user = requireUser(locals, url);
		const form = await request.formData();
		const parsed = organisationSchemaFor(getLocale()).safeParse(Object.fromEntries(form));
		if (!parsed.success) {
			return failForm(400, form, fieldErrors(parsed.error));
		}
		const org = asActor(getDb(), user.id, () =>
			organisations.createOrganisation(getDb(), user.id, parsed.data, nowSeconds())
		);
		const home = `/orgs/${org.id}`;
		setFlash(cookies, url, { text: m.org_created({ name: parsed.data.name }), path: home });
		redirect(303, home);
	}
} satisfies Actions;
