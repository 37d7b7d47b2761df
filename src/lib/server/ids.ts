import { randomBytes } from 'node:crypto';

/** 120 bits of randomness, URL-safe: enough that ids cannot be guessed or enumerated. */
export function newId(): string {
	return randomBytes(15).toString('base64url');
}
