// Buyer Social Return policies as data (SR §5). Two schemas over one set of fields:
// - the inline policy of an `sr-tender/1` file (SR §5.3): only the fields the computation
//   reads; other fields are allowed and ignored;
// - the buyer policy (`sr-policy/1`, SR §5.1): shipped and custom policies, strict, with the
//   buyer, the sources and `lastCheckedOn`, and every stated number tied to a source.
// Both build the same field shapes, so a buyer policy is also a valid inline policy.
import { z } from 'zod';
import {
	addCodedIssue,
	codeField,
	isoDateField,
	literalField,
	noteField,
	numberField,
	textField
} from '../pso/schema-fields';

export const provenances = ['stated', 'inferred', 'user', 'unknown'] as const;
export type Provenance = (typeof provenances)[number];
export const policyScopes = ['works', 'services', 'supplies', 'all'] as const;
export type PolicyScope = (typeof policyScopes)[number];
/** Rungs a PSO rule can name; `pso30plus` is the flag on a trede 3 certificate (SR §3.4). */
export const ruleRungs = [
	'aspirant',
	'basistrede',
	'trede-1',
	'trede-2',
	'trede-3',
	'pso30plus'
] as const;
export type RuleRung = (typeof ruleRungs)[number];
export const effectKinds = [
	'fulfils_obligation',
	'reduces_obligation_pct',
	'alternative_route',
	'none',
	'unknown'
] as const;
export const blockUnits = ['fte_year', 'learning_year', 'month', 'day', 'invoice'] as const;
export type BlockUnit = (typeof blockUnits)[number];

/** Bounds as for uploaded rulesets: no amount above 1e12 euros, no text without a limit. */
export const MAX_EUR = 1e12;
const MAX_ITEMS = 100;
const pctBounds = { min: 0, max: 100 } as const;
const sourceIdField = z
	.string()
	.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'must be a source id such as "R1"');
const policyIdField = z
	.string()
	.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be 1-64 lower-case letters, digits, ".", "_" or "-"');
const provenanceField = codeField(provenances, 'invalid');

const buyerSourceSchema = z.strictObject({
	id: sourceIdField,
	title: textField(300, { refuseBsn: false }),
	url: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).max(500),
	documentDate: isoDateField().optional(),
	officialRef: textField(100, { refuseBsn: false }).optional(),
	note: noteField(1000).optional()
});

type Mode = 'inline' | 'buyer';
/** Inline objects ignore unknown fields (SR §5.3); buyer policies refuse them (typos). */
function objectFor(mode: Mode) {
	return mode === 'inline' ? z.object : z.strictObject;
}

/** `Num` (SR §5.2): `value: null` exactly when `provenance` is `unknown`. */
function num(mode: Mode, bounds: Parameters<typeof numberField>[0]) {
	return objectFor(mode)({
		value: numberField(bounds).nullable(),
		provenance: provenanceField,
		sourceId: sourceIdField.optional()
	}).superRefine((n, ctx) => {
		if (n.value === null && n.provenance !== 'unknown') {
			addCodedIssue(ctx, 'invalid', 'is null, so provenance must be "unknown"', ['provenance']);
		} else if (n.value !== null && n.provenance === 'unknown') {
			addCodedIssue(ctx, 'invalid', 'must be null when provenance is "unknown"', ['value']);
		}
	});
}

/** Why a plain number (a labour-share limit) holds: buyer policies say it (SR §5.2). */
const basisSchema = z.strictObject({
	provenance: codeField(['stated', 'inferred', 'user'] as const, 'invalid'),
	sourceId: sourceIdField.optional()
});

