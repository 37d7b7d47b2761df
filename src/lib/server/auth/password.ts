import { hash, verify } from '@node-rs/argon2';

export const minPasswordLength = 10;
export const maxPasswordLength = 256;

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane); @node-rs/argon2 defaults to argon2id.
const options = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time as a real check, so an unknown e-mail is not revealed by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
	dummyHash ??= hashPassword('dummy-password-for-timing');
	await verifyPassword(await dummyHash, password);
	return false;
}
