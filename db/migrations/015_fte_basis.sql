-- How an assessment's total_fte was obtained (issue 10 item 4; docs/scoring-rules.md §2): NULL
-- when typed, 'roster' when computed from a staff roster of fte_basis_persons persons, 'payroll'
-- when computed from fte_basis_hours paid in the period. The roster itself is not kept: only
-- the figures it gave. Scoring reads total_fte alone; the basis explains it (and is exported).
ALTER TABLE assessments ADD COLUMN fte_basis TEXT
	CHECK (fte_basis IS NULL OR fte_basis IN ('roster', 'payroll'));
ALTER TABLE assessments ADD COLUMN fte_basis_persons INTEGER
	CHECK (fte_basis_persons IS NULL OR fte_basis_persons >= 1)
	CHECK ((fte_basis IS 'roster') = (fte_basis_persons IS NOT NULL));
ALTER TABLE assessments ADD COLUMN fte_basis_hours REAL
	CHECK (fte_basis_hours IS NULL OR fte_basis_hours > 0)
	CHECK ((fte_basis IS 'payroll') = (fte_basis_hours IS NOT NULL));

-- Frozen with the rest of a final assessment (assessments_final_frozen, migration 003).
CREATE TRIGGER assessments_fte_basis_final_frozen BEFORE UPDATE OF
	fte_basis, fte_basis_persons, fte_basis_hours ON assessments
WHEN OLD.status = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;

-- A copy ("new version", "start from") keeps the basis only when it still explains the copied
-- total: same period, same full-time hours and the same total_fte. Another period or CAO norm
-- needs a new roster, so the copy's total then counts as typed.
CREATE TRIGGER assessments_fte_basis_copy AFTER INSERT ON assessments
WHEN NEW.based_on IS NOT NULL AND NEW.fte_basis IS NULL
BEGIN
	UPDATE assessments
	SET (fte_basis, fte_basis_persons, fte_basis_hours) = (
		SELECT source.fte_basis, source.fte_basis_persons, source.fte_basis_hours
		FROM assessments AS source
		WHERE source.id = NEW.based_on
	)
	WHERE id = NEW.id
		AND EXISTS (
			SELECT 1 FROM assessments AS source
			WHERE source.id = NEW.based_on
				AND source.fte_basis IS NOT NULL
				AND source.period_start = NEW.period_start
				AND source.period_end = NEW.period_end
				AND source.fulltime_hours = NEW.fulltime_hours
				AND source.total_fte IS NEW.total_fte
		);
END;
