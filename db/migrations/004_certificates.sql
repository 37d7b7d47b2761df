-- Actual PSO certificates an organisation holds (pso-method §10): issued by a certifying body
-- after the audit, valid for 2 years. What the app estimates is never written here.
CREATE TABLE certificates (
	id TEXT PRIMARY KEY,
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	rung TEXT NOT NULL CHECK (rung IN ('aspirant', 'basistrede', 'trede-1', 'trede-2', 'trede-3')),
	-- PSO 30+ is a read-out within trede 3 only (pso-method §9, condition 1).
	pso30plus INTEGER NOT NULL DEFAULT 0 CHECK (pso30plus IN (0, 1)),
	issued_on TEXT NOT NULL CHECK (date(issued_on) = issued_on),
	-- The last day the certificate is valid. The app fills in issue date + 2 years when the
	-- user leaves it empty; a certificate that states another date keeps that date.
	expires_on TEXT NOT NULL CHECK (date(expires_on) = expires_on AND expires_on > issued_on),
	certifying_body TEXT NOT NULL CHECK (length(certifying_body) BETWEEN 1 AND 200),
	certificate_number TEXT CHECK (certificate_number IS NULL OR length(certificate_number) BETWEEN 1 AND 100),
	note TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
	created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	CHECK (pso30plus = 0 OR rung = 'trede-3')
) STRICT;
CREATE INDEX certificates_org_issued ON certificates (organisation_id, issued_on DESC);

-- What the advisor portfolio needs of an assessment, scored once instead of on every request
-- (scoring 1,000 drafts per page view would take seconds). Rows are derived data: a row is
-- used only while `updated_at` and `scorer` match, and the triggers below delete it when
-- the assessment's inputs change, because editing lines, purchases or evidence does not move
-- assessments.updated_at. The scalar columns let the portfolio filter, sort and page in SQL.
CREATE TABLE assessment_score_cache (
	assessment_id TEXT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
	updated_at INTEGER NOT NULL,
	-- Which scorer wrote the row (summary format + rulesets); another value means stale, so a
	-- corrected ruleset or summary shape never serves old numbers.
	scorer TEXT NOT NULL,
	-- NULL when the inputs cannot be scored yet (e.g. total FTE not entered).
	rung TEXT CHECK (rung IS NULL OR rung IN ('not-eligible', 'none', 'basistrede', 'trede-1', 'trede-2', 'trede-3')),
	total_pct REAL,
	aspirant INTEGER NOT NULL DEFAULT 0 CHECK (aspirant IN (0, 1)),
	pso30plus INTEGER NOT NULL DEFAULT 0 CHECK (pso30plus IN (0, 1)),
	-- Earliest last counting day of a line that counts on the period end (contract §3.16).
	first_stop TEXT CHECK (first_stop IS NULL OR date(first_stop) = first_stop),
	-- End of the reference year after this one.
	next_period_end TEXT NOT NULL CHECK (date(next_period_end) = next_period_end),
	-- Earliest "valid until" of the qualitative evidence items.
	first_evidence_expiry TEXT CHECK (first_evidence_expiry IS NULL OR date(first_evidence_expiry) = first_evidence_expiry),
	-- The full summary (src/lib/pso/renewal-readiness.ts RenewalSummary) the columns come from.
	summary_json TEXT NOT NULL,
	computed_at INTEGER NOT NULL
) STRICT;

CREATE TRIGGER score_cache_assessment_update AFTER UPDATE ON assessments
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id = NEW.id;
END;
CREATE TRIGGER score_cache_lines_insert AFTER INSERT ON assessment_lines
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id = NEW.assessment_id;
END;
CREATE TRIGGER score_cache_lines_update AFTER UPDATE ON assessment_lines
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id IN (OLD.assessment_id, NEW.assessment_id);
END;
CREATE TRIGGER score_cache_lines_delete AFTER DELETE ON assessment_lines
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id = OLD.assessment_id;
END;
CREATE TRIGGER score_cache_purchases_insert AFTER INSERT ON assessment_purchases
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id = NEW.assessment_id;
END;
CREATE TRIGGER score_cache_purchases_update AFTER UPDATE ON assessment_purchases
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id IN (OLD.assessment_id, NEW.assessment_id);
END;
CREATE TRIGGER score_cache_purchases_delete AFTER DELETE ON assessment_purchases
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id = OLD.assessment_id;
END;
CREATE TRIGGER score_cache_criteria_insert AFTER INSERT ON assessment_criteria
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id = NEW.assessment_id;
END;
CREATE TRIGGER score_cache_criteria_update AFTER UPDATE ON assessment_criteria
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id IN (OLD.assessment_id, NEW.assessment_id);
END;
CREATE TRIGGER score_cache_criteria_delete AFTER DELETE ON assessment_criteria
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id = OLD.assessment_id;
END;
CREATE TRIGGER score_cache_evidence_insert AFTER INSERT ON assessment_evidence
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id = NEW.assessment_id;
END;
CREATE TRIGGER score_cache_evidence_update AFTER UPDATE ON assessment_evidence
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id IN (OLD.assessment_id, NEW.assessment_id);
END;
CREATE TRIGGER score_cache_evidence_delete AFTER DELETE ON assessment_evidence
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id = OLD.assessment_id;
END;
