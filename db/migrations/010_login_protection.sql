-- Login protection (issue 8). An attempt is recorded BEFORE the slow password check, inside
-- the transaction that decides whether it may run, so a burst of concurrent requests cannot
-- all pass the check; a successful attempt deletes its own rows again. The same table counts
-- signups and password changes. Keys: 'login-email:…', 'login-ip:…', 'login-device:…',
-- 'signup-ip:…', 'signup-email:…', 'password-change:<user id>'.
DROP TABLE login_failures;
CREATE TABLE auth_attempts (
	id INTEGER PRIMARY KEY,
	key TEXT NOT NULL,
	at INTEGER NOT NULL
) STRICT;
CREATE INDEX auth_attempts_key_at ON auth_attempts (key, at);

-- Keys for signing cookies, generated once per database so no configuration is needed and a
-- copied cookie is worthless against another installation.
CREATE TABLE server_secrets (
	name TEXT PRIMARY KEY,
	value BLOB NOT NULL CHECK (length(value) >= 32)
) STRICT;
INSERT INTO server_secrets (name, value) VALUES ('device-cookie', randomblob(32));

-- Device cookies (OWASP "device cookie" pattern) that failed too often: no longer trusted,
-- until the cookie would have expired anyway.
CREATE TABLE distrusted_devices (
	nonce TEXT PRIMARY KEY,
	distrusted_at INTEGER NOT NULL
) STRICT;
