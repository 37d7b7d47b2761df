// The sources that ruleset values and explanation steps cite by id ("S16"), as listed in
// docs/method.md "Sources", so the app can show titles and links without reading it.
import catalogue from './sources.json';

export interface SourceEntry {
	title: string;
	urls: string[];
}

const entries: Readonly<Record<string, SourceEntry>> = catalogue;

export function sourceEntry(id: string): SourceEntry | null {
	return entries[id] ?? null;
}

export function sourceIds(): string[] {
	return Object.keys(entries);
}
