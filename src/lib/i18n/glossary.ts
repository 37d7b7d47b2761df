import { m } from '$lib/paraglide/messages';
import type { Lang } from '$lib/pso/lang';

// The glossary page's terms. Their words live in the catalogue like every other page text
// (docs/architecture.md, "Where a text lives"); this typed list gives each term its anchor
// and the sources its explanation rests on, and names each message function outright so the
// catalogue test sees it.

type Message = (inputs: Record<string, never>, options: { locale: Lang }) => string;

export interface GlossaryTerm {
	/** Anchor on the glossary page (`/glossary#peiljaar`); stable, so other pages can link it. */
	id: string;
	term: Message;
	text: Message;
	/** Source ids (src/lib/pso/sources.json) the explanation rests on. */
	sources: readonly string[];
}

/** The page sorts them by the term in the reader's language. */
export const glossaryTerms: readonly GlossaryTerm[] = [
	{
		id: 'aspirant-status',
		term: m.glossary_term_aspirant_status,
		text: m.glossary_text_aspirant_status,
		sources: ['S20', 'S13']
	},
	{
		id: 'basistrede',
		term: m.glossary_term_basistrede,
		text: m.glossary_text_basistrede,
		sources: ['S13', 'S14']
	},
	{
		id: 'doelgroepregister',
		term: m.glossary_term_doelgroepregister,
		text: m.glossary_text_doelgroepregister,
		sources: ['S49', 'S16']
	},
	{
		id: 'duurzaam-contract',
		term: m.glossary_term_duurzaam_contract,
		text: m.glossary_text_duurzaam_contract,
		sources: ['S22']
	},
	{ id: 'fte', term: m.glossary_term_fte, text: m.glossary_text_fte, sources: ['S16', 'S17'] },
	{
		id: 'loonkostensubsidie',
		term: m.glossary_term_loonkostensubsidie,
		text: m.glossary_text_loonkostensubsidie,
		sources: ['S16']
	},
	{
		id: 'nadere-indicatie',
		term: m.glossary_term_nadere_indicatie,
		text: m.glossary_text_nadere_indicatie,
		sources: ['S22']
	},
	{ id: 'norm', term: m.glossary_term_norm, text: m.glossary_text_norm, sources: ['S19', 'S5'] },
	{
		id: 'participatiewet',
		term: m.glossary_term_participatiewet,
		text: m.glossary_text_participatiewet,
		sources: ['S16', 'S10']
	},
	{
		id: 'peiljaar',
		term: m.glossary_term_peiljaar,
		text: m.glossary_text_peiljaar,
		sources: ['S17', 'S50']
	},
	{
		id: 'pso-30-plus',
		term: m.glossary_term_pso_30_plus,
		text: m.glossary_text_pso_30_plus,
		sources: ['S22', 'S23']
	},
	{
		id: 'kernteam',
		term: m.glossary_term_kernteam,
		text: m.glossary_text_kernteam,
		// The Kernteam route comes from the handbook 1.7 announcement, which is not in the
		// source list: no source rather than a wrong one.
		sources: []
	},
	{
		id: 'doelgroep',
		term: m.glossary_term_doelgroep,
		text: m.glossary_text_doelgroep,
		sources: ['S16']
	},
	{
		id: 'sociale-bijdrage',
		term: m.glossary_term_sociale_bijdrage,
		text: m.glossary_text_sociale_bijdrage,
		sources: ['S17', 'S42']
	},
	{
		id: 'sociale-inkoop',
		term: m.glossary_term_sociale_inkoop,
		text: m.glossary_text_sociale_inkoop,
		sources: ['S18']
	},
	{
		id: 'sw-beschut-werk',
		term: m.glossary_term_sw_beschut_werk,
		text: m.glossary_text_sw_beschut_werk,
		sources: ['S16', 'S5']
	},
	{
		id: 'trede',
		term: m.glossary_term_trede,
		text: m.glossary_text_trede,
		sources: ['S20', 'S29']
	},
	{ id: 'wajong', term: m.glossary_term_wajong, text: m.glossary_text_wajong, sources: ['S16'] },
	// Terms the line form's help texts use (glossary-mentions.ts links them there).
	{
		id: 'instroomdatum',
		term: m.glossary_term_instroomdatum,
		text: m.glossary_text_instroomdatum,
		sources: ['S16', 'S10']
	},
	{
		id: 'telperiode',
		term: m.glossary_term_telperiode,
		text: m.glossary_text_telperiode,
		sources: ['S16', 'S10']
	},
	{
		id: 'statushouder',
		term: m.glossary_term_statushouder,
		text: m.glossary_text_statushouder,
		sources: ['S9', 'S16']
	},
	{ id: 'ww', term: m.glossary_term_ww, text: m.glossary_text_ww, sources: ['S16', 'S5'] },
	{ id: 'wia-wao', term: m.glossary_term_wia_wao, text: m.glossary_text_wia_wao, sources: ['S16'] },
	{
		id: 'vso-pro',
		term: m.glossary_term_vso_pro,
		text: m.glossary_text_vso_pro,
		sources: ['S16', 'S5']
	},
	{
		id: 'bbl-bol',
		term: m.glossary_term_bbl_bol,
		text: m.glossary_text_bbl_bol,
		sources: ['S11', 'S12', 'S16']
	},
	{
		id: 'handleiding',
		term: m.glossary_term_handleiding,
		text: m.glossary_text_handleiding,
		sources: ['S8', 'S13']
	}
];
