import { m } from '$lib/paraglide/messages';
import type { ContractCode, PositionCode } from '$lib/pso/input-codes';
import type { Lang } from '$lib/pso/lang';

// Plain-language help beside the line form's choices: who belongs to a starting position
// (contract §4, pso-method §2.1) or contract type (pso-method §2.2) and how long the person
// counts. UI text, so it lives in the catalogue; weights differ per ruleset, so the
// explanation names them, not this help.

type Message = (inputs: Record<string, never>, options: { locale: Lang }) => string;

const positionHelp: Record<PositionCode, Message> = {
	wsw: m.position_help_wsw,
	participatiewet: m.position_help_participatiewet,
	'participatiewet-lks': m.position_help_participatiewet_lks,
	statushouder: m.position_help_statushouder,
	'ukraine-tpd': m.position_help_ukraine_tpd,
	'wia-wao': m.position_help_wia_wao,
	wajong: m.position_help_wajong,
	doelgroepregister: m.position_help_doelgroepregister,
	'young-disabled-wml': m.position_help_young_disabled_wml,
	'wiw-id': m.position_help_wiw_id,
	'status-lost-2y': m.position_help_status_lost_2y,
	ww: m.position_help_ww,
	'vso-pro': m.position_help_vso_pro,
	'bbl-bol-1': m.position_help_bbl_bol_1,
	'bbl-bol-2': m.position_help_bbl_bol_2,
	'bbl-bol-3-4': m.position_help_bbl_bol_3_4
};

const contractHelp: Record<ContractCode, Message> = {
	regular: m.contract_help_regular,
	supported: m.contract_help_supported,
	'secondment-flex': m.contract_help_secondment_flex,
	'zero-hours': m.contract_help_zero_hours,
	placement: m.contract_help_placement,
	trial: m.contract_help_trial
};

/** Who belongs to this starting position and how long the person counts. */
export function positionHelpText(code: PositionCode, lang: Lang): string {
	return positionHelp[code]({}, { locale: lang });
}

export function contractHelpText(code: ContractCode, lang: Lang): string {
	return contractHelp[code]({}, { locale: lang });
}
