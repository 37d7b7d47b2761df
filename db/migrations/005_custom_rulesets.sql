-- User-supplied rulesets (pso-ruleset/1 JSON), for "what if" impact checks only: an assessment
-- still stores and is scored with a shipped ruleset id. organisation_id NULL means global
-- (uploaded by an administrator, visible to everyone); otherwise only that organisation's
-- members see it. The id is 'custom:<uuid>', so it can never shadow a shipped id such as '2.1'
-- whatever id the file itself declares.
CREATE TABLE custom_rulesets (
	id TEXT PRIMARY KEY CHECK (id GLOB 'custom:*' AND length(id) BETWEEN 8 AND 64),
	organisation_id TEXT REFERENCES organisations (id) ON DELETE CASCADE,
	name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
	ruleset_json TEXT NOT NULL CHECK (json_valid(ruleset_json)),
	created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
	created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX custom_rulesets_organisation ON custom_rulesets (organisation_id, created_at);