function fieldsFor(mode: Mode) {
	const object = objectFor(mode);
	const buyer = mode === 'buyer';
	const note = buyer ? { note: noteField(1000).optional() } : {};
	const pctNum = num(mode, pctBounds);
	const effect = z.discriminatedUnion('kind', [
		object({ kind: z.literal('fulfils_obligation') }),
		object({ kind: z.literal('reduces_obligation_pct'), pct: pctNum }),
		/** Leiden-type "alternative route" (SR §3.4): computed as a reduction by `sharePct`. */
		object({ kind: z.literal('alternative_route'), sharePct: pctNum }),
		object({ kind: z.literal('none') }),
		object({ kind: z.literal('unknown') })
	]);
	const threshold = object({
		scope: codeField(policyScopes, 'invalid'),
		minContractValueExVat: num(mode, { min: 0, max: MAX_EUR }),
		minLabourSharePct: numberField(pctBounds).optional(),
		/** Our extension (SR §3.1): e.g. central government only from 6 months. */
		minDurationMonths: num(mode, { integer: true, min: 0, max: 600 }).optional(),
		...(buyer ? { minLabourSharePctBasis: basisSchema.optional() } : {}),
		...note
	});
	const psoRule = object({
		rung: codeField(ruleRungs, 'unknown-rung'),
		effect,
		validForWholeContract: z.boolean().optional(),
		...(buyer
			? {
					appliesTo: codeField(
						['main_contractor', 'any_contractor'] as const,
						'invalid'
					).optional(),
					automaticForAllContracts: z.boolean().optional(),
					provenance: provenanceField,
					sourceId: sourceIdField.optional()
				}
			: {}),
		...note
	});
	const bonus = z.strictObject({
		condition: textField(200),
		valueEur: num(mode, { min: 0, max: MAX_EUR })
	});
	const block = object({
		code: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'must be a short code such as "pw-gt-2y"'),
		label: textField(200),
		valueEur: num(mode, { positive: true, limit: MAX_EUR }),
		/** Absent: the value is per full-time year (SR §3.7). */
		unit: codeField(blockUnits, 'invalid').optional(),
		...(buyer
			? {
					countsForYears: z
						.union([numberField({ integer: true, min: 1, max: 50 }), z.literal('always')])
						.optional(),
					bonuses: z.array(bonus).max(20).optional()
				}
			: {}),
		...note
	});
	const source = buyer
		? buyerSourceSchema
		: z.object({
				id: sourceIdField,
				title: textField(300, { refuseBsn: false }).optional(),
				url: textField(500, { refuseBsn: false }).optional()
			});
	// An inline policy may leave out a list (= empty) or the standard % (= unknown).
	const list = <T extends z.ZodType>(item: T) =>
		buyer ? z.array(item).max(MAX_ITEMS) : z.array(item).max(MAX_ITEMS).default([]);
	return {
		// Inline ids are labels for the result; buyer policy ids are also file names and keys.
		id: buyer ? policyIdField : textField(100, { refuseBsn: false }),
		version: textField(40, { refuseBsn: false }).nullish(),
		thresholds: list(threshold),
		standardPct: buyer ? pctNum : pctNum.default({ value: null, provenance: 'unknown' as const }),
		reducedPct: object({
			pct: pctNum,
			belowLabourSharePct: numberField(pctBounds),
			...(buyer ? { belowLabourSharePctBasis: basisSchema } : {}),
			...note
		}).optional(),
		psoRules: list(psoRule),
		buildingBlocks: list(block),
		sources: buyer ? z.array(source).max(MAX_ITEMS) : z.array(source).max(MAX_ITEMS).optional()
	};
}

interface Payload {
	value: unknown;
	issues: readonly unknown[];
}
/** The duplicate checks run even when a sibling field failed, so one pass reports most. */
const whenObject = {
	when: (payload: Payload) => typeof payload.value === 'object' && payload.value !== null
};

function listAt(value: unknown, key: string): unknown[] {
	const list = (value as Record<string, unknown>)[key];
	return Array.isArray(list) ? list : [];
}

/** SR §5.3: at most one threshold per scope, one rule per rung, one block per code. */
function checkDuplicates(policy: unknown, ctx: z.core.$RefinementCtx): void {
	const lists = [
		['thresholds', 'scope'],
		['psoRules', 'rung'],
		['buildingBlocks', 'code'],
		['sources', 'id']
	] as const;
	for (const [list, key] of lists) {
		const seen = new Set<unknown>();
		listAt(policy, list).forEach((item, index) => {
			const value = (item as Record<string, unknown> | null)?.[key];
			if (typeof value !== 'string') return;
			if (seen.has(value)) {
				addCodedIssue(ctx, 'duplicate-id', `"${value}" is used by an earlier entry`, [
					list,
					index,
					key
				]);
			}
			seen.add(value);
		});
	}
}

