-- A checked CSV import waiting for the user's "store" click (issue 8). The checked lines stay
-- on the server under a random token instead of travelling through the browser, so a file
-- that previews can always be committed whatever the request body limit, and the preview
-- page stays small. Scoped to one user and one assessment; rows expire after an hour and
-- are removed on use, on the next preview, and with their assessment or user.
CREATE TABLE import_staging (
	token TEXT PRIMARY KEY CHECK (length(token) BETWEEN 20 AND 64),
	assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	mode TEXT NOT NULL CHECK (mode IN ('replace', 'append')),
	line_count INTEGER NOT NULL CHECK (line_count >= 1),
	lines_json TEXT NOT NULL,
	expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX import_staging_expiry ON import_staging (expires_at);
CREATE INDEX import_staging_assessment ON import_staging (assessment_id);
