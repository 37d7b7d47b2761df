import type { Db } from '../db';
import { distrustDevice } from './device-cookie';
import {
	attemptKey,
	beginAttempt,
	deviceFailureLimit,
	devicePolicy,
	forgetAttempts,
	loginAddressPolicy,
	loginEmailPolicy,
	type Refusal
} from './rate-limit';

export interface LoginAttempt {
	/** The rows recorded for this attempt: they stay as failures unless it succeeds. */
	ids: number[];
	/** The counter that gated this attempt, cleared by a success. */
	gateKey: string;
	/** Whether the attempt came from a trusted device (and so passed an e-mail lock). */
	trustedDevice: boolean;
}

export type LoginGate = ({ allowed: true; attempt: LoginAttempt } | Refusal) & {
	/** The device cookie failed too often and must be removed. */
	distrusted: boolean;
};

function failuresSince(db: Db, key: string, since: number): number {
	return (
		db
			.prepare('SELECT count(*) AS n FROM auth_attempts WHERE key = $key AND at > $since')
			.get({ key, since }) as {
			n: number;
		}
	).n;
}

/**
 * Decides whether a login attempt may check its password, and counts it, in one IMMEDIATE
 * transaction. A trusted device (OWASP device cookie; `deviceNonce`) has its own counter and
 * passes the e-mail and address locks, so a stranger cannot lock out the account's owner;
 * after `deviceFailureLimit` failures the device is distrusted and treated like any browser.
 */
export function beginLogin(
	db: Db,
	input: { email: string; address: string; deviceNonce: string | null },
	now: number
): LoginGate {
	return db
		.transaction((): LoginGate => {
			let distrusted = false;
			if (input.deviceNonce) {
				const deviceKey = attemptKey.loginDevice(input.deviceNonce);
				if (failuresSince(db, deviceKey, now - devicePolicy.memorySeconds) >= deviceFailureLimit) {
					distrustDevice(db, input.deviceNonce, now);
					distrusted = true;
				} else {
					const gate = beginAttempt(db, [[deviceKey, devicePolicy]], now);
					if (gate.allowed) {
						return {
							allowed: true,
							attempt: { ids: gate.ids, gateKey: deviceKey, trustedDevice: true },
							distrusted
						};
					}
				}
			}
			const emailKey = attemptKey.loginEmail(input.email);
			const gate = beginAttempt(
				db,
				[
					[emailKey, loginEmailPolicy],
					[attemptKey.loginAddress(input.address), loginAddressPolicy]
				],
				now
			);
			if (!gate.allowed) return { ...gate, distrusted };
			return {
				allowed: true,
				attempt: { ids: gate.ids, gateKey: emailKey, trustedDevice: false },
				distrusted
			};
		})
		.immediate();
}

/** The password was right: the attempt was no failure, and its counter starts over. */
export function loginSucceeded(db: Db, attempt: LoginAttempt): void {
	forgetAttempts(db, attempt.ids, [attempt.gateKey]);
}
