-- Certificates join the audit trail (migration 007): who recorded, changed or removed which
-- certificate, and what changed.
CREATE TRIGGER certificates_audit_insert AFTER INSERT ON certificates
BEGIN
	INSERT INTO audit_log (organisation_id, at, user_id, user_email, entity, entity_id, action, changes)
	VALUES (NEW.organisation_id, unixepoch(), (SELECT user_id FROM audit_actor WHERE id = 1), (SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)), 'certificate', NEW.id, 'create', json_object('rung', NEW.rung, 'pso30plus', NEW.pso30plus, 'issued_on', NEW.issued_on, 'expires_on', NEW.expires_on, 'certifying_body', NEW.certifying_body, 'certificate_number', NEW.certificate_number, 'note', NEW.note));
END;
CREATE TRIGGER certificates_audit_update AFTER UPDATE OF rung, pso30plus, issued_on, expires_on, certifying_body, certificate_number, note ON certificates
WHEN OLD.rung IS NOT NEW.rung OR OLD.pso30plus IS NOT NEW.pso30plus OR OLD.issued_on IS NOT NEW.issued_on OR OLD.expires_on IS NOT NEW.expires_on OR OLD.certifying_body IS NOT NEW.certifying_body OR OLD.certificate_number IS NOT NEW.certificate_number OR OLD.note IS NOT NEW.note
BEGIN
	INSERT INTO audit_log (organisation_id, at, user_id, user_email, entity, entity_id, action, changes)
	VALUES (NEW.organisation_id, unixepoch(), (SELECT user_id FROM audit_actor WHERE id = 1), (SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)), 'certificate', NEW.id, 'update', (SELECT coalesce(json_group_object(k.key, json(k.value)), '{}') FROM json_each(json_array(CASE WHEN OLD.rung IS NOT NEW.rung THEN json_object('rung', json_array(OLD.rung, NEW.rung)) END, CASE WHEN OLD.pso30plus IS NOT NEW.pso30plus THEN json_object('pso30plus', json_array(OLD.pso30plus, NEW.pso30plus)) END, CASE WHEN OLD.issued_on IS NOT NEW.issued_on THEN json_object('issued_on', json_array(OLD.issued_on, NEW.issued_on)) END, CASE WHEN OLD.expires_on IS NOT NEW.expires_on THEN json_object('expires_on', json_array(OLD.expires_on, NEW.expires_on)) END, CASE WHEN OLD.certifying_body IS NOT NEW.certifying_body THEN json_object('certifying_body', json_array(OLD.certifying_body, NEW.certifying_body)) END, CASE WHEN OLD.certificate_number IS NOT NEW.certificate_number THEN json_object('certificate_number', json_array(OLD.certificate_number, NEW.certificate_number)) END, CASE WHEN OLD.note IS NOT NEW.note THEN json_object('note', json_array(OLD.note, NEW.note)) END)) AS e, json_each(e.value) AS k WHERE e.type = 'object'));
END;
CREATE TRIGGER certificates_audit_delete AFTER DELETE ON certificates
WHEN EXISTS (SELECT 1 FROM organisations WHERE id = OLD.organisation_id)
BEGIN
	INSERT INTO audit_log (organisation_id, at, user_id, user_email, entity, entity_id, action, changes)
	VALUES (OLD.organisation_id, unixepoch(), (SELECT user_id FROM audit_actor WHERE id = 1), (SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)), 'certificate', OLD.id, 'delete', json_object('rung', OLD.rung, 'pso30plus', OLD.pso30plus, 'issued_on', OLD.issued_on, 'expires_on', OLD.expires_on, 'certifying_body', OLD.certifying_body, 'certificate_number', OLD.certificate_number, 'note', OLD.note));
END;
