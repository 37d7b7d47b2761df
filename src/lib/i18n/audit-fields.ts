import { m } from '$lib/paraglide/messages';
import { contractLabel, purchaseKindLabel } from '$lib/pso/contract-texts';
import { formatDate, formatFte, formatNumber } from '$lib/pso/format-number';
import {
	contractCodes,
	positionCodes,
	purchaseKinds,
	qualitativeCriteria,
	qualitativeStatuses,
	rungCodes
} from '$lib/pso/input-codes';
import type { Lang } from '$lib/pso/lang';
import { positionLabel } from '$lib/pso/position-texts';
import { qualitativeCriterionLabel, qualitativeStatusLabel, rungLabel } from '$lib/pso/rung-texts';
import { listRulesets } from '$lib/pso/ruleset-registry';
import { getPolicy } from '$lib/sr/policy-registry';

// Every field the audit trail records (triggers in migrations 007, 009 and 027, the bulk line
// write in assessments/lines.ts), with the words the forms use for it and how its values
// read. audit-fields.test.ts fails when a field is audited without an entry here.

type Message = (inputs: Record<string, never>, options: { locale: Lang }) => string;
type Format = (value: unknown, lang: Lang) => string;
export interface AuditField {
	label: Message;
	format: Format;
}

const NOTE_LENGTH = 120;

const asText: Format = (v) => {
	const s = String(v);
	return s.length > NOTE_LENGTH ? `${s.slice(0, NOTE_LENGTH - 1)}…` : s;
};
const asDate: Format = (v, lang) =>
	typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, lang) : asText(v, lang);
const asNumber: Format = (v, lang) =>
	typeof v === 'number' ? formatNumber(v, lang) : asText(v, lang);
const asFte: Format = (v, lang) => (typeof v === 'number' ? formatFte(v, lang) : asText(v, lang));
const asYesNo: Format = (v, lang) => (v === 1 || v === true ? m.yes : m.no)({}, { locale: lang });

/** A code shown by its label; a code this version does not know is shown as it was stored. */
function asCode<C extends string>(
	codes: readonly C[],
	label: (c: C, lang: Lang) => string
): Format {
	return (v, lang) => (codes.includes(v as C) ? label(v as C, lang) : asText(v, lang));
}
const asRung = asCode([...rungCodes, 'aspirant'] as const, (c, lang) =>
	rungLabel(c as Parameters<typeof rungLabel>[0], lang)
);
const roles = {
	owner: m.role_owner,
	editor: m.role_editor,
	advisor: m.role_advisor,
	viewer: m.role_viewer
} as const;
const asRole = asCode(Object.keys(roles) as (keyof typeof roles)[], (c, lang) =>
	roles[c]({}, { locale: lang })
);
const asStatus = asCode(['draft', 'final'] as const, (c, lang) =>
	(c === 'draft' ? m.status_draft : m.status_final)({}, { locale: lang })
);
const invitationStatuses = {
	pending: m.audit_invitation_status_pending,
	accepted: m.audit_invitation_status_accepted,
	declined: m.audit_invitation_status_declined
};
const asInvitationStatus = asCode(
	Object.keys(invitationStatuses) as (keyof typeof invitationStatuses)[],
	(c, lang) => invitationStatuses[c]({}, { locale: lang })
);
const asRuleset: Format = (v, lang) =>
	listRulesets().find((r) => r.id === v)?.label ?? asText(v, lang);

// A shipped buyer policy by its title; an organisation's own ('custom:…') as such, never its id.
const asSrPolicy: Format = (v, lang) =>
	typeof v === 'string' && v.startsWith('custom:')
		? m.tender_custom_policy_mark({}, { locale: lang })
		: (getPolicy(String(v))?.title ?? asText(v, lang));
const tenderScopes = {
	works: m.tender_scope_works,
	services: m.tender_scope_services,
	supplies: m.tender_scope_supplies
};
const asTenderScope = asCode(
	Object.keys(tenderScopes) as (keyof typeof tenderScopes)[],
	(c, lang) => tenderScopes[c]({}, { locale: lang })
);

const field = (label: Message, format: Format = asText): AuditField => ({ label, format });

