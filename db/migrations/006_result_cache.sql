-- Every change to an assessment or its rows bumps `revision`, so anything derived from the
-- inputs (the scored result page) can be cached and is never served stale. A counter, not a
-- timestamp: two edits within one second must still differ.
ALTER TABLE assessments ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

-- Recursive triggers are off (SQLite's default), so this does not fire itself again.
CREATE TRIGGER assessments_revision AFTER UPDATE ON assessments
WHEN NEW.revision = OLD.revision
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER assessment_lines_revision_insert AFTER INSERT ON assessment_lines
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER assessment_lines_revision_update AFTER UPDATE ON assessment_lines
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER assessment_lines_revision_delete AFTER DELETE ON assessment_lines
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = OLD.assessment_id;
END;
CREATE TRIGGER assessment_purchases_revision_insert AFTER INSERT ON assessment_purchases
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER assessment_purchases_revision_update AFTER UPDATE ON assessment_purchases
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER assessment_purchases_revision_delete AFTER DELETE ON assessment_purchases
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = OLD.assessment_id;
END;
CREATE TRIGGER assessment_criteria_revision_insert AFTER INSERT ON assessment_criteria
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER assessment_criteria_revision_update AFTER UPDATE ON assessment_criteria
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER assessment_criteria_revision_delete AFTER DELETE ON assessment_criteria
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = OLD.assessment_id;
END;
CREATE TRIGGER assessment_evidence_revision_insert AFTER INSERT ON assessment_evidence
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER assessment_evidence_revision_update AFTER UPDATE ON assessment_evidence
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = NEW.assessment_id;
END;
CREATE TRIGGER assessment_evidence_revision_delete AFTER DELETE ON assessment_evidence
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = OLD.assessment_id;
END;

-- The result page's view of one assessment at one revision: scored result (without per-line
-- rows), explanation in both languages, norms and lines that stop counting. Derived data only;
-- emptied at every start so a new engine version never serves old explanations.
CREATE TABLE result_cache (
	assessment_id TEXT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
	revision INTEGER NOT NULL,
	payload TEXT NOT NULL
) STRICT;
