-- Assessments: the inputs of one reference period (peiljaar) of one organisation. A draft is
-- edited step by step; finalising stores the exact inputs and result as an immutable snapshot.
CREATE TABLE assessments (
	id TEXT PRIMARY KEY,
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
	period_start TEXT NOT NULL CHECK (date(period_start) = period_start),
	period_end TEXT NOT NULL CHECK (date(period_end) = period_end AND period_end >= period_start),
	ruleset_id TEXT NOT NULL,
	status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
	based_on TEXT REFERENCES assessments (id) ON DELETE SET NULL,
	-- Organisation in the period; null until the first step is saved.
	total_fte REAL CHECK (total_fte IS NULL OR total_fte > 0),
	headcount INTEGER CHECK (headcount IS NULL OR headcount >= 1),
	fulltime_hours REAL NOT NULL DEFAULT 40 CHECK (fulltime_hours > 0 AND fulltime_hours <= 60),
	months_active INTEGER CHECK (months_active IS NULL OR months_active >= 0),
	-- Aspirant route: the action plan (contract §3.13).
	plan_adopted INTEGER NOT NULL DEFAULT 0 CHECK (plan_adopted IN (0, 1)),
	plan_smart INTEGER NOT NULL DEFAULT 0 CHECK (plan_smart IN (0, 1)),
	plan_started INTEGER NOT NULL DEFAULT 0 CHECK (plan_started IN (0, 1)),
	plan_target_rung TEXT CHECK (plan_target_rung IS NULL OR plan_target_rung IN ('basistrede', 'trede-1', 'trede-2', 'trede-3')),
	plan_note TEXT CHECK (plan_note IS NULL OR length(plan_note) <= 4000),
	-- Set once, by finalising: what was scored, with what, by whom and when.
	final_input_json TEXT,
	final_result_json TEXT,
	finalised_by TEXT REFERENCES users (id) ON DELETE SET NULL,
	finalised_at INTEGER,
	created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	CHECK ((status = 'final') = (final_result_json IS NOT NULL AND finalised_at IS NOT NULL))
) STRICT;
CREATE INDEX assessments_org_period ON assessments (organisation_id, period_end DESC);

-- Pseudonymous target-group lines: an id chosen by the organisation, never a name or BSN.
CREATE TABLE assessment_lines (
	assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	seq INTEGER NOT NULL,
	line_id TEXT NOT NULL CHECK (length(line_id) BETWEEN 1 AND 64),
	position TEXT NOT NULL,
	contract TEXT NOT NULL,
	hours_per_week REAL NOT NULL CHECK (hours_per_week BETWEEN 0 AND 60),
	start_date TEXT NOT NULL CHECK (date(start_date) = start_date),
	end_date TEXT CHECK (end_date IS NULL OR (date(end_date) = end_date AND end_date >= start_date)),
	inflow TEXT CHECK (inflow IS NULL OR date(inflow) = inflow),
	lks_until TEXT CHECK (lks_until IS NULL OR date(lks_until) = lks_until),
	indication_until TEXT CHECK (indication_until IS NULL OR date(indication_until) = indication_until),
	school_left TEXT CHECK (school_left IS NULL OR date(school_left) = school_left),
	ww_months REAL CHECK (ww_months IS NULL OR ww_months >= 0),
	further_indication INTEGER NOT NULL DEFAULT 0 CHECK (further_indication IN (0, 1)),
	durable INTEGER NOT NULL DEFAULT 0 CHECK (durable IN (0, 1)),
	PRIMARY KEY (assessment_id, line_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE assessment_purchases (
	id TEXT PRIMARY KEY,
	assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	seq INTEGER NOT NULL,
	supplier TEXT NOT NULL CHECK (length(supplier) BETWEEN 1 AND 200),
	kind TEXT NOT NULL CHECK (kind IN ('pso-certified', 'sw-company')),
	amount REAL NOT NULL CHECK (amount > 0),
	supplier_turnover REAL NOT NULL CHECK (supplier_turnover > 0),
	supplier_fte REAL NOT NULL CHECK (supplier_fte >= 0),
	supplier_direct_pct REAL NOT NULL CHECK (supplier_direct_pct BETWEEN 0 AND 100)
) STRICT;
CREATE INDEX assessment_purchases_assessment ON assessment_purchases (assessment_id, seq);

CREATE TABLE assessment_criteria (
	assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	criterion TEXT NOT NULL CHECK (criterion IN ('suitableWork', 'integration', 'development', 'guidance')),
	status TEXT NOT NULL DEFAULT 'unknown' CHECK (status IN ('met', 'partial', 'unmet', 'unknown')),
	note TEXT CHECK (note IS NULL OR length(note) <= 4000),
	PRIMARY KEY (assessment_id, criterion)
) STRICT, WITHOUT ROWID;

CREATE TABLE assessment_evidence (
	id TEXT PRIMARY KEY,
	assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	criterion TEXT NOT NULL CHECK (criterion IN ('suitableWork', 'integration', 'development', 'guidance')),
	document TEXT NOT NULL CHECK (length(document) BETWEEN 1 AND 200),
	holder TEXT CHECK (holder IS NULL OR length(holder) <= 200),
	valid_until TEXT CHECK (valid_until IS NULL OR date(valid_until) = valid_until),
	created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX assessment_evidence_assessment ON assessment_evidence (assessment_id, criterion);

-- A final assessment is a record of what was assessed: the database itself refuses changes
-- to it, whatever code path tries. Only the links that foreign keys null out (based_on,
-- created_by, finalised_by) may change, so deleting a user or a draft never fails.
CREATE TRIGGER assessments_final_frozen BEFORE UPDATE OF
	organisation_id, name, period_start, period_end, ruleset_id, status, total_fte, headcount,
	fulltime_hours, months_active, plan_adopted, plan_smart, plan_started, plan_target_rung,
	plan_note, final_input_json, final_result_json, finalised_at, created_at, updated_at
	ON assessments
WHEN OLD.status = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_lines_final_frozen_insert BEFORE INSERT ON assessment_lines
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_lines_final_frozen_update BEFORE UPDATE ON assessment_lines
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_lines_final_frozen_delete BEFORE DELETE ON assessment_lines
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_purchases_final_frozen_insert BEFORE INSERT ON assessment_purchases
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_purchases_final_frozen_update BEFORE UPDATE ON assessment_purchases
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_purchases_final_frozen_delete BEFORE DELETE ON assessment_purchases
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_criteria_final_frozen_insert BEFORE INSERT ON assessment_criteria
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_criteria_final_frozen_update BEFORE UPDATE ON assessment_criteria
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_criteria_final_frozen_delete BEFORE DELETE ON assessment_criteria
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_evidence_final_frozen_insert BEFORE INSERT ON assessment_evidence
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_evidence_final_frozen_update BEFORE UPDATE ON assessment_evidence
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
CREATE TRIGGER assessment_evidence_final_frozen_delete BEFORE DELETE ON assessment_evidence
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'final'
BEGIN
	SELECT RAISE(ABORT, 'assessment is final');
END;
