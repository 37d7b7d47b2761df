import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { requireOrgAccess } from '$lib/server/auth/guards';
import * as certificates from '$lib/server/certificates';
import { asActor } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import { certificateSchema } from '$lib/forms/certificate';
import { fieldErrors } from '$lib/forms/field-errors';
import { failForm } from '$lib/server/form-errors';
import { setFlash } from '$lib/server/flash';
import { nowSeconds } from '$lib/server/clock';
import { renewalForOrganisation } from '$lib/server/renewal';
import { todayIso } from '$lib/server/today';
import { daysUntil } from '$lib/pso/iso-date';
import { formatDate } from '$lib/pso/format-number';
import { rungLabel } from '$lib/pso/rung-texts';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

type CertificateState = 'current' | 'expired' | 'upcoming' | 'superseded';

function stateOf(c: certificates.Certificate, today: string, currentId: string | null) {
	if (c.id === currentId) return 'current';
	if (c.issuedOn > today) return 'upcoming';
	return c.expiresOn < today ? 'expired' : 'superseded';
}

/** "Certificaat trede 2 van 01-03-2025 (Kiwa) verwijderen?": names the row, never its id. */
function deleteQuestion(c: certificates.Certificate): string {
	const lang = getLocale();
	return m.cert_delete_confirm_message({
		rung: rungLabel(c.rung, lang),
		date: formatDate(c.issuedOn, lang),
		body: c.certifyingBody
	});
}

export const load: PageServerLoad = ({ locals, params, url }) => {
	const { role, organisation: org } = requireOrgAccess(locals, params.orgId, 'view');
	const db = getDb();
	const today = todayIso();
	const currentId = certificates.currentCertificate(db, params.orgId, today)?.id ?? null;
	const canEdit = role !== 'viewer';
	// The confirm step of a deletion: only a certificate of this organisation, only for editors.
	const askedId = url.searchParams.get('delete');
	const asked = canEdit && askedId ? certificates.getCertificate(db, params.orgId, askedId) : null;
	return {
		canEdit,
		certificates: certificates.listCertificates(db, params.orgId).map((c) => ({
			...c,
			state: stateOf(c, today, currentId) as CertificateState,
			daysLeft: daysUntil(today, c.expiresOn)
		})),
		renewal: renewalForOrganisation(db, params.orgId, org.name, today),
		confirmDelete: asked ? { id: asked.id, message: deleteQuestion(asked) } : null
	};
};

export const actions = {
	add: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'edit');
		const form = await request.formData();
		const parsed = certificateSchema.safeParse(Object.fromEntries(form));
		if (!parsed.success) return failForm(400, form, fieldErrors(parsed.error));
		asActor(getDb(), user.id, () =>
			certificates.addCertificate(getDb(), params.orgId, user.id, parsed.data, nowSeconds())
		);
		setFlash(cookies, url, { text: m.cert_added(), path: url.pathname });
		redirect(303, url.pathname);
	},
	delete: async ({ request, locals, params, cookies, url }) => {
		const { user } = requireOrgAccess(locals, params.orgId, 'edit');
		const form = await request.formData();
		const id = String(form.get('certificateId') ?? '');
		if (!certificates.getCertificate(getDb(), params.orgId, id)) {
			return fail(404, { deleteError: m.cert_not_found() });
		}
		// Never one click: a post without confirmed=yes shows the question instead.
		if (form.get('confirmed') !== 'yes')
			redirect(303, `${url.pathname}?delete=${encodeURIComponent(id)}`);
		asActor(getDb(), user.id, () => certificates.deleteCertificate(getDb(), params.orgId, id));
		setFlash(cookies, url, { text: m.cert_deleted(), path: url.pathname });
		redirect(303, url.pathname);
	}
} satisfies Actions;
