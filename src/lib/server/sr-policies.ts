// Custom Social Return buyer policies (SR §5.4): one organisation's own, or global ones an
// administrator adds. Every read is scoped: an organisation sees its own and the global
// ones, never another organisation's.
import { validatePolicy } from '$lib/sr/policy-registry';
import type { BuyerPolicy } from '$lib/sr/policy-schema';
import type { ParseOutcome, ValidationIssue } from '$lib/pso/validation-issues';
import { randomUUID } from 'node:crypto';
import type { Db } from './db';

/** Stored ids never look like a shipped id, whatever id the file declares. */
export const customSrPolicyPrefix = 'custom:';

export function isCustomSrPolicyId(id: string): boolean {
	return id.startsWith(customSrPolicyPrefix);
}

export interface CustomSrPolicySummary {
	id: string;
	/** null: global, visible to every organisation. */
	organisationId: string | null;
	title: string;
	buyerName: string;
	version: string | null;
	lastCheckedOn: string;
	createdAt: number;
}

interface SummaryRow {
	id: string;
	organisation_id: string | null;
	title: string;
	buyer_name: string;
	version: string | null;
	last_checked_on: string;
	created_at: number;
}

// The listing reads a few fields inside the JSON in SQL rather than parsing every policy.
const summaryColumns = `id, organisation_id, json_extract(json, '$.title') AS title,
	json_extract(json, '$.buyer.name') AS buyer_name, json_extract(json, '$.version') AS version,
	json_extract(json, '$.lastCheckedOn') AS last_checked_on, created_at`;

const toSummary = (r: SummaryRow): CustomSrPolicySummary => ({
	id: r.id,
	organisationId: r.organisation_id,
	title: r.title,
	buyerName: r.buyer_name,
	version: r.version,
	lastCheckedOn: r.last_checked_on,
	createdAt: r.created_at
});

/**
 * Policy JSON text → a validated custom policy, or every problem with its path. A copy of a
 * shipped policy must say `kind: "custom"`, so no one takes it for the shipped one.
 */
export function parseCustomPolicyText(text: string): ParseOutcome<BuyerPolicy> {
	let json: unknown;
	try {
		// Files saved by Windows editors often start with a byte-order mark.
		json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
	} catch (e) {
		const detail = e instanceof Error ? e.message : String(e);
		const issue: ValidationIssue = {
			path: '',
			code: 'invalid-json',
			message: `is not valid JSON (${detail})`
		};
		return { ok: false, issues: [issue] };
	}
	const outcome = validatePolicy(json);
	if (outcome.ok && outcome.value.kind !== 'custom') {
		return {
			ok: false,
			issues: [{ path: 'kind', code: 'invalid', message: 'must be "custom" for your own policy' }]
		};
	}
	return outcome;
}

export type CreateOutcome = { ok: true; id: string } | { ok: false; issues: ValidationIssue[] };

/** Validates and stores a policy for `organisationId`, or globally with null. The caller checks who may. */
export function createCustomSrPolicy(
	db: Db,
	organisationId: string | null,
	userId: string,
	text: string,
	now: number
): CreateOutcome {
	const parsed = parseCustomPolicyText(text);
	if (!parsed.ok) return parsed;
	const id = `${customSrPolicyPrefix}${randomUUID()}`;
	const insert = db.prepare(
		`INSERT INTO custom_sr_policies (id, organisation_id, json, created_by, created_at)
		 VALUES ($id, $organisationId, $json, $userId, $now)`
	);
	db.transaction(() =>
		// The validated value, so what is stored is exactly what was checked.
		insert.run({ id, organisationId, json: JSON.stringify(parsed.value), userId, now })
	).immediate();
	return { ok: true, id };
}

/** What an organisation may use: its own policies first, then the global ones. */
export function listCustomSrPolicies(db: Db, organisationId: string): CustomSrPolicySummary[] {
	return (
		db
			.prepare(
				`SELECT ${summaryColumns} FROM custom_sr_policies
				 WHERE organisation_id = $organisationId OR organisation_id IS NULL
				 ORDER BY organisation_id IS NULL, created_at DESC, id`
			)
			.all({ organisationId }) as SummaryRow[]
	).map(toSummary);
}

export function listGlobalCustomSrPolicies(db: Db): CustomSrPolicySummary[] {
	return (
		db
			.prepare(
				`SELECT ${summaryColumns} FROM custom_sr_policies WHERE organisation_id IS NULL
				 ORDER BY created_at DESC, id`
			)
			.all() as SummaryRow[]
	).map(toSummary);
}

export interface LoadedCustomSrPolicy {
	summary: CustomSrPolicySummary;
	/** null when the stored JSON no longer validates (the schema may have grown stricter). */
	policy: BuyerPolicy | null;
}

/**
 * Scoped read: with an organisation, its own policy or a global one; with null, only a
 * global one. Anything else is null, exactly as a policy that does not exist.
 */
export function getCustomSrPolicy(
	db: Db,
	organisationId: string | null,
	id: string
): LoadedCustomSrPolicy | null {
	const scope =
		organisationId === null
			? 'organisation_id IS NULL'
			: '(organisation_id = $organisationId OR organisation_id IS NULL)';
	const row = db
		.prepare(`SELECT ${summaryColumns}, json FROM custom_sr_policies WHERE id = $id AND ${scope}`)
		.get(organisationId === null ? { id } : { id, organisationId }) as
		(SummaryRow & { json: string }) | undefined;
	if (!row) return null;
	const outcome = validatePolicy(JSON.parse(row.json));
	return { summary: toSummary(row), policy: outcome.ok ? outcome.value : null };
}
