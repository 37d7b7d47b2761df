// A line's id must be a pseudonymous code (contract §2). These checks catch the usual ways a
// real person slips in: an e-mail address or a name typed where "mw-017" belongs. They are
// deliberately narrow, so that codes such as "mw-017", "A12" or "team3-07" always pass.

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/;

/** Whether the text holds an e-mail address anywhere. */
export function containsEmailAddress(text: string): boolean {
	return EMAIL.test(text);
}

// A capitalised word of letters ("Vries", "Anne-Marie", "D'Souza") or an initial ("J.").
const CAPITALISED_WORD = /^(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)$/u;
// A lower-case particle between first and last name: "de", "van der", "'t".
const PARTICLE = /^(?:\p{Ll}[\p{L}'’-]*|'t|’t)$/u;

// Common first names in the Netherlands (CBS/Meertens top lists), for ids of one word.
// Short on purpose: it is a hint against the obvious, not a register of names.
const FIRST_NAMES = new Set(
	[
		'jan',
		'piet',
		'kees',
		'klaas',
		'henk',
		'peter',
		'johan',
		'willem',
		'hans',
		'gerrit',
		'mohammed',
		'mohamed',
		'ahmed',
		'daan',
		'sem',
		'lucas',
		'noah',
		'liam',
		'thomas',
		'bram',
		'anna',
		'maria',
		'emma',
		'julia',
		'sophie',
		'lisa',
		'sanne',
		'fleur',
		'eva',
		'anouk',
		'fatima',
		'ingrid',
		'monique',
		'linda',
		'marieke',
		'els',
		'annie',
		'petra',
		'sandra',
		'nicole'
	].map((name) => name.normalize('NFC'))
);

/**
 * Whether the text reads like a person's name: two or more words of letters only, the first
 * and last capitalised ("Jan de Vries", "J. Jansen", "Fatima El Amrani"), or one common
 * first name ("Jan", "fatima").
 */
export function looksLikePersonName(text: string): boolean {
	const words = text.trim().split(/\s+/u);
	if (words.length === 1) return FIRST_NAMES.has(words[0]!.toLowerCase().normalize('NFC'));
	const first = words[0]!;
	const last = words[words.length - 1]!;
	if (!CAPITALISED_WORD.test(first) || !CAPITALISED_WORD.test(last)) return false;
	return words.every((word) => CAPITALISED_WORD.test(word) || PARTICLE.test(word));
}
