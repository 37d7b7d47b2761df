// Codes that appear in an assessment file (pso-assessment/1). Contract §2 and §4.
// The order of each list is the order the app shows them in.

/** Starting position at inflow (contract §4, pso-method §2.1). */
export const positionCodes = [
	'wsw',
	'participatiewet',
	'participatiewet-lks',
	'statushouder',
	'ukraine-tpd',
	'wia-wao',
	'wajong',
	'doelgroepregister',
	'young-disabled-wml',
	'wiw-id',
	'status-lost-2y',
	'ww',
	'vso-pro',
	'bbl-bol-1',
	'bbl-bol-2',
	'bbl-bol-3-4'
] as const;
export type PositionCode = (typeof positionCodes)[number];

/** Contract type (contract §4, pso-method §2.2). */
export const contractCodes = [
	'regular',
	'supported',
	'secondment-flex',
	'zero-hours',
	'placement',
	'trial'
] as const;
export type ContractCode = (typeof contractCodes)[number];

/** What kind of supplier an indirect purchase went to (contract §2, pso-method §4). */
export const purchaseKinds = ['pso-certified', 'sw-company'] as const;
export type PurchaseKind = (typeof purchaseKinds)[number];

export const qualitativeStatuses = ['met', 'partial', 'unmet', 'unknown'] as const;
export type QualitativeStatus = (typeof qualitativeStatuses)[number];

/** The four qualitative criteria (pso-method §7, source S21). */
export const qualitativeCriteria = [
	'suitableWork',
	'integration',
	'development',
	'guidance'
] as const;
export type QualitativeCriterion = (typeof qualitativeCriteria)[number];

/** Every rung a result can report, lowest first (contract §3a). */
export const rungCodes = [
	'not-eligible',
	'none',
	'basistrede',
	'trede-1',
	'trede-2',
	'trede-3'
] as const;
export type RungCode = (typeof rungCodes)[number];

/** Rungs an action plan may aim at (contract §3.13). */
export const targetRungCodes = ['basistrede', 'trede-1', 'trede-2', 'trede-3'] as const;
export type TargetRungCode = (typeof targetRungCodes)[number];

/** The line date fields a counting window can be anchored on (contract §4). */
export const lineDateFields = ['inflow', 'lksUntil', 'indicationUntil', 'schoolLeft'] as const;
export type LineDateField = (typeof lineDateFields)[number];

/** Position in `rungCodes`, for "at or above" comparisons. */
export function rungIndex(rung: RungCode): number {
	return rungCodes.indexOf(rung);
}
