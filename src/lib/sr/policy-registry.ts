// The shipped buyer policies (SR §7) and the check for custom ones (SR §5.4). To add a
// policy: add policies/<id>.json and one import + one entry in `shippedFiles` below.
// Plain JSON imports work in Vite and in tsx alike, unlike import.meta.glob.
import adviespunt from './policies/nl-adviespunt-social-return.json';
import denHaag from './policies/nl-den-haag.json';
import leiden from './policies/nl-leiden-regio.json';
import noordoostBrabant from './policies/nl-noordoost-brabant.json';
import oostNederland from './policies/nl-oost-nederland.json';
import rijksoverheid from './policies/nl-rijksoverheid.json';
import twente from './policies/nl-twente.json';
import utrecht from './policies/nl-utrecht.json';
import { issuesFromZod, type ParseOutcome, type ValidationIssue } from '../pso/validation-issues';
import { buyerPolicySchema, type BuyerPolicy } from './policy-schema';

const shippedFiles: readonly unknown[] = [
	noordoostBrabant,
	oostNederland,
	adviespunt,
	leiden,
	utrecht,
	twente,
	denHaag,
	rijksoverheid
];

/**
 * Validates a buyer policy, shipped or custom (SR §5.4): bounded numbers and texts, every
 * stated or inferred number tied to one of its sources. Issues read `path: message`.
 */
export function validatePolicy(json: unknown): ParseOutcome<BuyerPolicy> {
	const parsed = buyerPolicySchema.safeParse(json);
	if (parsed.success) return { ok: true, value: parsed.data };
	return { ok: false, issues: issuesFromZod(parsed.error, json) };
}

/** `policy.sources[0].url: must be an http(s) address`, one line per problem. */
export function issueLines(issues: readonly ValidationIssue[]): string[] {
	return issues.map((issue) => `${issue.path === '' ? '(root)' : issue.path}: ${issue.message}`);
}

function loadShipped(json: unknown): BuyerPolicy {
	const outcome = validatePolicy(json);
	// A shipped file is part of the code: failing loudly at start-up is right.
	if (!outcome.ok)
		throw new Error(`Invalid shipped SR policy: ${issueLines(outcome.issues).join('; ')}`);
	return outcome.value;
}

const shipped: readonly BuyerPolicy[] = shippedFiles.map(loadShipped);
const byId = new Map(shipped.map((policy) => [policy.id, policy]));

export interface PolicySummary {
	id: string;
	title: string;
	version: string | null;
	status: BuyerPolicy['status'];
	lastCheckedOn: string;
}

export function getPolicy(id: string): BuyerPolicy | null {
	return byId.get(id) ?? null;
}

/** In shipping order (as in SR §7). */
export function listPolicies(): PolicySummary[] {
	return shipped.map(({ id, title, version, status, lastCheckedOn }) => ({
		id,
		title,
		version: version ?? null,
		status,
		lastCheckedOn
	}));
}

export function shippedPolicyIds(): string[] {
	return shipped.map((policy) => policy.id);
}
