-- Every e-mail the app sends (issue 12) goes through this outbox first, in the same transaction
-- as what caused it (an invitation, a reset request), so a mail is never lost when the SMTP
-- server is down or the process stops: a delivery loop sends due rows and retries with back-off.
-- Without SMTP_URL the mail is written to the server log instead ('logged').
-- A claim (status 'sending' until claimed_until) keeps two processes from sending one row twice;
-- a claim left by a crashed process expires and the row is tried again.
CREATE TABLE mail_outbox (
	id TEXT PRIMARY KEY,
	kind TEXT NOT NULL,
	recipient TEXT NOT NULL,
	lang TEXT NOT NULL CHECK (lang IN ('nl', 'en')),
	subject TEXT NOT NULL,
	body_text TEXT NOT NULL,
	body_html TEXT NOT NULL,
	-- A mail with a one-time link: its bodies are blanked once delivered, and never shown.
	sensitive INTEGER NOT NULL CHECK (sensitive IN (0, 1)),
	-- The same key is never queued twice (a reminder: certificate, kind, recipient).
	dedupe_key TEXT UNIQUE,
	status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'logged')),
	attempts INTEGER NOT NULL DEFAULT 0,
	next_attempt_at INTEGER NOT NULL,
	claimed_until INTEGER,
	last_error TEXT,
	created_at INTEGER NOT NULL,
	delivered_at INTEGER
) STRICT;
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_created ON mail_outbox (created_at);
