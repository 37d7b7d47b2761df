// Glossary links in the forms' help texts: each link resolves to an entry, each term used in
// the line form's help is linked at its first use, in Dutch and in English.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import type { Lang } from '$lib/pso/lang';
import { lineOptions } from '../../routes/orgs/[orgId]/assessments/[assessmentId]/workforce/line-options';
import { glossaryTerms } from './glossary';
import { glossaryMentions, glossarySegments } from './glossary-mentions';

const entries = new Set(glossaryTerms.map((t) => t.id));
const linked = (text: string, lang: Lang) =>
	glossarySegments(text, lang).flatMap((s) => (s.href ? [s.href.replace('/glossary#', '')] : []));

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && keep(e.name))
		.map((e) => join(e.parentPath, e.name))
		.filter((path) => !path.includes('/paraglide/'));
}

describe('every glossary link resolves to an entry', () => {
	it.each(Object.keys(glossaryMentions).map((id) => [id]))('mention list: %s', (id) => {
		expect(entries).toContain(id);
	});

	const sources = [
		'messages/nl.json',
		'messages/en.json',
		...filesUnder('src', (name) => /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts')),
		...filesUnder('docs', (name) => name.endsWith('.md'))
	];
	const links = sources.flatMap((file) =>
		[...readFileSync(file, 'utf8').matchAll(/\/glossary#([A-Za-z0-9_-]+)/g)].map(
			(match) => [file, match[1]!] as const
		)
	);

	it('finds the links written out in components', () => {
		expect(links.map(([, id]) => id)).toContain('nadere-indicatie');
	});

	it.each(links)('%s links /glossary#%s', (_file, id) => {
		expect(entries).toContain(id);
	});
});

describe('glossarySegments', () => {
	it.each([
		['nl', 'Medewerker met een Wajong-uitkering. Wajong telt.', ['wajong']],
		['nl', 'Vanuit de WWB, niet de WW.', ['ww']],
		[
			'nl',
			'Staat in het doelgroepregister, niet in de PSO-doelgroep.',
			['doelgroepregister', 'doelgroep']
		],
		['nl', 'Volgens de PSO-handleiding en de handleiding.', ['handleiding']],
		['nl', 'Duurzaam contract voor PSO 30+-toets.', ['duurzaam-contract', 'pso-30-plus']],
		[
			'en',
			'Wage-cost subsidy (LKS) for the Participatiewet.',
			['loonkostensubsidie', 'participatiewet']
		],
		['en', 'A programme for professionals.', []]
	] as const)('%s: %s → %j', (lang, text, ids) => {
		const segments = glossarySegments(text, lang);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(linked(text, lang)).toEqual(ids);
	});

	it('links the first use, not a later one', () => {
		const segments = glossarySegments('LKS loopt; vul de einddatum van de LKS in.', 'nl');
		expect(segments[0]).toEqual({ text: 'LKS', href: '/glossary#loonkostensubsidie' });
		expect(segments.slice(1).every((s) => s.href === undefined)).toBe(true);
	});
});

// The line form's help texts and the terms each must link (by glossary anchor).
describe('the line form links the PSO terms in its help texts', () => {
	const help = (lang: Lang) => {
		const options = lineOptions(lang);
		const byCode = (list: { code: string; help: string }[], code: string) =>
			list.find((o) => o.code === code)!.help;
		return {
			position: (code: string) => byCode(options.positions, code),
			contract: (code: string) => byCode(options.contracts, code)
		};
	};
	type Row = [string, (lang: Lang) => string, string[], string[]];
	const rows: Row[] = [
		['position wsw', (l) => help(l).position('wsw'), ['sw-beschut-werk'], ['sw-beschut-werk']],
		[
			'position participatiewet-lks',
			(l) => help(l).position('participatiewet-lks'),
			['participatiewet', 'loonkostensubsidie', 'instroomdatum'],
			['participatiewet', 'loonkostensubsidie', 'instroomdatum']
		],
		[
			'position statushouder',
			(l) => help(l).position('statushouder'),
			['statushouder', 'instroomdatum', 'handleiding'],
			['statushouder', 'instroomdatum', 'handleiding']
		],
		['position wajong', (l) => help(l).position('wajong'), ['wajong'], ['wajong']],
		['position wia-wao', (l) => help(l).position('wia-wao'), ['wia-wao'], ['wia-wao']],
		[
			'position doelgroepregister',
			(l) => help(l).position('doelgroepregister'),
			['doelgroepregister'],
			['doelgroepregister']
		],
		['position ww', (l) => help(l).position('ww'), ['ww'], ['ww']],
		['position vso-pro', (l) => help(l).position('vso-pro'), ['vso-pro'], ['vso-pro']],
		[
			'position bbl-bol-1',
			(l) => help(l).position('bbl-bol-1'),
			['bbl-bol', 'handleiding'],
			['bbl-bol', 'handleiding']
		],
		[
			'contract secondment-flex',
			(l) => help(l).contract('secondment-flex'),
			['pso-30-plus', 'duurzaam-contract', 'handleiding'],
			['pso-30-plus', 'duurzaam-contract', 'handleiding']
		],
		[
			'inflow hint',
			(l) => m.inflow_hint({}, { locale: l }),
			['telperiode', 'participatiewet'],
			['telperiode', 'participatiewet']
		],
		[
			'LKS hint',
			(l) => m.lks_until_hint({}, { locale: l }),
			['participatiewet', 'loonkostensubsidie'],
			['participatiewet', 'loonkostensubsidie']
		],
		[
			'Wsw indication hint',
			(l) => m.indication_until_hint({}, { locale: l }),
			['sw-beschut-werk'],
			['sw-beschut-werk']
		],
		['school hint', (l) => m.school_left_hint({}, { locale: l }), ['vso-pro'], ['vso-pro']],
		['WW hint', (l) => m.ww_months_hint({}, { locale: l }), ['ww'], ['ww']],
		[
			'PSO 30+ hint',
			(l) => m.pso30_fields_hint({}, { locale: l }),
			['pso-30-plus'],
			['pso-30-plus']
		]
	];
	it.each(rows)('%s', (_name, text, nl, en) => {
		expect(linked(text('nl'), 'nl')).toEqual(nl);
		expect(linked(text('en'), 'en')).toEqual(en);
	});
});
