-- Tenders and an organisation's own Social Return policies join the audit trail (issue 13):
-- who added, changed or removed which tender or policy, and what changed. A global policy
-- (organisation_id NULL) belongs to no organisation's trail.
--
-- SQLite cannot change a CHECK in place, so audit_log is rebuilt with the two new kinds, its
-- rows (ids kept), its AUTOINCREMENT counter, indexes and guard triggers exactly as before.
-- Dropping a table deletes its rows without firing the guard triggers; the triggers on other
-- tables that write into audit_log name it, so they write into the new table. Between the
-- drop and the rename they name a missing table, which a modern rename refuses to leave
-- behind; the legacy rename (only for this statement) renames without checking them.
CREATE TABLE audit_log_new (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	at INTEGER NOT NULL,
	user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
	user_email TEXT,
	entity TEXT NOT NULL CHECK (entity IN (
		'organisation', 'access', 'invitation', 'assessment', 'line', 'purchase', 'criterion', 'evidence',
		'certificate', 'tender', 'sr-policy'
	)),
	entity_id TEXT NOT NULL,
	action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
	changes TEXT NOT NULL,
	-- As migration 018 added it.
	assessment_id TEXT GENERATED ALWAYS AS (
		CASE
			WHEN entity = 'assessment' THEN entity_id
			WHEN entity IN ('line', 'purchase', 'criterion', 'evidence')
				THEN substr(entity_id, 1, instr(entity_id, '/') - 1)
		END
	) VIRTUAL
) STRICT;

INSERT INTO audit_log_new (id, organisation_id, at, user_id, user_email, entity, entity_id, action, changes)
SELECT id, organisation_id, at, user_id, user_email, entity, entity_id, action, changes
FROM audit_log ORDER BY id;
-- Ids of rows erased with their organisation are never handed out again.
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'))
WHERE name = 'audit_log_new';

DROP TABLE audit_log;
PRAGMA legacy_alter_table = ON;
ALTER TABLE audit_log_new RENAME TO audit_log;
PRAGMA legacy_alter_table = OFF;

CREATE INDEX audit_log_org ON audit_log (organisation_id, id DESC);
CREATE INDEX audit_log_org_assessment ON audit_log (organisation_id, assessment_id, id);
CREATE INDEX audit_log_org_entity ON audit_log (organisation_id, entity, id);
CREATE INDEX audit_log_org_user ON audit_log (organisation_id, user_id, id);
CREATE INDEX audit_log_org_at ON audit_log (organisation_id, at);
CREATE INDEX audit_log_deleted_assessments ON audit_log (organisation_id, entity_id)
WHERE entity = 'assessment' AND action = 'delete';

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OF
	organisation_id, at, user_email, entity, entity_id, action, changes
	ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN EXISTS (SELECT 1 FROM organisations WHERE id = OLD.organisation_id)
BEGIN
	SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;

-- The actor as every audit trigger knows it (audit_actor, set by asActor); a new tender or
-- policy also names who created it, so a write made without asActor is not "system".
CREATE TRIGGER tenders_audit_insert AFTER INSERT ON tenders
BEGIN
	INSERT INTO audit_log (organisation_id, at, user_id, user_email, entity, entity_id, action, changes)
	VALUES (NEW.organisation_id, unixepoch(), coalesce((SELECT user_id FROM audit_actor WHERE id = 1), NEW.created_by), (SELECT email FROM users WHERE id = coalesce((SELECT user_id FROM audit_actor WHERE id = 1), NEW.created_by)), 'tender', NEW.id, 'create', json_object('name', NEW.name, 'policy_id', NEW.policy_id, 'contract_value', NEW.contract_value, 'scope', NEW.scope, 'labour_share_pct', NEW.labour_share_pct, 'start_on', NEW.start_on, 'end_on', NEW.end_on, 'pct_override', NEW.pct_override, 'notes', NEW.notes));
