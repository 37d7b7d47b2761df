-- The audit trail for people (issue 11 item 3) filters by assessment, person, kind and date
-- over 100,000 rows of one organisation. The assessment an entry belongs to is a generated
-- column: its own id for an assessment, the part before the first '/' of the ids the triggers
-- write for an assessment's rows (assessment id || '/' || row id; assessment ids hold no '/').
-- Virtual, so no stored row changes and the write triggers stay as they are.
ALTER TABLE audit_log ADD COLUMN assessment_id TEXT GENERATED ALWAYS AS (
	CASE
		WHEN entity = 'assessment' THEN entity_id
		WHEN entity IN ('line', 'purchase', 'criterion', 'evidence')
			THEN substr(entity_id, 1, instr(entity_id, '/') - 1)
	END
) VIRTUAL;

CREATE INDEX audit_log_org_assessment ON audit_log (organisation_id, assessment_id, id);
CREATE INDEX audit_log_org_entity ON audit_log (organisation_id, entity, id);
CREATE INDEX audit_log_org_user ON audit_log (organisation_id, user_id, id);
CREATE INDEX audit_log_org_at ON audit_log (organisation_id, at);
-- A deleted assessment keeps its name in the trail: the row that recorded its deletion.
CREATE INDEX audit_log_deleted_assessments ON audit_log (organisation_id, entity_id)
WHERE entity = 'assessment' AND action = 'delete';
