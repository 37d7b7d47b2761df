import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

describe('passwords', () => {
	it('hashes with argon2id and verifies the right password only', async () => {
		const hash = await hashPassword('correct horse battery');
		expect(hash.startsWith('$argon2id$')).toBe(true);
		expect(hash).not.toContain('correct horse');
		expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(hash, 'correct horse batterY')).toBe(false);
	});

	it('salts: the same password hashes differently each time', async () => {
		expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
	});

	it('treats a malformed stored hash as a wrong password, not a crash', async () => {
		expect(await verifyPassword('not-a-hash', 'whatever1234')).toBe(false);
	});

	it('the dummy check for unknown e-mails always fails', async () => {
		expect(await verifyAgainstDummy('anything at all')).toBe(false);
	});
});