END;
CREATE TRIGGER tenders_audit_update AFTER UPDATE OF name, policy_id, contract_value, scope, labour_share_pct, start_on, end_on, pct_override, notes ON tenders
WHEN OLD.name IS NOT NEW.name OR OLD.policy_id IS NOT NEW.policy_id OR OLD.contract_value IS NOT NEW.contract_value OR OLD.scope IS NOT NEW.scope OR OLD.labour_share_pct IS NOT NEW.labour_share_pct OR OLD.start_on IS NOT NEW.start_on OR OLD.end_on IS NOT NEW.end_on OR OLD.pct_override IS NOT NEW.pct_override OR OLD.notes IS NOT NEW.notes
BEGIN
	INSERT INTO audit_log (organisation_id, at, user_id, user_email, entity, entity_id, action, changes)
	VALUES (NEW.organisation_id, unixepoch(), (SELECT user_id FROM audit_actor WHERE id = 1), (SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)), 'tender', NEW.id, 'update', (SELECT coalesce(json_group_object(k.key, json(k.value)), '{}') FROM json_each(json_array(CASE WHEN OLD.name IS NOT NEW.name THEN json_object('name', json_array(OLD.name, NEW.name)) END, CASE WHEN OLD.policy_id IS NOT NEW.policy_id THEN json_object('policy_id', json_array(OLD.policy_id, NEW.policy_id)) END, CASE WHEN OLD.contract_value IS NOT NEW.contract_value THEN json_object('contract_value', json_array(OLD.contract_value, NEW.contract_value)) END, CASE WHEN OLD.scope IS NOT NEW.scope THEN json_object('scope', json_array(OLD.scope, NEW.scope)) END, CASE WHEN OLD.labour_share_pct IS NOT NEW.labour_share_pct THEN json_object('labour_share_pct', json_array(OLD.labour_share_pct, NEW.labour_share_pct)) END, CASE WHEN OLD.start_on IS NOT NEW.start_on THEN json_object('start_on', json_array(OLD.start_on, NEW.start_on)) END, CASE WHEN OLD.end_on IS NOT NEW.end_on THEN json_object('end_on', json_array(OLD.end_on, NEW.end_on)) END, CASE WHEN OLD.pct_override IS NOT NEW.pct_override THEN json_object('pct_override', json_array(OLD.pct_override, NEW.pct_override)) END, CASE WHEN OLD.notes IS NOT NEW.notes THEN json_object('notes', json_array(OLD.notes, NEW.notes)) END)) AS e, json_each(e.value) AS k WHERE e.type = 'object'));
END;
CREATE TRIGGER tenders_audit_delete AFTER DELETE ON tenders
WHEN EXISTS (SELECT 1 FROM organisations WHERE id = OLD.organisation_id)
BEGIN
	INSERT INTO audit_log (organisation_id, at, user_id, user_email, entity, entity_id, action, changes)
	VALUES (OLD.organisation_id, unixepoch(), (SELECT user_id FROM audit_actor WHERE id = 1), (SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)), 'tender', OLD.id, 'delete', json_object('name', OLD.name, 'policy_id', OLD.policy_id, 'contract_value', OLD.contract_value, 'scope', OLD.scope, 'labour_share_pct', OLD.labour_share_pct, 'start_on', OLD.start_on, 'end_on', OLD.end_on, 'pct_override', OLD.pct_override, 'notes', OLD.notes));
END;

CREATE TRIGGER custom_sr_policies_audit_insert AFTER INSERT ON custom_sr_policies
WHEN NEW.organisation_id IS NOT NULL
BEGIN
	INSERT INTO audit_log (organisation_id, at, user_id, user_email, entity, entity_id, action, changes)
	VALUES (NEW.organisation_id, unixepoch(), coalesce((SELECT user_id FROM audit_actor WHERE id = 1), NEW.created_by), (SELECT email FROM users WHERE id = coalesce((SELECT user_id FROM audit_actor WHERE id = 1), NEW.created_by)), 'sr-policy', NEW.id, 'create', json_object('title', NEW.json ->> '$.title', 'version', NEW.json ->> '$.version'));
END;
CREATE TRIGGER custom_sr_policies_audit_update AFTER UPDATE OF json ON custom_sr_policies
WHEN NEW.organisation_id IS NOT NULL AND OLD.json IS NOT NEW.json
BEGIN
	INSERT INTO audit_log (organisation_id, at, user_id, user_email, entity, entity_id, action, changes)
	VALUES (NEW.organisation_id, unixepoch(), (SELECT user_id FROM audit_actor WHERE id = 1), (SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)), 'sr-policy', NEW.id, 'update', (SELECT coalesce(json_group_object(k.key, json(k.value)), '{}') FROM json_each(json_array(CASE WHEN OLD.json ->> '$.title' IS NOT NEW.json ->> '$.title' THEN json_object('title', json_array(OLD.json ->> '$.title', NEW.json ->> '$.title')) END, CASE WHEN OLD.json ->> '$.version' IS NOT NEW.json ->> '$.version' THEN json_object('version', json_array(OLD.json ->> '$.version', NEW.json ->> '$.version')) END)) AS e, json_each(e.value) AS k WHERE e.type = 'object'));
END;
CREATE TRIGGER custom_sr_policies_audit_delete AFTER DELETE ON custom_sr_policies
WHEN OLD.organisation_id IS NOT NULL AND EXISTS (SELECT 1 FROM organisations WHERE id = OLD.organisation_id)
BEGIN
	INSERT INTO audit_log (organisation_id, at, user_id, user_email, entity, entity_id, action, changes)
	VALUES (OLD.organisation_id, unixepoch(), (SELECT user_id FROM audit_actor WHERE id = 1), (SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)), 'sr-policy', OLD.id, 'delete', json_object('title', OLD.json ->> '$.title', 'version', OLD.json ->> '$.version'));
END;