/** Every `{ provenance, sourceId }` in a buyer policy, with its path. */
function provenanceNodes(
	value: unknown,
	path: PropertyKey[] = []
): { node: Record<string, unknown>; path: PropertyKey[] }[] {
	if (value === null || typeof value !== 'object') return [];
	if (Array.isArray(value)) return value.flatMap((item, i) => provenanceNodes(item, [...path, i]));
	const node = value as Record<string, unknown>;
	const here = typeof node.provenance === 'string' ? [{ node, path }] : [];
	return [
		...here,
		...Object.entries(node).flatMap(([key, child]) => provenanceNodes(child, [...path, key]))
	];
}

/** SR §5.2: a stated or inferred value names its source, and that source is in the policy. */
function checkSources(policy: unknown, ctx: z.core.$RefinementCtx): void {
	const ids = new Set(
		listAt(policy, 'sources').map((source) => (source as Record<string, unknown> | null)?.id)
	);
	for (const { node, path } of provenanceNodes(policy)) {
		const sourceId = node.sourceId;
		if (sourceId === undefined) {
			if (node.provenance === 'stated' || node.provenance === 'inferred') {
				addCodedIssue(ctx, 'required', `is required for a ${node.provenance} value`, [
					...path,
					'sourceId'
				]);
			}
		} else if (typeof sourceId === 'string' && !ids.has(sourceId)) {
			addCodedIssue(ctx, 'invalid', `"${sourceId}" is not one of this policy's sources`, [
				...path,
				'sourceId'
			]);
		}
	}
}

/** The policy inside an `sr-tender/1` file (SR §5.3). */
export const inlinePolicySchema = z
	.object(fieldsFor('inline'))
	.superRefine((policy, ctx) => checkDuplicates(policy, ctx), whenObject);

export const buyerKinds = [
	'municipality',
	'region',
	'convenant',
	'province',
	'water_board',
	'central',
	'other'
] as const;

/** A shipped or custom buyer policy, `sr-policy/1` (SR §5.1). */
export const buyerPolicySchema = z
	.strictObject({
		format: literalField('sr-policy/1', 'unknown-format'),
		...fieldsFor('buyer'),
		sources: z.array(buyerSourceSchema).max(MAX_ITEMS),
		kind: codeField(['shipped', 'custom'] as const, 'invalid'),
		title: textField(200),
		buyer: z.strictObject({
			name: textField(200),
			type: codeField(buyerKinds, 'invalid'),
			members: z.array(textField(200)).max(400).optional()
		}),
		/** verified: rule read in the buyer's own text; partial: some of it; lead: unverified. */
		status: codeField(['verified', 'partial', 'lead'] as const, 'invalid'),
		inForceFrom: isoDateField().optional(),
		/** What the percentage is taken of; the computation uses the contract value (SR §3.3). */
		base: codeField(
			['contract_value_ex_vat', 'invoiced_turnover', 'wage_sum', 'custom'] as const,
			'invalid'
		),
		socialPurchase: z
			.array(
				z.strictObject({
					supplierKind: codeField(
						['sw_company', 'pso30plus', 'recognised_social_enterprise', 'pso_any_rung'] as const,
						'invalid'
					),
					valuation: codeField(['invoice_ex_vat', 'pct_of_invoice', 'unknown'] as const, 'invalid'),
					pct: num('buyer', pctBounds).optional(),
					provenance: provenanceField,
					sourceId: sourceIdField.optional(),
					note: noteField(1000).optional()
				})
			)
			.max(MAX_ITEMS),
		notes: z.array(textField(1000)).max(MAX_ITEMS),
		lastCheckedOn: isoDateField()
	})
	.superRefine((policy, ctx) => {
		checkDuplicates(policy, ctx);
		checkSources(policy, ctx);
	}, whenObject);

export type SrPolicy = z.infer<typeof inlinePolicySchema>;
export type BuyerPolicy = z.infer<typeof buyerPolicySchema>;
export type PsoRule = SrPolicy['psoRules'][number];
export type PsoEffect = PsoRule['effect'];
export type Threshold = SrPolicy['thresholds'][number];
export type BuildingBlock = SrPolicy['buildingBlocks'][number];
export type Num = SrPolicy['standardPct'];
