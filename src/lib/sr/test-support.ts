// Builders for SR tests: an inline policy and a tender with sensible defaults, overridden per
// case, always passed through the real schemas so tests see what the CLI would see.
import { inlinePolicySchema, type SrPolicy } from './policy-schema';
import { parseTender, type SrTender } from './tender-schema';

export type Json = Record<string, unknown>;

export const stated = (value: number | null) =>
	value === null ? { value: null, provenance: 'unknown' } : { value, provenance: 'user' };

/** A policy: 5 % from € 100.000 for every scope, trede 2 fulfils, one € 40.000 block. */
export function policyJson(overrides: Json = {}): Json {
	return {
		id: 'test-policy',
		version: '2026',
		thresholds: [{ scope: 'all', minContractValueExVat: stated(100_000) }],
		standardPct: stated(5),
		psoRules: [{ rung: 'trede-2', effect: { kind: 'fulfils_obligation' } }],
		buildingBlocks: [{ code: 'pw-gt-2y', label: 'PW > 2 jaar', valueEur: stated(40_000) }],
		sources: [{ id: 'R1', title: 'Test', url: 'https://example.org' }],
		...overrides
	};
}

export function policy(overrides: Json = {}): SrPolicy {
	return inlinePolicySchema.parse(policyJson(overrides));
}

/** A tender of € 2.000.000 for services, 2027-2028, trede 2 valid to the end. */
export function tenderJson(overrides: Json = {}): Json {
	return {
		format: 'sr-tender/1',
		policy: 'test-policy',
		contractValue: 2_000_000,
		scope: 'services',
		start: '2027-01-01',
		end: '2028-12-31',
		certificate: { rung: 'trede-2', validUntil: '2029-01-01' },
		...overrides
	};
}

export function tender(overrides: Json = {}): SrTender {
	const parsed = parseTender(tenderJson(overrides));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
	return parsed.value;
}
