// Tenders of an organisation (issue 13 item 3): the terms of one tender as the tender
// documents state them. Every read and write is scoped by organisation, so an id of another
// organisation is simply not found. The valuation is computed on each view
// (tender-valuation.ts), never stored.
import { listPolicies } from '$lib/sr/policy-registry';
import type { TenderScope } from '$lib/sr/tender-schema';
import type { Db } from './db';
import { newId } from './ids';
import { listCustomSrPolicies } from './sr-policies';
import { availablePolicy } from './tender-valuation';

export interface TenderFields {
	name: string;
	/** A shipped buyer policy id, or `custom:<uuid>` of one the organisation may use (sr-policies.ts). */
	policyId: string;
	/** Euros excluding VAT (SR §2). */
	contractValue: number;
	scope: TenderScope;
	labourSharePct: number | null;
	start: string;
	end: string;
	/** The SR percentage the tender documents state (SR §3.2). */
	pctOverride: number | null;
	notes: string | null;
}

export interface Tender extends TenderFields {
	id: string;
	organisationId: string;
	createdAt: number;
	updatedAt: number;
}

interface TenderRow {
	id: string;
	organisation_id: string;
	name: string;
	policy_id: string;
	contract_value: number;
	scope: TenderScope;
	labour_share_pct: number | null;
	start_on: string;
	end_on: string;
	pct_override: number | null;
	notes: string | null;
	created_at: number;
	updated_at: number;
}

const columns = `id, organisation_id, name, policy_id, contract_value, scope, labour_share_pct,
	start_on, end_on, pct_override, notes, created_at, updated_at`;

const toTender = (r: TenderRow): Tender => ({
	id: r.id,
	organisationId: r.organisation_id,
	name: r.name,
	policyId: r.policy_id,
	contractValue: r.contract_value,
	scope: r.scope,
	labourSharePct: r.labour_share_pct,
	start: r.start_on,
	end: r.end_on,
	pctOverride: r.pct_override,
	notes: r.notes,
	createdAt: r.created_at,
	updatedAt: r.updated_at
});

/** A policy id the organisation may not use: another organisation's, or none at all. */
export class UnknownPolicyError extends Error {
	constructor(policyId: string) {
		super(`unknown policy: ${policyId}`);
		this.name = 'UnknownPolicyError';
	}
}

/** Whether a tender of this organisation may be valued under `policyId`. */
export function isPolicyAvailable(db: Db, organisationId: string, policyId: string): boolean {
	return availablePolicy(db, organisationId, policyId) !== null;
}

export interface PolicyChoice {
	id: string;
	title: string;
	/** The organisation's own or a global custom policy ("eigen beleid"). */
	custom: boolean;
}

/** What the tender form and the comparison offer: the shipped policies, then the custom ones. */
export function policyChoices(db: Db, organisationId: string): PolicyChoice[] {
	return [
		...listPolicies().map(({ id, title }) => ({ id, title, custom: false })),
		...listCustomSrPolicies(db, organisationId).map(({ id, title }) => ({
			id,
			title,
			custom: true
		}))
	];
}

function assertPolicyAvailable(db: Db, organisationId: string, policyId: string): void {
	// The form checks this too (beside the field); this guards every other caller.
	if (!isPolicyAvailable(db, organisationId, policyId)) throw new UnknownPolicyError(policyId);
}

function fieldParams(fields: TenderFields) {
	return {
		name: fields.name,
		policyId: fields.policyId,
		contractValue: fields.contractValue,
		scope: fields.scope,
		labourSharePct: fields.labourSharePct,
		start: fields.start,
		end: fields.end,
		pctOverride: fields.pctOverride,
		notes: fields.notes
	};
}

export function addTender(
	db: Db,
	organisationId: string,
	userId: string,
	fields: TenderFields,
	now: number
): Tender {
	const id = newId();
	db.transaction(() => {
		assertPolicyAvailable(db, organisationId, fields.policyId);
		db.prepare(
			`INSERT INTO tenders (id, organisation_id, name, policy_id, contract_value, scope,
			   labour_share_pct, start_on, end_on, pct_override, notes, created_by, created_at, updated_at)
			 VALUES ($id, $organisationId, $name, $policyId, $contractValue, $scope, $labourSharePct,
			   $start, $end, $pctOverride, $notes, $userId, $now, $now)`
		).run({ id, organisationId, ...fieldParams(fields), userId, now });
	}).immediate();
	return getTender(db, organisationId, id)!;
}

/** False when no such tender belongs to this organisation; throws UnknownPolicyError. */
export function updateTender(
	db: Db,
	organisationId: string,
	tenderId: string,
	fields: TenderFields,
	now: number
): boolean {
	return db
		.transaction(() => {
			assertPolicyAvailable(db, organisationId, fields.policyId);
			return (
				db
					.prepare(
						`UPDATE tenders SET name = $name, policy_id = $policyId, contract_value = $contractValue,
						   scope = $scope, labour_share_pct = $labourSharePct, start_on = $start, end_on = $end,
						   pct_override = $pctOverride, notes = $notes, updated_at = $now
						 WHERE id = $tenderId AND organisation_id = $organisationId`
					)
					.run({ ...fieldParams(fields), now, tenderId, organisationId }).changes > 0
			);
		})
		.immediate();
}

export function deleteTender(db: Db, organisationId: string, tenderId: string): boolean {
	return db
		.transaction(
			() =>
				db
					.prepare('DELETE FROM tenders WHERE id = $tenderId AND organisation_id = $organisationId')
					.run({ tenderId, organisationId }).changes > 0
		)
		.immediate();
}

/** Scoped read: null for an id of another organisation. */
export function getTender(db: Db, organisationId: string, tenderId: string): Tender | null {
	const row = db
		.prepare(
			`SELECT ${columns} FROM tenders WHERE id = $tenderId AND organisation_id = $organisationId`
		)
		.get({ tenderId, organisationId }) as TenderRow | undefined;
	return row ? toTender(row) : null;
}

/** Latest start first. */
export function listTenders(db: Db, organisationId: string): Tender[] {
	return (
		db
			.prepare(
				`SELECT ${columns} FROM tenders WHERE organisation_id = $organisationId
				 ORDER BY start_on DESC, created_at DESC, id`
			)
			.all({ organisationId }) as TenderRow[]
	).map(toTender);
}

/**
 * The tenders of several organisations in one query (the advisor portfolio's page), in the
 * order of listTenders per organisation. Only the ids given are read.
 */
export function listTendersOf(db: Db, organisationIds: readonly string[]): Tender[] {
	if (organisationIds.length === 0) return [];
	return (
		db
			.prepare(
				`SELECT ${columns} FROM tenders
				 WHERE organisation_id IN (SELECT value FROM json_each($ids))
				 ORDER BY organisation_id, start_on DESC, created_at DESC, id`
			)
			.all({ ids: JSON.stringify(organisationIds) }) as TenderRow[]
	).map(toTender);
}
