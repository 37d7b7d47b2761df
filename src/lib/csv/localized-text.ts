/** The languages the app speaks; Dutch is the default. */
export type Lang = 'nl' | 'en';

/** A text in every language, so a missing translation is a type error. */
export type LocalizedText = { readonly [L in Lang]: string };
