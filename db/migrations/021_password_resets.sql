-- Password reset by e-mail (issue 12). The link carries 32 random bytes; only their SHA-256 is
-- stored, so a leaked table (or backup) cannot be used to take over an account. A link works
-- once (used_at) and for one hour (expires_at). There is no language per user, so the language
-- of the request that asked for the link is kept, for the mail that confirms the change.
CREATE TABLE password_reset_tokens (
	token_hash BLOB PRIMARY KEY CHECK (length(token_hash) = 32),
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	lang TEXT NOT NULL CHECK (lang IN ('nl', 'en')),
	created_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL,
	used_at INTEGER
) STRICT;
CREATE INDEX password_reset_tokens_user ON password_reset_tokens (user_id);
CREATE INDEX password_reset_tokens_expires ON password_reset_tokens (expires_at);
