// Seeding and a real SMTP server for the reminder tests: real modules, real migrations.
import { SMTPServer } from 'smtp-server';
import { assessment, line } from '$lib/pso/test-support/assessment-builder';
import * as certificates from '../certificates';
import type { Db } from '../db';
import type { MailConfig } from '../mail/config';
import { smtpTransport } from '../mail/transport';
import { seedAssessment, seedOrganisation, seedUser } from '../test-support/seed';
import {
	saveNotificationSettings,
	defaultNotificationSettings,
	type NotificationSettings
} from './settings';

export const t0 = 1_760_000_000;
export const config: MailConfig = {
	smtpUrl: null,
	from: 'PSO Readiness <no-reply@example.nl>',
	origin: 'https://pso.example.nl'
};

export interface Received {
	to: string;
	raw: string;
}

/** A real SMTP server on a loopback port that keeps what it receives. */
export async function startSmtp(): Promise<{
	port: number;
	inbox: Received[];
	stop: () => Promise<void>;
}> {
	const inbox: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			let raw = '';
			stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
			stream.on('end', () => {
				for (const r of session.envelope.rcptTo) inbox.push({ to: r.address, raw });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { port, inbox, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export const transportTo = (port: number) =>
	smtpTransport({ ...config, smtpUrl: `smtp://127.0.0.1:${port}` });

/** A mail's text part, with quoted-printable soft breaks and escapes undone. */
export function decoded(raw: string): string {
	return raw
		.replace(/=\r?\n/g, '')
		.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function subjectOf(raw: string): string {
	const m = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw);
	const header = (m?.[1] ?? '').replace(/\r?\n[ \t]/g, ' ');
	// nodemailer encodes non-ASCII subjects as RFC 2047 words.
	return header.replace(/=\?UTF-8\?([QB])\?(.*?)\?=\s*/gi, (_, enc: string, text: string) =>
		enc.toUpperCase() === 'B'
			? Buffer.from(text, 'base64').toString('utf8')
			: Buffer.from(decoded(text.replace(/_/g, ' ')), 'latin1').toString('utf8')
	);
}

export interface World {
	orgId: string;
	certificateId: string;
	assessmentId: string;
	owner: string;
	editor: string;
	viewer: string;
	advisor: string;
}

function grant(db: Db, orgId: string, userId: string, role: string): void {
	db.prepare(
		`INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES ($orgId, $userId, $role, $t0)`
	).run({ orgId, userId, role, t0 });
}

export function setSettings(db: Db, userId: string, changes: Partial<NotificationSettings>): void {
	saveNotificationSettings(db, userId, { ...defaultNotificationSettings, ...changes }, t0);
}

/**
 * One certified organisation (trede 2, valid until 2026-09-30) with an owner, an editor who
 * reads English, a viewer and an advisor, and a final assessment at trede 2 whose evidence
 * for suitable work lapses on 2026-05-31, before the audit.
 */
export function seedWorld(db: Db, name = 'Schoonmaak Samen BV', prefix = ''): World {
	const owner = seedUser(db, `${prefix}eigenaar@example.nl`, t0);
	const editor = seedUser(db, `${prefix}editor@example.nl`, t0);
	const viewer = seedUser(db, `${prefix}kijker@example.nl`, t0);
	const advisor = seedUser(db, `${prefix}adviseur@example.nl`, t0);
	const orgId = seedOrganisation(db, owner, name, t0);
	grant(db, orgId, editor, 'editor');
	grant(db, orgId, viewer, 'viewer');
	grant(db, orgId, advisor, 'advisor');
	setSettings(db, editor, { lang: 'en' });
	const certificateId = certificates.addCertificate(
		db,
		orgId,
		owner,
		{
			rung: 'trede-2',
			pso30plus: false,
			issuedOn: '2024-09-30',
			expiresOn: '2026-09-30',
			certifyingBody: 'Kiwa',
			certificateNumber: null,
			note: null
		},
		t0
	).id;
	const assessmentId = seedAssessment(
		db,
		orgId,
		owner,
		assessment({
			targetGroup: [line(), line()],
			evidence: {
				suitableWork: { items: [{ document: 'Plaatsingsbeleid.pdf', validUntil: '2026-05-31' }] },
				integration: { items: [{ document: 'Inwerkplan.pdf', validUntil: '2027-12-31' }] },
				development: { items: [{ document: 'Gesprekken.pdf', validUntil: null }] },
				guidance: { items: [{ document: 'Jobcoach.pdf', validUntil: null }] }
			}
		}),
		{ final: true, name: 'Peiljaar 2025', now: t0 }
	);
	return { orgId, certificateId, assessmentId, owner, editor, viewer, advisor };
}
