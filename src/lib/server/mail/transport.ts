import nodemailer from 'nodemailer';
import type { MailConfig } from './config';
import type { QueuedMail } from './outbox';

/** How a mail leaves: over SMTP, or into the server log when no SMTP server is configured. */
export interface MailTransport {
	readonly delivers: 'sent' | 'logged';
	send(mail: QueuedMail): Promise<void>;
	close(): void;
}

export function smtpTransport(config: MailConfig & { smtpUrl: string }): MailTransport {
	// nodemailer upgrades an smtp:// connection with STARTTLS whenever the server offers it.
	const transporter = nodemailer.createTransport(config.smtpUrl, { from: config.from });
	return {
		delivers: 'sent',
		async send(mail) {
			await transporter.sendMail({
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				html: mail.html,
				// The same id on a retry lets a receiving server drop a duplicate after a crash
				// between "accepted" and "marked sent".
				messageId: `<${mail.id}@pso-readiness>`
			});
		},
		close: () => transporter.close()
	};
}

/** Without SMTP_URL: the whole mail goes to the log, so a local install can still reset a password. */
export function logTransport(write: (line: string) => void = console.log): MailTransport {
	return {
		delivers: 'logged',
		async send(mail) {
			write(
				[
					`--- e-mail (no SMTP_URL set, so it is written here) ---`,
					`To: ${mail.to}`,
					`Subject: ${mail.subject}`,
					'',
					mail.text,
					`--- end of e-mail ---`
				].join('\n')
			);
		},
		close: () => undefined
	};
}

export function transportFor(config: MailConfig): MailTransport {
	return config.smtpUrl ? smtpTransport({ ...config, smtpUrl: config.smtpUrl }) : logTransport();
}
