import { requireAdmin } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { mailConfig } from '$lib/server/mail/config';
import { countOutbox, listOutbox } from '$lib/server/mail/outbox';
import { z } from 'zod';
import type { PageServerLoad } from './$types';

const pageSize = 50;
const pageParam = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export const load: PageServerLoad = ({ locals, url }) => {
	requireAdmin(locals);
	const db = getDb();
	const count = countOutbox(db);
	const pages = Math.max(1, Math.ceil(count / pageSize));
	const page = Math.min(pageParam.parse(url.searchParams.get('page') ?? 1), pages);
	return {
		// listOutbox already leaves out the text of every mail with a one-time link.
		mails: listOutbox(db, pageSize, (page - 1) * pageSize),
		count,
		page,
		pages,
		pageSize,
		mailToLog: mailConfig().smtpUrl === null
	};
};
