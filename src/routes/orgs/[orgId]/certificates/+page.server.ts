import { m } from '$lib/paraglide/messages';
import { requireOrgAccess } from '$lib/server/auth/guards';
import * as certificates from '$lib/server/certificates';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { certificateSchema } from '$lib/forms/certificate';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { nowSeconds } from '$lib/server/clock';
import { renewalForOrganisation } from '$lib/server/renewal';
import { todayIso } from '$lib/server/today';
import { daysUntil } from '$lib/pso/iso-date';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

type CertificateState = 'current' | 'expired' | 'upcoming' | 'superseded';

function stateOf(c: certificates.Certificate, today: string, currentId: string | null) {
	if (c.id === currentId) return 'current';
	if (c.issuedOn > today) return 'upcoming';
	return c.expiresOn < today ? 'expired' : 'superseded';
}

export const load: PageServerLoad = ({ locals, params }) => {
	const { role, organisation: org } = requireOrgAccess(locals, params.orgId, 'view');
	const db = getDb();
	const today = todayIso();
	const currentId = certificates.currentCertificate(db, params.orgId, today)?.id ?? null;
	return {
		canEdit: role !== 'viewer',
		certificates: certificates.listCertificates(db, params.orgId).map((c) => ({
			...c,
			state: stateOf(c, today, currentId) as CertificateState,
			daysLeft: daysUntil(today, c.expiresOn)
		})),
		renewal: renewalForOrganisation(db, params.orgId, org.name, today)
	};
};

export const actions = {
	add: async ({ request, locals, params }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'edit');
		const form = await request.formData();
		const parsed = certificateSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));
		asActor(getDb(), user.id, () =>
			certificates.addCertificate(getDb(), params.orgId, user.id, parsed.data, nowSeconds())
		);
		return { added: true };
	},
	delete: async ({ request, locals, params }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'edit');
		const id = String((await request.formData()).get('certificateId') ?? '');
		if (
			!asActor(getDb(), user.id, () => certificates.deleteCertificate(getDb(), params.orgId, id))
		) {
			return fail(404, { deleteError: m.cert_not_found() });
		}
		return { deleted: true };
	}
} satisfies Actions;
