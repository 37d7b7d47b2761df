// Every source the app cites can be opened: it is in sources.json and has its own entry,
// with an anchor, on /sources. And every cited id in an explanation becomes a link there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { citationParts } from '$lib/components/result/source-links';
import { glossaryTerms } from '$lib/i18n/glossary';
import { explainResult } from '$lib/pso/explain';
import { langs } from '$lib/pso/lang';
import { getRuleset } from '$lib/pso/ruleset-registry';
import { scoreAssessment } from '$lib/pso/score';
import { sourceEntry, sourceIds } from '$lib/pso/source-catalogue';
import { shippedIds } from '$lib/pso/test-support/assessment-builder';
import { fixture } from '$lib/pso/test-support/fixtures';
import SourcesPage from './+page.svelte';

const rulesetDir = join('src', 'lib', 'pso', 'rulesets');

/** Every id a shipped ruleset cites, wherever in the file. */
function rulesetCitations(): Map<string, string> {
	const cited = new Map<string, string>();
	for (const file of readdirSync(rulesetDir).filter((f) => f.endsWith('.json'))) {
		const text = readFileSync(join(rulesetDir, file), 'utf8');
		for (const [, id] of text.matchAll(/"(S\d+)"/g)) cited.set(id!, `rulesets/${file}`);
	}
	return cited;
}

const fixtureNames = ['contract-example', 't1', 't2', 't5', 't8', 't9-lks', 't12'];

/** Every id the explanation cites, as step sources and in its words, over fixtures × rulesets. */
function explanationCitations(): Map<string, string> {
	const cited = new Map<string, string>();
	for (const name of fixtureNames) {
		for (const id of shippedIds) {
			const ruleset = getRuleset(id)!;
			const input = fixture(name);
			const result = scoreAssessment(input, ruleset);
			for (const lang of langs) {
				for (const step of explainResult(input, ruleset, result, lang)) {
					const where = `${name} ${id} ${lang} ${step.code}`;
					for (const source of step.source ?? []) cited.set(source, where);
					for (const [, source] of step.text.matchAll(/\b(?:bron|source)\s+(S\d+)/g)) {
						cited.set(source!, where);
					}
				}
			}
		}
	}
	return cited;
}

describe('sources the app cites', () => {
	const cited = new Map([...rulesetCitations(), ...explanationCitations()]);
	// Scoped class names aside, the markup as a browser gets it.
	const page = render(SourcesPage).body.replace(/ class="[^"]*"/g, '');

	it('finds citations in the rulesets and the explanation', () => {
		expect(cited.size).toBeGreaterThan(10);
		expect([...explanationCitations().keys()]).toContain('S17');
	});

	it.each([...cited])('%s (cited in %s) is in sources.json', (id) => {
		expect(sourceEntry(id)).not.toBeNull();
	});

	it.each([...cited])('%s (cited in %s) has its own entry on /sources', (id) => {
		expect(page).toContain(`<li id="${id}">`);
		expect(page).toContain(sourceEntry(id)!.urls[0]);
	});

	it('lists every catalogue entry once, with title and address', () => {
		for (const id of sourceIds()) {
			expect(page.split(`<li id="${id}">`)).toHaveLength(2);
			expect(page).toContain(`href="${sourceEntry(id)!.urls[0]}"`);
		}
	});

	it('shows the recorded date in the reader’s language, and says when there is none', () => {
		expect(page).toMatch(/<strong>S1<\/strong>[\s\S]*?<dd>1 april 2014<\/dd>/);
		expect(page).toMatch(/<strong>S16<\/strong>[\s\S]*?<dd>ca\. 2017–2024<\/dd>/);
		expect(page).toMatch(/<strong>S17<\/strong>[\s\S]*?<dd>niet bekend<\/dd>/);
	});

	it('links each id the explanation words as "bron S17, S18" to its entry', () => {
		expect(citationParts('(rekenregels 2.1, bron S17, S18).')).toEqual([
			{ text: '(rekenregels 2.1, bron ' },
			{ sourceId: 'S17', href: '/sources#S17' },
			{ text: ', ' },
			{ sourceId: 'S18', href: '/sources#S18' },
			{ text: ').' }
		]);
	});

	it('links the ids in every explanation text and citation it produces', () => {
		for (const [id] of explanationCitations()) {
			const parts = citationParts(`regel §3.3; bron ${id}`);
			expect(parts).toContainEqual({ sourceId: id, href: `/sources#${id}` });
		}
	});

	it('leaves text without a citation, and an unknown id, as plain text', () => {
		expect(citationParts('Trede 1 (S-klasse), bron S999')).toEqual([
			{ text: 'Trede 1 (S-klasse), bron S999' }
		]);
		expect(citationParts('source S16')).toEqual([
			{ text: 'source ' },
			{ sourceId: 'S16', href: '/sources#S16' }
		]);
	});

	it('cites only catalogue sources in the glossary', () => {
		for (const term of glossaryTerms) {
			for (const id of term.sources) expect(sourceEntry(id), `${term.id}: ${id}`).not.toBeNull();
		}
	});
});