const lineFields = {
	line_id: field(m.line_id),
	position: field(m.position, asCode(positionCodes, positionLabel)),
	contract: field(m.contract, asCode(contractCodes, contractLabel)),
	hours_per_week: field(m.hours_per_week, asNumber),
	start_date: field(m.line_start, asDate),
	end_date: field(m.line_end, asDate),
	inflow: field(m.inflow, asDate),
	lks_until: field(m.lks_until, asDate),
	indication_until: field(m.indication_until, asDate),
	school_left: field(m.school_left, asDate),
	ww_months: field(m.ww_months, asNumber),
	further_indication: field(m.audit_field_further_indication, asYesNo),
	durable: field(m.audit_field_durable, asYesNo)
};

export const auditFields = {
	organisation: {
		name: field(m.org_name),
		kvk: field(m.kvk),
		sector: field(m.sector),
		fulltime_hours: field(m.fulltime_hours, asNumber)
	},
	access: { role: field(m.role, asRole) },
	invitation: { role: field(m.role, asRole), status: field(m.status, asInvitationStatus) },
	assessment: {
		name: field(m.assessment_name),
		period_start: field(m.period_start, asDate),
		period_end: field(m.period_end, asDate),
		ruleset_id: field(m.ruleset, asRuleset),
		status: field(m.status, asStatus),
		total_fte: field(m.total_fte, asFte),
		headcount: field(m.audit_field_headcount, asNumber),
		fulltime_hours: field(m.fulltime_hours, asNumber),
		months_active: field(m.months_active, asNumber),
		plan_adopted: field(m.plan_adopted, asYesNo),
		plan_smart: field(m.plan_smart, asYesNo),
		plan_started: field(m.plan_started, asYesNo),
		plan_target_rung: field(m.plan_target_rung, asRung),
		plan_note: field(m.plan_note),
		target_group_lines: field(m.audit_field_target_group_lines, asNumber)
	},
	line: lineFields,
	purchase: {
		supplier: field(m.supplier),
		kind: field(m.supplier_kind, asCode(purchaseKinds, purchaseKindLabel)),
		// The labels carry the unit ("Inkoopbedrag (€)"), so the values are plain numbers.
		amount: field(m.purchase_amount, asNumber),
		supplier_turnover: field(m.supplier_turnover, asNumber),
		supplier_fte: field(m.supplier_fte, asFte),
		supplier_direct_pct: field(m.supplier_direct_pct, asNumber)
	},
	criterion: {
		status: field(m.status, asCode(qualitativeStatuses, qualitativeStatusLabel)),
		note: field(m.note)
	},
	evidence: {
		criterion: field(m.criterion, asCode(qualitativeCriteria, qualitativeCriterionLabel)),
		document: field(m.evidence_document),
		holder: field(m.evidence_holder),
		valid_until: field(m.evidence_valid_until, asDate)
	},
	certificate: {
		rung: field(m.cert_rung, asRung),
		pso30plus: field(m.audit_field_pso30plus, asYesNo),
		issued_on: field(m.cert_issued_on, asDate),
		expires_on: field(m.cert_expires_on, asDate),
		certifying_body: field(m.cert_body),
		certificate_number: field(m.cert_number_short),
		note: field(m.audit_field_certificate_note)
	},
	tender: {
		name: field(m.tender_name),
		policy_id: field(m.tender_policy, asSrPolicy),
		// The labels carry the unit ("Opdrachtwaarde (€, excl. btw)"), so the values are plain numbers.
		contract_value: field(m.tender_contract_value, asNumber),
		scope: field(m.tender_scope, asTenderScope),
		labour_share_pct: field(m.audit_field_labour_share, asNumber),
		start_on: field(m.tender_start, asDate),
		end_on: field(m.tender_end, asDate),
		pct_override: field(m.audit_field_pct_override, asNumber),
		notes: field(m.audit_field_tender_notes)
	},
	'sr-policy': {
		title: field(m.audit_field_sr_policy_title),
		version: field(m.audit_field_sr_policy_version)
	}
} satisfies Record<string, Record<string, AuditField>>;

export type AuditFieldEntity = keyof typeof auditFields;

export function auditField(entity: AuditFieldEntity, name: string): AuditField | null {
	const fields: Record<string, AuditField> = auditFields[entity];
	return Object.hasOwn(fields, name) ? fields[name]! : null;
}

/** A criterion code as the evidence page names it. */
export const criterionName = asCode(qualitativeCriteria, qualitativeCriterionLabel);

/** A recorded value in the reader's words; null and '' read "leeg". */
export function auditValueText(f: AuditField, value: unknown, lang: Lang): string {
	if (value === null || value === undefined || value === '') {
		return m.audit_value_empty({}, { locale: lang });
	}
	return f.format(value, lang);
}
