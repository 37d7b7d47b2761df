CREATE TABLE organisations (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
	kvk TEXT NOT NULL CHECK (length(kvk) = 8 AND kvk NOT GLOB '*[^0-9]*'),
	sector TEXT CHECK (sector IS NULL OR length(sector) <= 100),
	fulltime_hours REAL NOT NULL DEFAULT 40 CHECK (fulltime_hours > 0 AND fulltime_hours <= 60),
	created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
	created_at INTEGER NOT NULL
) STRICT;

-- An advisor is a grant of its own kind: it may edit assessments but not manage people,
-- and it is what the advisor portfolio lists.
CREATE TABLE memberships (
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer', 'advisor')),
	granted_by TEXT REFERENCES users (id) ON DELETE SET NULL,
	created_at INTEGER NOT NULL,
	PRIMARY KEY (organisation_id, user_id)
) STRICT;
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE invitations (
	id TEXT PRIMARY KEY,
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	email TEXT NOT NULL COLLATE NOCASE,
	role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer', 'advisor')),
	invited_by TEXT REFERENCES users (id) ON DELETE SET NULL,
	created_at INTEGER NOT NULL,
	UNIQUE (organisation_id, email)
) STRICT;
CREATE INDEX invitations_email ON invitations (email);
