import { numberRefusalText, type NumberKind } from '$lib/i18n/validation-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { parseNumberInput } from '$lib/pso/number-input';
import { requireUser } from '$lib/server/auth/guards';
import { todayIso } from '$lib/server/today';
import { getPolicy, listPolicies } from '$lib/sr/policy-registry';
import { MAX_EUR } from '$lib/sr/policy-schema';
import { tenderScopes, type TenderScope } from '$lib/sr/tender-schema';
import type { PageServerLoad } from './$types';
import { rungCoverage } from './rung-coverage';

const DEFAULT_MONTHS = '24';

type Field = 'policy' | 'value' | 'scope' | 'labour' | 'pct' | 'months';

interface Bounds {
	kind: NumberKind;
	min: number;
	max: number;
	/** 0 excluded (a contract value). */
	positive?: boolean;
	integer?: boolean;
}

/** A typed number within bounds, the text beside the field when it is not, or null when empty. */
function readNumber(
	text: string,
	bounds: Bounds,
	errors: Partial<Record<Field, string>>,
	field: Field
): number | null {
	if (text.trim() === '') return null;
	const lang = getLocale();
	const read = parseNumberInput(text.trim(), lang);
	if (!read.ok) {
		errors[field] = numberRefusalText(read.reason, bounds.kind, lang);
		return null;
	}
	const { value } = read;
	const outside =
		value < bounds.min || value > bounds.max || (bounds.positive === true && value === 0);
	if (outside || (bounds.integer === true && !Number.isInteger(value))) {
		errors[field] = m.sr_error_number_between({
			min: bounds.min.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB'),
			max: bounds.max.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')
		});
		return null;
	}
	return value;
}

/**
 * The obligation view for buyers' advisors: a GET form, so a question is a URL to share and
 * works without JavaScript. Nothing is stored.
 */
export const load: PageServerLoad = ({ locals, url }) => {
	requireUser(locals, url);
	const policies = listPolicies();
	const param = (name: Field, fallback = '') =>
		(url.searchParams.get(name) ?? fallback).slice(0, 100);
	const values: Record<Field, string> = {
		policy: param('policy', policies[0]?.id ?? ''),
		value: param('value'),
		scope: param('scope', 'services'),
		labour: param('labour'),
		pct: param('pct'),
		months: param('months', DEFAULT_MONTHS)
	};
	const base = { policies, values, scopes: tenderScopes };
	if (!url.searchParams.has('policy')) return { ...base, errors: {}, answer: null };

	const errors: Partial<Record<Field, string>> = {};
	const policy = getPolicy(values.policy);
	if (!policy) errors.policy = m.sr_error_choose_policy();
	const scope = (tenderScopes as readonly string[]).includes(values.scope)
		? (values.scope as TenderScope)
		: null;
	if (!scope) errors.scope = m.sr_error_choose_scope();
	const contractValue = readNumber(
		values.value,
		{ kind: 'amount', min: 0, max: MAX_EUR, positive: true },
		errors,
		'value'
	);
	if (values.value.trim() === '') errors.value = m.sr_error_contract_value_required();
	const pct = { kind: 'decimal', min: 0, max: 100 } as const;
	const labourSharePct = readNumber(values.labour, pct, errors, 'labour');
	const pctOverride = readNumber(values.pct, pct, errors, 'pct');
	const months = readNumber(
		values.months,
		{ kind: 'integer', min: 1, max: 600, integer: true },
		errors,
		'months'
	);
	if (values.months.trim() === '') errors.months = m.sr_error_months_required();

	if (
		!policy ||
		!scope ||
		contractValue === null ||
		months === null ||
		Object.keys(errors).length > 0
	) {
		return { ...base, errors, answer: null };
	}
	const coverage = rungCoverage(
		{ contractValue, scope, labourSharePct, pctOverride, months, start: todayIso() },
		policy
	);
	return {
		...base,
		errors,
		answer: {
			coverage,
			policy: {
				id: policy.id,
				title: policy.title,
				version: policy.version ?? null,
				lastCheckedOn: policy.lastCheckedOn
			},
			start: todayIso()
		}
	};
};
