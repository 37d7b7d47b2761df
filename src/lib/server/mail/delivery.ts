import type { Db } from '../db';
import { nowSeconds } from '../clock';
import { mailConfig } from './config';
import { claimDueMails, markDelivered, markFailed } from './outbox';
import { transportFor, type MailTransport } from './transport';

export interface DeliveryReport {
	delivered: number;
	failed: number;
}

/** Sends every due mail once; failures go back to the outbox with a back-off. */
export async function deliverDueMails(
	db: Db,
	transport: MailTransport,
	now: () => number = nowSeconds
): Promise<DeliveryReport> {
	const report: DeliveryReport = { delivered: 0, failed: 0 };
	for (;;) {
		const batch = claimDueMails(db, now());
		if (batch.length === 0) return report;
		for (const mail of batch) {
			try {
				await transport.send(mail);
				markDelivered(db, mail.id, transport.delivers, now());
				report.delivered++;
			} catch (err) {
				markFailed(db, mail.id, err instanceof Error ? err.message : String(err), now());
				report.failed++;
			}
		}
		// A batch that failed entirely is not retried in this round: the back-off decides.
		if (report.failed > 0 && report.delivered === 0) return report;
	}
}

let running: { timer: NodeJS.Timeout; kick: () => void } | null = null;

/**
 * The app's delivery loop: every few seconds, and right after a mail is queued (`kickMailDelivery`),
 * so a reset link arrives at once. One round at a time; other processes on the same database
 * are kept off the same rows by the claim.
 */
export function startMailDelivery(getDb: () => Db, intervalMs = 5000): void {
	if (running) return;
	const transport = transportFor(mailConfig());
	let busy = false;
	let again = false;
	const round = async () => {
		if (busy) {
			again = true;
			return;
		}
		busy = true;
		try {
			do {
				again = false;
				await deliverDueMails(getDb(), transport);
			} while (again);
		} catch (err) {
			console.error(`mail delivery: ${err instanceof Error ? err.message : err}`);
		} finally {
			busy = false;
		}
	};
	const timer = setInterval(round, intervalMs);
	timer.unref();
	running = { timer, kick: () => void round() };
}

/** Call after a transaction that queued a mail has committed. */
export function kickMailDelivery(): void {
	running?.kick();
}

export function stopMailDelivery(): void {
	if (running) clearInterval(running.timer);
	running = null;
}
