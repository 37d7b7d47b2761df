-- Accounts, sessions and login throttling (Lucia-guide session scheme).
CREATE TABLE users (
	id TEXT PRIMARY KEY,
	email TEXT NOT NULL UNIQUE COLLATE NOCASE,
	password_hash TEXT NOT NULL,
	is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
	created_at INTEGER NOT NULL
) STRICT;

-- Only the SHA-256 of the token's secret part is stored, so a leaked table cannot be replayed.
CREATE TABLE sessions (
	id TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	secret_hash BLOB NOT NULL,
	created_at INTEGER NOT NULL,
	last_verified_at INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed logins, keyed by 'email:<address>' or 'ip:<address>'. Kept in the database rather than
-- in memory so limits survive restarts and hold across processes.
CREATE TABLE login_failures (
	key TEXT NOT NULL,
	at INTEGER NOT NULL
) STRICT;
CREATE INDEX login_failures_key_at ON login_failures (key, at);
