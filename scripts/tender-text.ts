// `npm run tender -- FILE --format text`: the sr-result/1 as a short summary in Dutch or
// English. Every unknown amount reads as a range, and the first line says the buyer's own
// tender documents decide (SR §6).
import { formatDate, formatEuro, formatNumber, formatShare } from '../src/lib/pso/format-number';
import type { Lang, TextTable } from '../src/lib/pso/lang';
import { rungLabels } from '../src/lib/pso/rung-texts';
import type { BuyerPolicy, SrPolicy } from '../src/lib/sr/policy-schema';
import type { Range, SrResult, WarningCode } from '../src/lib/sr/result-schema';
import type { SrTender } from '../src/lib/sr/tender-schema';

const warningTexts: TextTable<WarningCode> = {
	'threshold-unknown': {
		nl: 'De drempel van dit beleid is onbekend: gerekend alsof de verplichting geldt.',
		en: 'The threshold of this policy is unknown: computed as if the obligation applies.'
	},
	'labour-share-unknown': {
		nl: 'Het aandeel arbeid in de opdracht is niet opgegeven; het beleid hangt ervan af.',
		en: 'The labour share of the contract is not given; the policy depends on it.'
	},
	'duration-unknown': {
		nl: 'De minimale looptijd van dit beleid is onbekend.',
		en: 'The minimum duration of this policy is unknown.'
	},
	'pct-unknown': {
		nl: 'Het percentage is onbekend: de aanbestedingsdocumenten noemen het. Gerekend met 0 tot 5 %.',
		en: 'The percentage is unknown: the tender documents state it. Computed with 0 to 5 %.'
	},
	'ask-buyer': {
		nl: 'Wat deze trede oplevert, staat niet in de bronnen: vraag het de opdrachtgever.',
		en: 'What this rung earns is not in the sources: ask the buyer.'
	},
	'alternative-route': {
		nl: 'PSO is bij deze opdrachtgever een alternatieve route, geen korting: het aandeel is onbekend of door de opdrachtgever te bevestigen.',
		en: 'With this buyer PSO is an alternative route, not a discount: the share is unknown or for the buyer to confirm.'
	},
	'recertification-needed': {
		nl: 'Het certificaat verloopt vóór het einde van de opdracht: hercertificering op dezelfde trede is nodig.',
		en: 'The certificate expires before the contract ends: recertification at the same rung is needed.'
	},
	'estimate-not-certificate': {
		nl: 'Gerekend met een schatting, niet met een echt PSO-certificaat.',
		en: 'Computed with an estimate, not with a real PSO certificate.'
	}
};

const scopeTexts: TextTable<SrTender['scope']> = {
	works: { nl: 'werken', en: 'works' },
	services: { nl: 'diensten', en: 'services' },
	supplies: { nl: 'leveringen', en: 'supplies' }
};

function amount(range: Range, lang: Lang): string {
	if (range.min === range.max) return formatEuro(range.min, lang);
	const [between, and] = lang === 'nl' ? ['tussen', 'en'] : ['between', 'and'];
	return `${between} ${formatEuro(range.min, lang)} ${and} ${formatEuro(range.max, lang)}`;
}

function years(range: Range, lang: Lang): string {
	const unit = lang === 'nl' ? 'fte-jaar' : 'full-time years';
	const format = (value: number) => formatNumber(value, lang, 0, 2);
	return range.min === range.max
		? `${format(range.min)} ${unit}`
		: `${format(range.min)}–${format(range.max)} ${unit}`;
}

function isBuyerPolicy(policy: SrPolicy): policy is BuyerPolicy {
	return 'lastCheckedOn' in policy && typeof policy.lastCheckedOn === 'string';
}

function policyLine(policy: SrPolicy, result: SrResult, lang: Lang): string {
	const nl = lang === 'nl';
	const version = `${nl ? 'versie' : 'version'} ${result.policyVersion ?? (nl ? 'onbekend' : 'unknown')}`;
	if (!isBuyerPolicy(policy)) return `${nl ? 'Beleid' : 'Policy'}: ${policy.id} (${version})`;
	const checked = `${nl ? 'laatst gecontroleerd' : 'last checked'} ${formatDate(policy.lastCheckedOn, lang)}`;
	return `${nl ? 'Beleid' : 'Policy'}: ${policy.title} [${policy.id}] (${version}; ${checked})`;
}

