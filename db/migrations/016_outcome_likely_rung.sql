-- The advisor portfolio flags, filters and sorts on the likely rung and the rung range (contract
-- §6.1, issue 10 item 2), not on the strict headline rung alone: for a size whose norm is not
-- published the headline is the stricter bound, and comparing it with a certificate flagged a
-- size-9 organisation "below trede 2" that most likely holds trede 2. The range's low end is
-- `rung` (migration 014); these add its likely value and high end, after the qualitative
-- criteria, and whether PSO 30+ is missed only by the strict rung. A row written before this
-- migration fails the outcome key (OUTCOME_FORMAT) and is computed again, so no backfill.
ALTER TABLE assessment_outcomes ADD COLUMN likely_rung TEXT CHECK (likely_rung IS NULL OR
	likely_rung IN ('not-eligible', 'none', 'basistrede', 'trede-1', 'trede-2', 'trede-3'));
ALTER TABLE assessment_outcomes ADD COLUMN rung_at_most TEXT CHECK (rung_at_most IS NULL OR
	rung_at_most IN ('not-eligible', 'none', 'basistrede', 'trede-1', 'trede-2', 'trede-3'));
ALTER TABLE assessment_outcomes ADD COLUMN pso30plus_possible INTEGER NOT NULL DEFAULT 0
	CHECK (pso30plus_possible IN (0, 1));

-- The portfolio still reads every scalar of a thousand rows from the index alone.
DROP INDEX assessment_outcomes_scalars;
CREATE INDEX assessment_outcomes_scalars ON assessment_outcomes (
	assessment_id, revision, ruleset_hash, rung, total_pct, aspirant, pso30plus, first_stop,
	next_period_end, first_evidence_expiry, likely_rung, rung_at_most, pso30plus_possible
);
