import type { ParseOutcome, ValidationIssue } from '$lib/pso/validation-issues';
import { getRuleset, loadRuleset } from '$lib/pso/ruleset-registry';
import type { Ruleset } from '$lib/pso/ruleset-schema';
import { randomUUID } from 'node:crypto';
import type { Db } from './db';

/**
 * Stored ids are `custom:<uuid>`: a file may declare any id (often a copy of "2.1"), and a
 * prefix the ruleset schema's own id pattern cannot produce keeps it from ever being taken
 * for a shipped ruleset, in results, URLs or stored assessments.
 */
export const customRulesetPrefix = 'custom:';

export function isCustomRulesetId(id: string): boolean {
	return id.startsWith(customRulesetPrefix);
}

export interface CustomRulesetSummary {
	id: string;
	/** null: a global ruleset, visible to everyone. */
	organisationId: string | null;
	name: string;
	/** The id and label the file itself declares (shown, never used as the key). */
	declaredId: string;
	label: string;
	effectiveFrom: string;
	createdAt: number;
}

interface SummaryRow {
	id: string;
	organisation_id: string | null;
	name: string;
	declared_id: string;
	label: string;
	effective_from: string;
	created_at: number;
}

// The listing reads three fields inside the JSON in SQL rather than parsing every file.
const summaryColumns = `id, organisation_id, name, json_extract(ruleset_json, '$.id') AS declared_id,
	json_extract(ruleset_json, '$.label') AS label,
	json_extract(ruleset_json, '$.effectiveFrom') AS effective_from, created_at`;

const toSummary = (r: SummaryRow): CustomRulesetSummary => ({
	id: r.id,
	organisationId: r.organisation_id,
	name: r.name,
	declaredId: r.declared_id,
	label: r.label,
	effectiveFrom: r.effective_from,
	createdAt: r.created_at
});

/** Ruleset JSON text → a validated ruleset, or every problem with its JSON path. */
export function parseRulesetText(text: string): ParseOutcome<Ruleset> {
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
	return loadRuleset(json);
}

export type CreateOutcome = { ok: true; id: string } | { ok: false; issues: ValidationIssue[] };

/**
 * Validates and stores a ruleset for one organisation (`organisationId`) or, with null,
 * globally. The caller checks who may do which. Without a name, the file's label is used.
 */
export function createCustomRuleset(
	db: Db,
	organisationId: string | null,
	userId: string,
	name: string | null,
	text: string,
	now: number
): CreateOutcome {
	const parsed = parseRulesetText(text);
	if (!parsed.ok) return parsed;
	const id = `${customRulesetPrefix}${randomUUID()}`;
	db.prepare(
		`INSERT INTO custom_rulesets (id, organisation_id, name, ruleset_json, created_by, created_at)
		 VALUES ($id, $organisationId, $name, $rulesetJson, $userId, $now)`
	).run({
		id,
		organisationId,
		name: name || parsed.value.label,
		// The validated value, so what is stored is exactly what was checked.
		rulesetJson: JSON.stringify(parsed.value),
		userId,
		now
	});
	return { ok: true, id };
}

/** What members of an organisation may use: its own rulesets, then the global ones. */
export function listCustomRulesets(db: Db, organisationId: string): CustomRulesetSummary[] {
	return (
		db
			.prepare(
				`SELECT ${summaryColumns} FROM custom_rulesets
				 WHERE organisation_id = $organisationId OR organisation_id IS NULL
				 ORDER BY organisation_id IS NULL, created_at DESC, id`
			)
			.all({ organisationId }) as SummaryRow[]
	).map(toSummary);
}

export function listGlobalCustomRulesets(db: Db): CustomRulesetSummary[] {
	return (
		db
			.prepare(
				`SELECT ${summaryColumns} FROM custom_rulesets WHERE organisation_id IS NULL
				 ORDER BY created_at DESC, id`
			)
			.all() as SummaryRow[]
	).map(toSummary);
}

export interface LoadedCustomRuleset {
	summary: CustomRulesetSummary;
	/** The stored ruleset with `id` set to the stored `custom:` id; null if it no longer validates. */
	ruleset: Ruleset | null;
	issues: ValidationIssue[];
}

/** Scoped read: the organisation's own ruleset or a global one, else null. */
export function getCustomRuleset(
	db: Db,
	organisationId: string,
	id: string
): LoadedCustomRuleset | null {
	const row = db
		.prepare(
			`SELECT ${summaryColumns}, ruleset_json FROM custom_rulesets
			 WHERE id = $id AND (organisation_id = $organisationId OR organisation_id IS NULL)`
		)
		.get({ id, organisationId }) as (SummaryRow & { ruleset_json: string }) | undefined;
	if (!row) return null;
	// Validated again on every use: the schema may have grown stricter since the upload.
	const outcome = loadRuleset(JSON.parse(row.ruleset_json));
	return {
		summary: toSummary(row),
		ruleset: outcome.ok ? { ...outcome.value, id: row.id } : null,
		issues: outcome.ok ? [] : outcome.issues
	};
}

/** Deletes within exactly this scope: an organisation's own (not global), or a global one. */
export function deleteCustomRuleset(db: Db, organisationId: string | null, id: string): boolean {
	const sql =
		organisationId === null
			? 'DELETE FROM custom_rulesets WHERE id = $id AND organisation_id IS NULL'
			: 'DELETE FROM custom_rulesets WHERE id = $id AND organisation_id = $organisationId';
	const params = organisationId === null ? { id } : { id, organisationId };
	return db.prepare(sql).run(params).changes > 0;
}

export interface ResolvedRuleset {
	ruleset: Ruleset;
	/** What to call it on screen: the shipped label or the custom name. */
	name: string;
	custom: boolean;
}

/** A shipped id, or a custom id visible to this organisation; null otherwise. */
export function resolveRuleset(db: Db, organisationId: string, id: string): ResolvedRuleset | null {
	if (isCustomRulesetId(id)) {
		const loaded = getCustomRuleset(db, organisationId, id);
		return loaded?.ruleset
			? { ruleset: loaded.ruleset, name: loaded.summary.name, custom: true }
			: null;
	}
	const shipped = getRuleset(id);
	return shipped ? { ruleset: shipped, name: shipped.label, custom: false } : null;
}
