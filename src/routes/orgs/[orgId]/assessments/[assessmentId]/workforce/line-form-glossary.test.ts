// The line form shows its help texts with the PSO terms linked to the glossary.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineForm from './LineForm.svelte';
import { lineOptions } from './line-options';

const form = (values: Record<string, unknown>) =>
	render(LineForm, { props: { values, ...lineOptions('nl') } }).body.replace(/<!--.*?-->/g, '');

describe('line form help', () => {
	it('links the chosen position’s terms, and only their first use', () => {
		const html = form({ position: 'participatiewet-lks', contract: 'secondment-flex' });
		const help = html.match(/<span class="hint" id="position-help">(.*?)<\/span>/s)![1]!;
		expect(help).toContain('<a href="/glossary#participatiewet">Participatiewet</a>');
		expect(help).toContain('<a href="/glossary#loonkostensubsidie">loonkostensubsidie</a> (LKS)');
		expect(help).toContain('<a href="/glossary#instroomdatum">instroomdatum</a>');
		expect(help.match(/href=/g)).toHaveLength(3);
		const contract = html.match(/<span class="hint" id="contract-help">(.*?)<\/span>/s)![1]!;
		expect(contract).toContain('<a href="/glossary#duurzaam-contract">duurzaam contract</a>');
	});

	it('links the terms in the date and WW hints', () => {
		const html = form({});
		const hint = (name: string) =>
			html.match(new RegExp(`<span class="hint" id="field-${name}-hint">(.*?)</span>`, 's'))![1]!;
		expect(hint('inflow')).toContain('<a href="/glossary#telperiode">telperiode</a>');
		expect(hint('lksUntil')).toContain('<a href="/glossary#loonkostensubsidie">');
		expect(hint('indicationUntil')).toContain('<a href="/glossary#sw-beschut-werk">SW</a>');
		expect(hint('schoolLeft')).toContain('<a href="/glossary#vso-pro">VSO</a>');
		expect(hint('wwMonths')).toContain('<a href="/glossary#ww">WW</a>');
	});
});
