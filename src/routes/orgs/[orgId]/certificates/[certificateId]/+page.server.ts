import { requireOrgAccess } from '$lib/server/auth/guards';
import * as certificates from '$lib/server/certificates';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/ids';
import { error, redirect } from '@sveltejs/kit';
import { parseCertificateForm } from '../certificate-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const { role } = requireOrgAccess(locals, params.orgId, 'view');
	const certificate = certificates.getCertificate(getDb(), params.orgId, params.certificateId);
	if (!certificate) error(404, { message: 'Not found' });
	return { certificate, canEdit: role !== 'viewer' };
};

export const actions = {
	default: async ({ request, locals, params }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'edit');
		const form = await request.formData();
		const parsed = parseCertificateForm(form);
		if (!parsed.ok) return failForm(400, form, parsed.errors);
		const saved = asActor(getDb(), user.id, () =>
			certificates.updateCertificate(
				getDb(),
				params.orgId,
				params.certificateId,
				parsed.value,
				nowSeconds()
			)
		);
		if (!saved) error(404, { message: 'Not found' });
		redirect(303, `/orgs/${params.orgId}/certificates`);
	}
} satisfies Actions;
