// Stable codes that appear in a result (pso-result/1, contract §3a). The app and the
// explanation translate them; never rename one, only add.

/** Contract §3.7. */
export const ineligibleReasonCodes = ['fte-below-2', 'active-below-12-months'] as const;
export type IneligibleReasonCode = (typeof ineligibleReasonCodes)[number];

/** Contract §3.13, in the order they are reported. */
export const aspirantMissingCodes = [
	'not-eligible',
	'rung-at-or-above-trede-1',
	'action-plan-missing',
	'not-adopted',
	'not-smart',
	'not-started',
	'target-below-trede-1'
] as const;
export type AspirantMissingCode = (typeof aspirantMissingCodes)[number];

/** Contract §3.14, in the order they are reported. */
export const pso30plusReasonCodes = [
	'rung-below-trede-3',
	'headcount-missing',
	'headcount-share-below-30',
	'fte-share-below-30',
	// Contract §6.3: a fifth of the 30 % on regular contracts (from ruleset 1.7).
	'regular-share-below-fifth'
] as const;
export type Pso30plusReasonCode = (typeof pso30plusReasonCodes)[number];

/** Targets of the next-rung plan (contract §3.15; `basistrede` from §6.2), lowest first. */
export const nextRungTargets = [
	'basistrede',
	'trede-1',
	'trede-2',
	'trede-3',
	'pso-30plus'
] as const;
export type NextRungTarget = (typeof nextRungTargets)[number];
export type TredeTarget = Exclude<NextRungTarget, 'pso-30plus'>;

/** Why a purchase alone cannot reach a rung (contract §6.4); "cap" wins when both hold. */
export const purchaseBlockers = ['cap', 'no-yield'] as const;
export type PurchaseBlocker = (typeof purchaseBlockers)[number];

/**
 * Warning codes, in the order a result lists them. Named by the contract: §3.5, §3.9,
 * §3.11, §4, §3 end, and from version 2 `basistrede-norm-modelled` (§6.2),
 * `lks-end-unknown` and `evidence-missing` (§6.4); the rest mark choices we made where the
 * contract and pso-method are silent (contract §1: "list it in the result's warnings").
 * docs/scoring.md explains each.
 */
export const warningCodes = [
	'norm-estimated',
	'indirect-capped',
	'basistrede-norm-unknown',
	'basistrede-norm-modelled',
	'unconfirmed-weight',
	'position-not-in-ruleset',
	'unconfirmed-window',
	'unconfirmed-norm',
	'unconfirmed-rule',
	'ww-months-missing',
	'inflow-after-start',
	'period-shorter-than-year',
	'headcount-below-qualifying-persons',
	'reference-supplier-used',
	'lks-end-unknown',
	'evidence-missing'
] as const;
export type WarningCode = (typeof warningCodes)[number];
