-- Custom Social Return buyer policies (sr-policy/1 JSON, SR §5.4), written by advisors and
-- owners for one organisation, or by an administrator for everyone (organisation_id NULL).
-- The id is 'custom:<uuid>', so a copy of a shipped policy can never shadow the shipped id
-- its file declares. The JSON is stored as validated; it is validated again on every read.
CREATE TABLE custom_sr_policies (
	id TEXT PRIMARY KEY CHECK (id GLOB 'custom:*' AND length(id) BETWEEN 8 AND 64),
	organisation_id TEXT REFERENCES organisations (id) ON DELETE CASCADE,
	json TEXT NOT NULL CHECK (json_valid(json) AND length(json) <= 1000000),
	created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
	created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX custom_sr_policies_organisation ON custom_sr_policies (organisation_id, created_at);
