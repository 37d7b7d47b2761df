const amsterdam = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Amsterdam',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/**
 * Today's date (YYYY-MM-DD) in the Netherlands, where certificates are dated: just after
 * midnight in Amsterdam it is already the next day, whatever the server's time zone.
 */
export function todayIso(now: Date = new Date()): string {
	const parts = Object.fromEntries(amsterdam.formatToParts(now).map((p) => [p.type, p.value]));
	return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The UTC calendar date of a unix-seconds timestamp, as SQLite's date(x, 'unixepoch') gives. */
export function isoDateOfSeconds(seconds: number): string {
	return new Date(seconds * 1000).toISOString().slice(0, 10);
}
