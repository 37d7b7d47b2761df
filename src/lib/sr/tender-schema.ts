// The tender file `sr-tender/1` (SR §2): the CLI's input and, later, the app's export.
// Unknown fields are refused, so a typo ("labourShare") cannot silently change a result.
// `policy` is a shipped policy id or an inline policy (SR §5.3); which ids exist is the
// caller's business (the registry), so this module stays free of the shipped data.
import { z } from 'zod';
import { parseIsoDate } from '../pso/iso-date';
import {
	addCodedIssue,
	codeField,
	isoDateField,
	literalField,
	numberField,
	textField
} from '../pso/schema-fields';
import { issuesFromZod, type ParseOutcome, type ValidationIssue } from '../pso/validation-issues';
import { inlinePolicySchema, MAX_EUR, type SrPolicy } from './policy-schema';

export const tenderScopes = ['works', 'services', 'supplies'] as const;
export type TenderScope = (typeof tenderScopes)[number];
export const certificateRungs = [
	'aspirant',
	'basistrede',
	'trede-1',
	'trede-2',
	'trede-3'
] as const;
export type CertificateRung = (typeof certificateRungs)[number];

const pct = numberField({ min: 0, max: 100 });

const certificateSchema = z.strictObject({
	rung: codeField(certificateRungs, 'unknown-rung'),
	pso30plus: z.boolean().optional(),
	validUntil: isoDateField()
});

interface Payload {
	value: unknown;
	issues: readonly unknown[];
}
const whenObject = {
	when: (payload: Payload) => typeof payload.value === 'object' && payload.value !== null
};

const tenderSchema = z
	.strictObject({
		format: literalField('sr-tender/1', 'unknown-format'),
		/** A label for people; the computation ignores it. */
		name: textField(200).nullish(),
		policy: z.custom<string | Record<string, unknown>>(
			(value) =>
				typeof value === 'string' ||
				(typeof value === 'object' && value !== null && !Array.isArray(value)),
			{ message: 'must be a policy id or a policy object', params: { code: 'invalid-type' } }
		),
		/** Euros excluding VAT (SR §2). */
		contractValue: numberField({ positive: true, limit: MAX_EUR }),
		scope: codeField(tenderScopes, 'invalid'),
		labourSharePct: pct.nullish(),
		start: isoDateField(),
		end: isoDateField(),
		/** The percentage the tender documents state; wins over the policy (SR §3.2). */
		pctOverride: pct.nullish(),
		certificate: certificateSchema.nullish(),
		/** The certificate is the app's estimate, not a real one (SR §3.6). */
		estimate: z.boolean().nullish()
	})
	.superRefine((tender, ctx) => {
		// Runs even when a sibling field failed (see `whenObject`), so it re-checks types.
		const start = typeof tender.start === 'string' ? parseIsoDate(tender.start) : null;
		const end = typeof tender.end === 'string' ? parseIsoDate(tender.end) : null;
		if (start !== null && end !== null && end < start) {
			addCodedIssue(ctx, 'end-before-start', 'must not be before start', ['end']);
		}
		const certificate = tender.certificate as Partial<Certificate> | null | undefined;
		// SR §2: PSO 30+ is a flag on a trede 3 certificate, not a rung of its own.
		if (
			typeof certificate === 'object' &&
			certificate?.pso30plus === true &&
			certificate.rung !== 'trede-3'
		) {
			addCodedIssue(ctx, 'invalid', 'is only possible on a trede-3 certificate', [
				'certificate',
				'pso30plus'
			]);
		}
	}, whenObject);

type ParsedShape = z.infer<typeof tenderSchema>;
export type Certificate = z.infer<typeof certificateSchema>;

/** A valid tender; `policy` is an id still to look up, or an inline policy already checked. */
export type SrTender = Omit<ParsedShape, 'policy'> & { policy: string | SrPolicy };

/** What `valueTender` reads of a tender: everything but the policy reference. */
export type TenderTerms = Omit<SrTender, 'policy' | 'format' | 'name'>;

function prefixed(issues: readonly ValidationIssue[], key: string): ValidationIssue[] {
	return issues.map((issue) => ({
		...issue,
		path:
			issue.path === ''
				? key
				: issue.path.startsWith('[')
					? `${key}${issue.path}`
					: `${key}.${issue.path}`
	}));
}

function policyIssues(policy: unknown): {
	value: string | SrPolicy | null;
	issues: ValidationIssue[];
} {
	if (typeof policy === 'string') {
		// Whether the id exists is the caller's check, with the list of ids (SR §1).
		return policy.trim() !== '' && policy.length <= 100
			? { value: policy, issues: [] }
			: {
					value: null,
					issues: [{ path: 'policy', code: 'invalid', message: 'is not a policy id' }]
				};
	}
	if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
		return { value: null, issues: [] };
	}
	const parsed = inlinePolicySchema.safeParse(policy);
	if (parsed.success) return { value: parsed.data, issues: [] };
	return { value: null, issues: prefixed(issuesFromZod(parsed.error, policy), 'policy') };
}

/** Validates a parsed JSON value (SR §2). Nothing partial: a tender or every issue. */
export function parseTender(json: unknown): ParseOutcome<SrTender> {
	const parsed = tenderSchema.safeParse(json);
	const outer = parsed.success ? [] : issuesFromZod(parsed.error, json);
	const raw =
		typeof json === 'object' && json !== null ? (json as Record<string, unknown>).policy : null;
	const policy = policyIssues(raw);
	const issues = [...outer, ...policy.issues];
	if (!parsed.success || policy.value === null || issues.length > 0) {
		return { ok: false, issues };
	}
	return { ok: true, value: { ...parsed.data, policy: policy.value } };
}

/** Parses file text: a leading byte-order mark is allowed, broken JSON is one issue. */
export function parseTenderText(text: string): ParseOutcome<SrTender> {
	let json: unknown;
	try {
		json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			issues: [{ path: '', code: 'invalid-json', message: `is not valid JSON (${detail})` }]
		};
	}
	return parseTender(json);
}
