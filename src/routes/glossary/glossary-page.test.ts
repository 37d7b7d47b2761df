// The glossary: every term in Dutch and English, each with its own anchor on /glossary.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { glossaryTerms } from '$lib/i18n/glossary';
import { langs } from '$lib/pso/lang';
import GlossaryPage from './+page.svelte';

const page = render(GlossaryPage).body.replace(/ class="[^"]*"/g, '');
const term = (id: string) => glossaryTerms.find((t) => t.id === id)!;

describe('glossary', () => {
	it('has the PSO terms a user meets in the forms and the result', () => {
		expect(glossaryTerms.map((t) => t.id)).toEqual(
			expect.arrayContaining([
				'peiljaar',
				'loonkostensubsidie',
				'nadere-indicatie',
				'duurzaam-contract',
				'doelgroepregister',
				'wajong',
				'participatiewet',
				'sw-beschut-werk',
				'basistrede',
				'aspirant-status',
				'pso-30-plus',
				'trede',
				'sociale-inkoop',
				'kernteam'
			])
		);
	});

	it('gives each term a unique anchor', () => {
		const ids = glossaryTerms.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
	});

	it.each(glossaryTerms.map((t) => [t.id]))('%s has its own entry on the page', (id) => {
		const t = term(id);
		expect(page).toContain(`<div id="${id}"><dt>${t.term({}, { locale: 'nl' })}</dt>`);
		expect(page).toContain(`href="#${id}"`);
	});

	it.each(glossaryTerms.flatMap((t) => langs.map((lang) => [t.id, lang] as const)))(
		'%s is explained in %s',
		(id, locale) => {
			const t = term(id);
			expect(t.term({}, { locale }).length).toBeGreaterThan(1);
			expect(t.text({}, { locale }).length).toBeGreaterThan(60);
		}
	);

	// PSO proper nouns stay Dutch in English, with a short English gloss.
	it.each([
		['peiljaar', 'peiljaar (reference year)'],
		['trede', 'trede (rung)'],
		['loonkostensubsidie', 'loonkostensubsidie, LKS (wage-cost subsidy)'],
		['nadere-indicatie', 'nadere indicatie (further indication)']
	])('keeps %s Dutch in English: %s', (id, english) => {
		expect(term(id).term({}, { locale: 'en' })).toBe(english);
	});

	it('sorts the terms alphabetically for the reader', () => {
		const shown = [...page.matchAll(/<dt>([^<]*)<\/dt>/g)].map((x) => x[1]!);
		expect(shown).toHaveLength(glossaryTerms.length);
		expect(shown).toEqual(
			[...shown].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' }))
		);
	});

	it('links each cited source to its entry on /sources', () => {
		expect(page).toContain('<a href="/sources#S22">S22</a>');
	});
});
