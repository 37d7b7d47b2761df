// Languages of the texts this module produces: Dutch (default) and English. Tables are
// typed `Record<Code, Record<Lang, string>>`, so a missing translation is a type error.
export const langs = ['nl', 'en'] as const;
export type Lang = (typeof langs)[number];

export type TextTable<Code extends string> = Record<Code, Record<Lang, string>>;

/** Fills `{name}` placeholders; unknown names stay as they are. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}
