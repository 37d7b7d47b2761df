import { mailConfig } from '$lib/server/mail/config';
import type { PageServerLoad } from './$types';

// Says where the mail went when there is no mail server: the same for every address.
export const load: PageServerLoad = () => ({ mailToLog: mailConfig().smtpUrl === null });
