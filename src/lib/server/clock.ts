// The server's one reading of the clock, as unix seconds (the timestamp columns' unit).
// Calendar dates come from today.ts, which reads the date in Europe/Amsterdam.

export function nowSeconds(): number {
	return Math.floor(Date.now() / 1000);
}
