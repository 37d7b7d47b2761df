import { describe, expect, it } from 'vitest';
import {
	type CertificateStage,
	certificateStageDate,
	certificateStageDue,
	evidenceDue,
	evidenceReminderDue,
	isoWeek
} from './reminder-schedule';

describe('which certificate reminder is due on day D (expiry 2026-09-30)', () => {
	const expiresOn = '2026-09-30';
	it.each<[string, CertificateStage | null, string]>([
		['2026-03-29', null, 'the day before the 6-month day'],
		['2026-03-30', '6m', 'the 6-month day'],
		['2026-04-15', '6m', 'a late run after the 6-month day'],
		['2026-06-29', '6m', 'the day before the 3-month day'],
		['2026-06-30', '3m', 'the 3-month day'],
		['2026-07-20', '3m', 'a late run: only the nearest, never the 6-month one'],
		['2026-08-30', '1m', 'the 1-month day'],
		['2026-09-15', '1m', 'a late run after the 1-month day'],
		['2026-09-30', '1m', 'the last valid day'],
		['2026-10-01', null, 'an expired certificate'],
		['2027-01-01', null, 'long expired']
	])('%s → %s (%s)', (today, stage) => {
		expect(certificateStageDue(today, expiresOn)).toBe(stage);
	});

	it.each([
		['2026-08-31', '6m', '2026-02-28'],
		['2026-08-31', '3m', '2026-05-31'],
		['2026-03-31', '1m', '2026-02-28'],
		['2028-05-31', '3m', '2028-02-29']
	] as const)('expiry %s: the %s day is %s (month ends)', (expiry, stage, day) => {
		expect(certificateStageDate(expiry, stage)).toBe(day);
	});

	it('each stage is due on exactly one day of a daily run (no duplicates)', () => {
		// Walk every day from a year before to after expiry: the due stage changes only forward,
		// so a key per stage is first due once and never again after the next stage.
		const seen: string[] = [];
		let day = '2025-09-30';
		while (day <= '2026-11-01') {
			const stage = certificateStageDue(day, expiresOn);
			if (stage && seen.at(-1) !== stage) seen.push(stage);
			const d = new Date(`${day}T00:00:00Z`);
			d.setUTCDate(d.getUTCDate() + 1);
			day = d.toISOString().slice(0, 10);
		}
		expect(seen).toEqual(['6m', '3m', '1m']);
	});
});

describe('which evidence item is due on day D (certificate expires 2026-09-30)', () => {
	const expiresOn = '2026-09-30';
	it.each<[string, string, boolean, string]>([
		['2026-01-31', '2026-03-31', true, '2 months before it lapses'],
		['2026-01-30', '2026-03-31', false, 'earlier than 2 months'],
		['2026-03-10', '2026-03-31', true, 'a late run while it still holds'],
		['2026-03-31', '2026-03-31', true, 'its last valid day'],
		['2026-04-01', '2026-03-31', false, 'it has lapsed already'],
		['2026-08-01', '2026-09-30', false, 'holds through the audit (expiry day)'],
		['2026-08-01', '2026-09-29', true, 'lapses the day before the audit'],
		['2026-12-01', '2027-01-31', false, 'certificate expired: no audit date to keep']
	])('%s, valid until %s → %s (%s)', (today, validUntil, due) => {
		expect(evidenceReminderDue(today, validUntil, expiresOn)).toBe(due);
	});

	it('leaves out undated items and keeps the order of the others', () => {
		const items = [
			{ document: 'a', validUntil: null },
			{ document: 'b', validUntil: '2026-03-15' },
			{ document: 'c', validUntil: '2026-12-01' },
			{ document: 'd', validUntil: '2026-02-20' }
		];
		expect(evidenceDue('2026-02-01', expiresOn, items).map((i) => i.document)).toEqual(['b', 'd']);
	});
});

describe('the ISO week of a digest', () => {
	it.each([
		['2026-01-01', '2026-W01'],
		['2025-12-29', '2026-W01'],
		['2025-12-28', '2025-W52'],
		['2021-01-03', '2020-W53'],
		['2026-02-02', '2026-W06'],
		['2026-02-08', '2026-W06'],
		['2026-02-09', '2026-W07']
	])('%s is in %s', (date, week) => {
		expect(isoWeek(date)).toBe(week);
	});
});
