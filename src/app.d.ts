import type { SessionUser, Session } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			/** Set when another process held the database lock too long: the answer becomes 503. */
			databaseBusy?: boolean;
		}
		interface Error {
			message: string;
			/** Which kind of trouble, so the error page can say what to do. */
			code?: 'busy' | 'too-large' | 'bad-body' | 'assessment-final';
			/** For `busy` after a form post: the same post again, with what the visitor typed. */
			retry?: { action: string; fields: [name: string, value: string][] };
		}
	}
}

export {};
