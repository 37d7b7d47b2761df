// Starts the built app on a fresh temporary database for one end-to-end run. The database
// path is written to tests/.tmp/e2e-db-path-<port>, for specs that touch the file itself
// (tests/abuse-ops.spec.ts locks it from a second process, reads its bytes).
//
// Mail: unless E2E_NO_SMTP=1, a loopback SMTP server receives what the app sends and appends
// each mail as one JSON line ({to, subject, text, html, at}) to tests/.tmp/e2e-mail-<port>.jsonl,
// so specs read real delivered mail (tests/mail-helpers.ts).
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), 'pso-e2e-')), 'e2e.sqlite');
process.env.PORT ||= '4173';
process.env.BODY_SIZE_LIMIT ||= '20M';
// Every spec signs up from localhost: some 200 sign-ups an hour, above the default of 100.
process.env.SIGNUP_LIMIT_PER_ADDRESS ||= '5000';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;

const pathFiles = fileURLToPath(new URL('../tests/.tmp/', import.meta.url));
mkdirSync(pathFiles, { recursive: true });
writeFileSync(join(pathFiles, `e2e-db-path-${process.env.PORT}`), process.env.DATABASE_PATH);

if (process.env.E2E_NO_SMTP !== '1') {
	const mailFile = join(pathFiles, `e2e-mail-${process.env.PORT}.jsonl`);
	// A fresh file per run: the database is fresh too, so older mails would only mislead.
	writeFileSync(mailFile, '');
	const smtpPort = await startMailCapture(mailFile);
	process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
	// For specs that start a second app (tests/abuse-ops.spec.ts): its mail reaches the same capture.
	writeFileSync(join(pathFiles, `e2e-smtp-url-${process.env.PORT}`), process.env.SMTP_URL);
}

await import(`../${process.env.BUILD_DIR || 'build'}/index.js`);

async function startMailCapture(mailFile) {
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks = [];
			stream.on('data', (chunk) => chunks.push(chunk));
			stream.on('end', () => {
				const mail = parseMail(Buffer.concat(chunks).toString('utf8'));
				for (const rcpt of session.envelope.rcptTo) {
					const line = { to: rcpt.address.toLowerCase(), ...mail, at: Date.now() };
					appendFileSync(mailFile, JSON.stringify(line) + '\n');
				}
				callback();
			});
		}
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return server.server.address().port;
}

// Just enough MIME for what nodemailer sends: one level of multipart, quoted-printable or
// base64 bodies, encoded-word subjects.
function parseMail(raw) {
	const { headers, body } = splitHeaders(raw);
	const parts = { text: '', html: '' };
	collectParts(headers, body, parts);
	return { subject: decodeWords(headers['subject'] ?? ''), text: parts.text, html: parts.html };
}

function splitHeaders(raw) {
	const at = raw.search(/\r?\n\r?\n/);
	const head = at < 0 ? raw : raw.slice(0, at);
	const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
	const headers = {};
	for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
		const colon = line.indexOf(':');
		if (colon > 0)
			headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return { headers, body };
}

function collectParts(headers, body, parts) {
	const type = (headers['content-type'] ?? 'text/plain').toLowerCase();
	const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
	if (type.startsWith('multipart/') && boundary) {
		for (const section of body.split(`--${boundary}`).slice(1)) {
			if (section.startsWith('--')) break;
			const part = splitHeaders(section.replace(/^\r?\n/, ''));
			collectParts(part.headers, part.body, parts);
		}
		return;
	}
	const text = decodeBody(body, headers['content-transfer-encoding'] ?? '');
	if (type.startsWith('text/html')) parts.html ||= text;
	else if (type.startsWith('text/plain')) parts.text ||= text;
}

function decodeBody(body, encoding) {
	const enc = encoding.toLowerCase();
	if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	if (enc === 'quoted-printable') return decodeQuotedPrintable(body);
	return body.replace(/\r?\n$/, '');
}

function decodeQuotedPrintable(body) {
	const soft = body.replace(/=\r?\n/g, '');
	const bytes = [];
	for (let i = 0; i < soft.length; i++) {
		if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
			bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(...Buffer.from(soft[i], 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n').replace(/\n$/, '');
}

function decodeWords(value) {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset, kind, data) =>
			kind.toUpperCase() === 'B'
				? Buffer.from(data, 'base64').toString('utf8')
				: decodeQuotedPrintable(data.replace(/_/g, ' '))
		);
}
