-- A bulk write of target-group lines (CSV or JSON import of up to 50,000 lines) records one
-- audit row and one revision bump instead of one of each per line: per-line triggers made a
-- 10,000-line import hold the write lock for over half a second, stalling every other user.
-- The importing code inserts the row below for the duration of its transaction and writes the
-- summary itself (src/lib/server/assessment-lines.ts, importLines).
CREATE TABLE bulk_line_write (
	id INTEGER PRIMARY KEY CHECK (id = 1)
) STRICT;

DROP TRIGGER assessment_lines_revision_insert;
CREATE TRIGGER assessment_lines_revision_insert AFTER INSERT ON assessment_lines
WHEN NOT EXISTS (SELECT 1 FROM bulk_line_write)
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id;
END;

DROP TRIGGER assessment_lines_revision_delete;
CREATE TRIGGER assessment_lines_revision_delete AFTER DELETE ON assessment_lines
WHEN NOT EXISTS (SELECT 1 FROM bulk_line_write)
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = OLD.assessment_id;
END;

DROP TRIGGER assessment_lines_audit_insert;
CREATE TRIGGER assessment_lines_audit_insert AFTER INSERT ON assessment_lines
WHEN NOT EXISTS (SELECT 1 FROM bulk_line_write)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = NEW.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'line',
		NEW.assessment_id || '/' || NEW.line_id,
		'create',
		json_object(
			'line_id', NEW.line_id,
			'position', NEW.position,
			'contract', NEW.contract,
			'hours_per_week', NEW.hours_per_week,
			'start_date', NEW.start_date,
			'end_date', NEW.end_date,
			'inflow', NEW.inflow,
			'lks_until', NEW.lks_until,
			'indication_until', NEW.indication_until,
			'school_left', NEW.school_left,
			'ww_months', NEW.ww_months,
			'further_indication', NEW.further_indication,
			'durable', NEW.durable
		)
	);
END;

DROP TRIGGER assessment_lines_audit_delete;
CREATE TRIGGER assessment_lines_audit_delete AFTER DELETE ON assessment_lines
WHEN NOT EXISTS (SELECT 1 FROM bulk_line_write)
	AND EXISTS (
		SELECT 1 FROM organisations
		WHERE id = (SELECT organisation_id FROM assessments WHERE id = OLD.assessment_id)
	)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = OLD.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'line',
		OLD.assessment_id || '/' || OLD.line_id,
		'delete',
		json_object(
			'line_id', OLD.line_id,
			'position', OLD.position,
			'contract', OLD.contract,
			'hours_per_week', OLD.hours_per_week,
			'start_date', OLD.start_date,
			'end_date', OLD.end_date,
			'inflow', OLD.inflow,
			'lks_until', OLD.lks_until,
			'indication_until', OLD.indication_until,
			'school_left', OLD.school_left,
			'ww_months', OLD.ww_months,
			'further_indication', OLD.further_indication,
			'durable', OLD.durable
		)
	);
END;
