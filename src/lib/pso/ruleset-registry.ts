// The shipped rulesets and user-supplied ones. To add a handbook version: add
// rulesets/<id>.json and one import + one entry in `shippedFiles` below; everything else
// (the list, the default, the version in force on a date) follows from the data.
// Plain JSON imports work in Vite and in tsx alike, unlike import.meta.glob.
import ruleset16 from './rulesets/1.6.json';
import ruleset17 from './rulesets/1.7.json';
import ruleset19 from './rulesets/1.9.json';
import ruleset21 from './rulesets/2.1.json';
import { rulesetSchema, type Ruleset } from './ruleset-schema';
import { isIsoDate } from './iso-date';
import { issuesFromZod, type ParseOutcome } from './validation-issues';

const shippedFiles: readonly unknown[] = [ruleset16, ruleset17, ruleset19, ruleset21];

export interface RulesetSummary {
	id: string;
	label: string;
	effectiveFrom: string;
}

/** Validates a ruleset (shipped or user-supplied); issues carry paths like `norms.table[3].trede1`. */
export function loadRuleset(json: unknown): ParseOutcome<Ruleset> {
	const parsed = rulesetSchema.safeParse(json);
	if (parsed.success) return { ok: true, value: parsed.data };
	return { ok: false, issues: issuesFromZod(parsed.error, json) };
}

function loadShipped(json: unknown): Ruleset {
	const outcome = loadRuleset(json);
	if (!outcome.ok) {
		// A shipped file is part of the code: failing loudly at start-up is right.
		const detail = outcome.issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`);
		throw new Error(`Invalid shipped ruleset: ${detail.join('; ')}`);
	}
	return outcome.value;
}

/** Oldest first; ids are unique (checked by the registry test). */
const shipped: readonly Ruleset[] = shippedFiles
	.map(loadShipped)
	.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));

const byId = new Map(shipped.map((ruleset) => [ruleset.id, ruleset]));

function newest(): Ruleset {
	const last = shipped[shipped.length - 1];
	if (last === undefined) throw new Error('No rulesets shipped');
	return last;
}

/** The default ruleset: the newest shipped one (contract §1). */
export const newestRulesetId: string = newest().id;

export function getRuleset(id: string): Ruleset | null {
	return byId.get(id) ?? null;
}

export function listRulesets(): RulesetSummary[] {
	return shipped.map(({ id, label, effectiveFrom }) => ({ id, label, effectiveFrom }));
}

export function isShippedRulesetId(id: string): boolean {
	return byId.has(id);
}

/** The shipped ruleset in force on `isoDate` (YYYY-MM-DD), or null before the oldest. */
export function rulesetForDate(isoDate: string): Ruleset | null {
	if (!isIsoDate(isoDate)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
	let found: Ruleset | null = null;
	for (const ruleset of shipped) {
		if (ruleset.effectiveFrom <= isoDate) found = ruleset;
	}
	return found;
}
