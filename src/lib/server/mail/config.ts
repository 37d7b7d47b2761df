// Mail settings come from the environment (README, "E-mail"). Read from process.env, not Kit's
// $env, because `npm run reminders` sends mail outside the Kit server too.

export interface MailConfig {
	/** e.g. smtp://user:pass@mail.example.nl:587 (STARTTLS when offered); null: log only. */
	smtpUrl: string | null;
	from: string;
	/** Where links in mails point: the app's public address. */
	origin: string;
}

export function mailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
	const port = env.PORT || '3000';
	return {
		smtpUrl: env.SMTP_URL?.trim() || null,
		from: env.MAIL_FROM?.trim() || 'PSO Readiness <no-reply@localhost>',
		origin: (env.ORIGIN?.trim() || `http://localhost:${port}`).replace(/\/+$/, '')
	};
}

/** An absolute link for a mail: always built from ORIGIN, never from a request's Host header. */
export function mailLink(config: MailConfig, path: string): string {
	return new URL(path, `${config.origin}/`).href;
}
