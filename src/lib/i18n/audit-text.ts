import { m } from '$lib/paraglide/messages';
import type { Lang } from '$lib/pso/lang';
import {
	auditField,
	auditValueText,
	criterionName,
	type AuditField,
	type AuditFieldEntity
} from './audit-fields';

// One audit entry as one readable sentence (issue 11 item 3): "Regel mw-12 gewijzigd in
// Peiljaar 2025: Uren per week 20 → 24". Names and labels only, never a column or an id.

export interface AuditEntryInput {
	entity: AuditFieldEntity;
	action: 'create' | 'update' | 'delete';
	changes: Record<string, unknown>;
	assessment: { name: string | null; deleted: boolean } | null;
	subject: string | null;
}

export type AuditMarker = 'finalised' | 'import';

export interface AuditEntryText {
	/** What happened, to what: "Regel mw-12 gewijzigd in Peiljaar 2025". */
	summary: string;
	/** Each change: "Uren per week 20 → 24" (update) or "Uren per week: 20" (create, delete). */
	details: string[];
	/** The summary and details as one sentence. */
	sentence: string;
	/** Finalisation and imports stand out in the trail. */
	marker: AuditMarker | null;
}

type Sentence = (
	inputs: { subject: string; assessment: string },
	options: { locale: Lang }
) => string;

const sentences: Record<AuditFieldEntity, Record<AuditEntryInput['action'], Sentence>> = {
	organisation: {
		create: m.audit_sentence_organisation_create,
		update: m.audit_sentence_organisation_update,
		delete: m.audit_sentence_organisation_delete
	},
	access: {
		create: m.audit_sentence_access_create,
		update: m.audit_sentence_access_update,
		delete: m.audit_sentence_access_delete
	},
	invitation: {
		create: m.audit_sentence_invitation_create,
		update: m.audit_sentence_invitation_update,
		delete: m.audit_sentence_invitation_delete
	},
	assessment: {
		create: m.audit_sentence_assessment_create,
		update: m.audit_sentence_assessment_update,
		delete: m.audit_sentence_assessment_delete
	},
	line: {
		create: m.audit_sentence_line_create,
		update: m.audit_sentence_line_update,
		delete: m.audit_sentence_line_delete
	},
	purchase: {
		create: m.audit_sentence_purchase_create,
		update: m.audit_sentence_purchase_update,
		delete: m.audit_sentence_purchase_delete
	},
	criterion: {
		create: m.audit_sentence_criterion_create,
		update: m.audit_sentence_criterion_update,
		delete: m.audit_sentence_criterion_delete
	},
	evidence: {
		create: m.audit_sentence_evidence_create,
		update: m.audit_sentence_evidence_update,
		delete: m.audit_sentence_evidence_delete
	},
	certificate: {
		create: m.audit_sentence_certificate_create,
		update: m.audit_sentence_certificate_update,
		delete: m.audit_sentence_certificate_delete
	},
	tender: {
		create: m.audit_sentence_tender_create,
		update: m.audit_sentence_tender_update,
		delete: m.audit_sentence_tender_delete
	},
	'sr-policy': {
		create: m.audit_sentence_sr_policy_create,
		update: m.audit_sentence_sr_policy_update,
		delete: m.audit_sentence_sr_policy_delete
	}
};

const ARROW = '→';
// A field recorded by an older or newer version: its values as stored, under a neutral label.
const unknownField: AuditField = { label: m.audit_field_other, format: (v) => String(v) };

export function markerOf(
	e: Pick<AuditEntryInput, 'entity' | 'action' | 'changes'>
): AuditMarker | null {
	if (e.entity !== 'assessment' || e.action !== 'update') return null;
	if ('target_group_lines' in e.changes) return 'import';
	const status = e.changes.status;
	return Array.isArray(status) && status[1] === 'final' ? 'finalised' : null;
}

function assessmentText(a: AuditEntryInput['assessment'], lang: Lang): string {
	if (a === null || a.name === null) return m.audit_assessment_unknown({}, { locale: lang });
	return a.deleted ? m.audit_assessment_deleted({ name: a.name }, { locale: lang }) : a.name;
}

function subjectText(e: AuditEntryInput, lang: Lang): string {
	if (e.subject === null) return m.audit_subject_unknown({}, { locale: lang });
	return e.entity === 'criterion' ? criterionName(e.subject, lang) : e.subject;
}

function detailTexts(e: AuditEntryInput, lang: Lang): string[] {
	return Object.entries(e.changes).flatMap(([name, value]) => {
		const f = auditField(e.entity, name);
		const label = (f ?? unknownField).label({}, { locale: lang });
		const show = (v: unknown) => auditValueText(f ?? unknownField, v, lang);
		if (e.action === 'update') {
			if (!Array.isArray(value)) return [];
			return [`${label} ${show(value[0])} ${ARROW} ${show(value[1])}`];
		}
		// A new or removed row: only what it held, not every empty field or unticked box.
		if (value === null || value === undefined || value === '') return [];
		if (value === 0 && isFlag(name)) return [];
		return [`${label}: ${show(value)}`];
	});
}

const isFlag = (name: string) =>
	/^(plan_adopted|plan_smart|plan_started|further_indication|durable|pso30plus)$/.test(name);

export function describeAuditEntry(e: AuditEntryInput, lang: Lang): AuditEntryText {
	const marker = markerOf(e);
	const assessment = assessmentText(e.assessment, lang);
	const summary =
		marker === 'finalised'
			? m.audit_sentence_assessment_finalised({ assessment }, { locale: lang })
			: marker === 'import'
				? m.audit_sentence_lines_imported({ assessment }, { locale: lang })
				: sentences[e.entity][e.action](
						{ subject: subjectText(e, lang), assessment },
						{
							locale: lang
						}
					);
	// Finalising records only the status change; the summary already says it.
	const details = marker === 'finalised' ? [] : detailTexts(e, lang);
	return {
		summary,
		details,
		sentence: details.length > 0 ? `${summary}: ${details.join('; ')}` : summary,
		marker
	};
}
