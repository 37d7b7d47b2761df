-- One cache of "this assessment's numbers" for every page (src/lib/server/assessments/outcome.ts)
-- replaces the three that fed each other (result_cache → assessment_score_cache →
-- portfolio_cache) and the triggers, the one-day validity and the clearing on start that kept
-- them fresh. A row is valid while its key matches: the assessment's `revision` (bumped by
-- trigger on every change to the assessment or a row feeding its scoring, migrations 006 and
-- 013) and `ruleset_hash` (the outcome format and the content of the assessment's ruleset).
-- A stale row is simply overwritten; nothing ever needs deleting.
DROP TRIGGER portfolio_cache_organisation_update;
DROP TRIGGER portfolio_cache_certificate_insert;
DROP TRIGGER portfolio_cache_certificate_update;
DROP TRIGGER portfolio_cache_certificate_delete;
DROP TRIGGER score_cache_assessment_insert;
DROP TRIGGER score_cache_assessment_update;
DROP TRIGGER score_cache_assessment_delete;
DROP TABLE portfolio_cache;
DROP TABLE assessment_score_cache;
DROP TABLE result_cache;

CREATE TABLE assessment_outcomes (
	assessment_id TEXT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
	revision INTEGER NOT NULL,
	ruleset_hash TEXT NOT NULL,
	-- The scalars the advisor portfolio filters and flags on in SQL. rung and total_pct are
	-- NULL when the inputs cannot be scored yet (e.g. total FTE not entered).
	rung TEXT CHECK (rung IS NULL OR rung IN ('not-eligible', 'none', 'basistrede', 'trede-1', 'trede-2', 'trede-3')),
	total_pct REAL,
	aspirant INTEGER NOT NULL CHECK (aspirant IN (0, 1)),
	pso30plus INTEGER NOT NULL CHECK (pso30plus IN (0, 1)),
	-- Earliest last counting day of a line that counts on the period end (contract §3.16).
	first_stop TEXT CHECK (first_stop IS NULL OR date(first_stop) = first_stop),
	-- End of the reference year after this one.
	next_period_end TEXT NOT NULL CHECK (date(next_period_end) = next_period_end),
	-- Earliest "valid until" of the qualitative evidence items.
	first_evidence_expiry TEXT CHECK (first_evidence_expiry IS NULL OR date(first_evidence_expiry) = first_evidence_expiry),
	-- Each page reads only its own part (JSON): the result without its per-line rows (overview,
	-- timeline, result page), the rest of the result page, the explanation in each language,
	-- the renewal summary (renewal panel), or why the inputs cannot be scored.
	result_json TEXT,
	page_json TEXT,
	steps_nl TEXT,
	steps_en TEXT,
	renewal_json TEXT NOT NULL,
	issues_json TEXT,
	CHECK ((result_json IS NULL) = (issues_json IS NOT NULL))
) STRICT;
-- The portfolio reads the key and the scalars of a thousand rows per request: from this index
-- alone, never from the wide rows.
CREATE INDEX assessment_outcomes_scalars ON assessment_outcomes (
	assessment_id, revision, ruleset_hash, rung, total_pct, aspirant, pso30plus, first_stop,
	next_period_end, first_evidence_expiry
);

-- Lists of an organisation's assessments with their outcome key, and "the latest assessment"
-- of each advisor client, from this index alone: a final assessment's row keeps its JSON in
-- overflow pages, and the columns after it (finalised_at, updated_at, revision) would
-- otherwise be read through them.
-- Its first terms are the one order of records.ts (latestFirstOrder), so the latest is the
-- first entry of an organisation.
CREATE INDEX assessments_outcome_key ON assessments (
	organisation_id, period_end DESC, status = 'final' DESC, coalesce(finalised_at, updated_at) DESC,
	id, revision, ruleset_id, name, status, period_start, created_at, finalised_at, updated_at
);

-- The certificate a client's renewal is about, picked per client by the portfolio in index
-- order (newest issued first) instead of sorting each client's certificates.
CREATE INDEX certificates_renewal_pick ON certificates (
	organisation_id, issued_on DESC, created_at DESC, id, expires_on
);