function applicableText(result: SrResult, lang: Lang): string {
	const nl = lang === 'nl';
	if (result.applicable === true) return nl ? 'ja' : 'yes';
	if (result.applicable === false)
		return nl ? 'nee (onder de drempel)' : 'no (below the threshold)';
	return nl ? 'onbekend (gerekend alsof wel)' : 'unknown (computed as if it does)';
}

export function tenderText(
	tender: SrTender,
	policy: SrPolicy,
	result: SrResult,
	lang: Lang
): string {
	const nl = lang === 'nl';
	const lines = [
		nl
			? 'Social Return: indicatieve berekening. De aanbestedingsdocumenten van de opdrachtgever beslissen.'
			: "Social Return: an indicative calculation. The buyer's own tender documents decide.",
		policyLine(policy, result, lang),
		`${nl ? 'Opdracht' : 'Contract'}: ${formatEuro(tender.contractValue, lang)} ${nl ? 'excl. btw' : 'excl. VAT'}, ${scopeTexts[tender.scope][lang]}, ${formatDate(tender.start, lang)} ${nl ? 't/m' : 'to'} ${formatDate(tender.end, lang)}`,
		`${nl ? 'Verplichting van toepassing' : 'Obligation applies'}: ${applicableText(result, lang)}`,
		`${nl ? 'Percentage' : 'Percentage'}: ${result.pct === null ? (nl ? 'onbekend' : 'unknown') : formatShare(result.pct, lang)}`,
		`${nl ? 'Verplichting' : 'Obligation'}: ${amount(result.obligation, lang)}`
	];
	const certificate = tender.certificate ?? null;
	if (certificate === null) {
		lines.push(`${nl ? 'PSO-certificaat' : 'PSO certificate'}: ${nl ? 'geen' : 'none'}`);
	} else {
		const rung = rungLabels[certificate.pso30plus === true ? 'pso-30plus' : certificate.rung][lang];
		const estimate = tender.estimate === true ? (nl ? ', schatting' : ', estimate') : '';
		lines.push(
			`${nl ? 'PSO-certificaat' : 'PSO certificate'}: ${rung} (${nl ? 'geldig tot' : 'valid until'} ${formatDate(certificate.validUntil, lang)}${estimate})`
		);
	}
	const conditional = result.conditional ? (nl ? ' (voorwaardelijk)' : ' (conditional)') : '';
	lines.push(
		`${nl ? 'Gedekt door PSO' : 'Covered by PSO'}: ${amount(result.credit, lang)}${conditional}`
	);
	lines.push(`${nl ? 'Resterend' : 'Remaining'}: ${amount(result.remaining, lang)}`);
	if (result.recertifyBy !== null) {
		const date = formatDate(result.recertifyBy, lang);
		lines.push(
			nl
				? `Hercertificering op dezelfde trede nodig vóór ${date}.`
				: `Recertification at the same rung needed by ${date}.`
		);
	}
	if (result.fill.length > 0) {
		lines.push('', nl ? 'Invullen met bouwblokken:' : 'Filling the rest with building blocks:');
		for (const entry of result.fill) {
			const label = policy.buildingBlocks.find((block) => block.code === entry.block)?.label;
			const name = label === undefined ? entry.block : `${label} [${entry.block}]`;
			const value =
				entry.fteYears === null || entry.valuePerYear === null
					? nl
						? 'geen waarde per jaar bekend'
						: 'no value per year known'
					: `${years(entry.fteYears, lang)} (${formatEuro(entry.valuePerYear, lang)} ${nl ? 'per jaar' : 'per year'})`;
			lines.push(`  - ${name}: ${value}`);
		}
	}
	if (result.warnings.length > 0) {
		lines.push('', nl ? 'Let op:' : 'Note:');
		for (const code of result.warnings) lines.push(`  - ${warningTexts[code][lang]}`);
	}
	const sources = policy.sources ?? [];
	if (sources.length > 0) {
		lines.push('', nl ? 'Bronnen:' : 'Sources:');
		for (const source of sources) {
			const detail = [source.title, source.url].filter((part) => part !== undefined).join(', ');
			lines.push(`  ${source.id}${detail === '' ? '' : `. ${detail}`}`);
		}
	}
	return `${lines.join('\n')}\n`;
}
