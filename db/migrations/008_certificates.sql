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

-- The advisor portfolio must list 1,000 clients in a few milliseconds, so nothing is scored or
-- picked per request. Two caches of derived data, both filled lazily by
-- src/lib/server/portfolio.ts and emptied by the triggers below when their inputs change
-- (editing lines, purchases or evidence does not move assessments.updated_at, so the triggers
-- watch those tables themselves):
--
-- 1. assessment_score_cache: what renewal readiness needs of one assessment (scoring a draft
--    costs about a millisecond; finals are read from their stored result). Valid while
--    `scorer` matches and, for drafts, `updated_at` equals the assessment's.
-- 2. portfolio_cache: one flat row per organisation (its latest assessment's summary and the
--    certificate in force on `computed_on`), so a portfolio page is one indexed scan with no
--    joins into the wide assessments rows (their JSON sits in overflow pages). The certificate
--    in force depends on the date, so a row is valid only on the day it was computed.
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

CREATE TABLE portfolio_cache (
	organisation_id TEXT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
	computed_on TEXT NOT NULL CHECK (date(computed_on) = computed_on),
	scorer TEXT NOT NULL,
	name TEXT NOT NULL,
	-- The latest assessment (NULL: none) and what assessment_score_cache says about it.
	assessment_id TEXT,
	assessment_name TEXT,
	assessment_status TEXT CHECK (assessment_status IS NULL OR assessment_status IN ('draft', 'final')),
	assessed_at INTEGER,
	rung TEXT,
	total_pct REAL,
	aspirant INTEGER NOT NULL DEFAULT 0 CHECK (aspirant IN (0, 1)),
	pso30plus INTEGER NOT NULL DEFAULT 0 CHECK (pso30plus IN (0, 1)),
	first_stop TEXT,
	next_period_end TEXT,
	first_evidence_expiry TEXT,
	-- The certificate renewal is about on `computed_on` (NULL: none).
	cert_rung TEXT CHECK (cert_rung IS NULL OR cert_rung IN ('aspirant', 'basistrede', 'trede-1', 'trede-2', 'trede-3')),
	cert_pso30plus INTEGER,
	cert_expires_on TEXT
) STRICT;
CREATE INDEX portfolio_cache_assessment ON portfolio_cache (assessment_id);

CREATE TRIGGER portfolio_cache_organisation_update AFTER UPDATE ON organisations
BEGIN
	DELETE FROM portfolio_cache WHERE organisation_id = NEW.id;
END;
CREATE TRIGGER portfolio_cache_certificate_insert AFTER INSERT ON certificates
BEGIN
	DELETE FROM portfolio_cache WHERE organisation_id = NEW.organisation_id;
END;
CREATE TRIGGER portfolio_cache_certificate_update AFTER UPDATE ON certificates
BEGIN
	DELETE FROM portfolio_cache WHERE organisation_id IN (OLD.organisation_id, NEW.organisation_id);
END;
CREATE TRIGGER portfolio_cache_certificate_delete AFTER DELETE ON certificates
BEGIN
	DELETE FROM portfolio_cache WHERE organisation_id = OLD.organisation_id;
END;
-- A new, changed or deleted assessment may change which one is the latest.
CREATE TRIGGER score_cache_assessment_insert AFTER INSERT ON assessments
BEGIN
	DELETE FROM portfolio_cache WHERE organisation_id = NEW.organisation_id;
END;
-- Changes to an assessment's lines, purchases, criteria and evidence bump its revision
-- (migration 006), which is an update of the assessment: this trigger covers them too.
CREATE TRIGGER score_cache_assessment_update AFTER UPDATE ON assessments
BEGIN
	DELETE FROM assessment_score_cache WHERE assessment_id = NEW.id;
	DELETE FROM portfolio_cache WHERE organisation_id IN (OLD.organisation_id, NEW.organisation_id);
END;
CREATE TRIGGER score_cache_assessment_delete AFTER DELETE ON assessments
BEGIN
	DELETE FROM portfolio_cache WHERE organisation_id = OLD.organisation_id;
END;
