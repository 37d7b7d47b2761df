-- Reminders that come to you (issue 12): certificates 6, 3 and 1 months before expiry, evidence
-- 2 months before it lapses, and an advisor's weekly digest (src/lib/server/reminders/).

-- Each person's choices on /account/notifications. No row: the defaults (reminders on, no
-- digest, Dutch). There is no language per user elsewhere, so the language the person used
-- when saving these choices is the language of their reminders.
CREATE TABLE notification_settings (
	user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
	certificate_reminders INTEGER NOT NULL DEFAULT 1 CHECK (certificate_reminders IN (0, 1)),
	evidence_reminders INTEGER NOT NULL DEFAULT 1 CHECK (evidence_reminders IN (0, 1)),
	-- An advisor's clients come in one weekly mail instead of single reminders.
	advisor_digest INTEGER NOT NULL DEFAULT 0 CHECK (advisor_digest IN (0, 1)),
	lang TEXT NOT NULL DEFAULT 'nl' CHECK (lang IN ('nl', 'en')),
	updated_at INTEGER NOT NULL
) STRICT;

-- Every reminder that was handled, by key (`reminder:<certificate>:6m:<user>`,
-- `evidence:…`, `digest:<user>:<ISO week>`): inserted in the same transaction as its mail, so a
-- restart or a second scheduler never sends one twice. A digest week with nothing to report is
-- recorded too (mail_id NULL), so the digest stays weekly.
CREATE TABLE sent_reminders (
	key TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	kind TEXT NOT NULL CHECK (kind IN ('certificate', 'evidence', 'digest')),
	sent_on TEXT NOT NULL CHECK (date(sent_on) = sent_on),
	mail_id TEXT,
	created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX sent_reminders_user ON sent_reminders (user_id);
