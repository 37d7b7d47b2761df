// Times of day as people in the Netherlands read them, whatever the server's time zone: the
// audit trail shows when a change happened and filters by calendar day (today.ts does dates).
const amsterdam = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Amsterdam',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** The Amsterdam calendar date (YYYY-MM-DD) and time (HH:mm) of a unix-seconds timestamp. */
export function amsterdamDateTime(seconds: number): { date: string; time: string } {
	const p = Object.fromEntries(
		amsterdam.formatToParts(new Date(seconds * 1000)).map((x) => [x.type, x.value])
	);
	return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Unix seconds of midnight in Amsterdam at the start of `isoDate` (DST moves at 02:00, never at 0:00). */
export function amsterdamDayStart(isoDate: string): number {
	const utcMidnight = Date.parse(`${isoDate}T00:00:00Z`) / 1000;
	const { date, time } = amsterdamDateTime(utcMidnight);
	const [h, min] = time.split(':').map(Number) as [number, number];
	// Amsterdam is UTC+1 or +2, so at UTC midnight it is 01:00 or 02:00 on the same date.
	const offset = (date === isoDate ? h * 60 + min : 0) * 60;
	return utcMidnight - offset;
}

/** The ISO date after `isoDate`. */
export function nextIsoDate(isoDate: string): string {
	return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
