import { requireOrgAccess } from '$lib/server/auth/guards';
import * as certificates from '$lib/server/certificates';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { certificateSchema } from '$lib/forms/certificate';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { setFlash } from '$lib/server/flash';
import { m } from '$lib/paraglide/messages';
import { nowSeconds } from '$lib/server/clock';
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { role } = requireOrgAccess(locals, params.orgId, 'view');
	const certificate = certificates.getCertificate(getDb(), params.orgId, params.certificateId);
	if (!certificate) error(404, { message: 'Not found' });
	return { certificate, canEdit: role !== 'viewer' };
};

export const actions = {
	default: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'edit');
		const form = await request.formData();
		const parsed = certificateSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));
		const saved = asActor(getDb(), user.id, () =>
			certificates.updateCertificate(
				getDb(),
				params.orgId,
				params.certificateId,
				parsed.data,
				nowSeconds()
			)
		);
		if (!saved) error(404, { message: 'Not found' });
		const list = `/orgs/${params.orgId}/certificates`;
		setFlash(cookies, url, { text: m.cert_saved(), path: list });
		redirect(303, list);
	}
} satisfies Actions;
