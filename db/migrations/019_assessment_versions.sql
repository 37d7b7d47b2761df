-- Assessments you can tell apart (issue 11 item 4): three drafts named "Peiljaar 2025" differ in
-- their version, where they came from and when they last changed.
--
-- `version` numbers the organisation's assessments of one reference period in the order they
-- were made (the period cannot change after creation, so the number is stable). `origin` says
-- how it was made: empty ('new'), from a previous one ('copy'), as the next version of a final
-- one ('new-version') or from a pso-assessment/1 file ('import'); `based_on` (migration 003)
-- already names the source.
ALTER TABLE assessments ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE assessments ADD COLUMN origin TEXT NOT NULL DEFAULT 'new'
	CHECK (origin IN ('new', 'copy', 'new-version', 'import'));

-- Existing rows: numbered within their period by creation; a row with a source was a copy
-- (copies and new versions were not told apart before).
UPDATE assessments SET
	version = (
		SELECT count(*) FROM assessments AS earlier
		WHERE earlier.organisation_id = assessments.organisation_id
			AND earlier.period_start = assessments.period_start
			AND earlier.period_end = assessments.period_end
			AND (earlier.created_at < assessments.created_at
				OR (earlier.created_at = assessments.created_at AND earlier.id <= assessments.id))
	),
	origin = CASE WHEN based_on IS NULL THEN 'new' ELSE 'copy' END;

-- The last change of an assessment or any of its rows. `updated_at` moves only with the
-- assessment row itself (editing lines, purchases or evidence leaves it, see migration 008), but
-- every change bumps `revision` (migration 006), so this follows `revision`. Null until the first
-- change after this migration; readers take coalesce(changed_at, updated_at).
ALTER TABLE assessments ADD COLUMN changed_at INTEGER;

-- Within the same second there is nothing to set (and an update that sets nothing new would
-- read as a change below).
CREATE TRIGGER assessments_changed_at AFTER UPDATE OF revision ON assessments
WHEN NEW.revision <> OLD.revision AND NEW.changed_at IS NOT unixepoch()
BEGIN
	UPDATE assessments SET changed_at = unixepoch() WHERE id = NEW.id;
END;

-- Setting `changed_at` is not itself a change: it must not bump `revision` again.
DROP TRIGGER assessments_revision;
CREATE TRIGGER assessments_revision AFTER UPDATE ON assessments
WHEN NEW.revision = OLD.revision AND NEW.changed_at IS OLD.changed_at
BEGIN
	UPDATE assessments SET revision = revision + 1 WHERE id = NEW.id;
END;

-- Like the rest of a final assessment (assessments_final_frozen, migration 003).
CREATE TRIGGER assessments_version_final_frozen BEFORE UPDATE OF version, origin ON assessments
WHEN OLD.status = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;

-- A checked pso-assessment/1 file waiting for the user's name and, when it names another
-- organisation, confirmation (issue 11 item 4). Like import_staging (migration 012), the
-- document stays on the server under a random token, scoped to one user and organisation,
-- and expires after an hour.
CREATE TABLE assessment_file_staging (
	token TEXT PRIMARY KEY CHECK (length(token) BETWEEN 20 AND 64),
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	file_name TEXT NOT NULL CHECK (length(file_name) <= 200),
	document_json TEXT NOT NULL,
	expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX assessment_file_staging_expiry ON assessment_file_staging (expires_at);
