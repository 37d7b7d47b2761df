-- Lists that scale (issue 11 item 1) and undo of a deleted line or purchase (item 2).

-- The Doelgroep page finds one page of lines in list order (seq) with LIMIT/OFFSET, searched by
-- kenmerk and filtered by position, contract and dates, from this index alone; only the page's
-- 50 rows are then read in full. (Skipping 25,000 full rows to reach page 500 took 15 times
-- longer than skipping 25,000 entries of this index.)
CREATE INDEX assessment_lines_order ON assessment_lines (
	assessment_id, seq, line_id, position, contract, start_date, end_date
);

-- The engine's per-line figures (FTE, weights, weighted FTE, last counting day), cached per
-- assessment like assessment_outcomes (migration 014): valid while the key row's revision and
-- ruleset hash match. The list page joins one page of lines with them, and filters "needs
-- attention" on counts_until, without scoring 50,000 lines per request
-- (src/lib/server/assessments/line-figures.ts). `scored` = 0: the inputs cannot be scored yet.
CREATE TABLE assessment_line_figures_key (
	assessment_id TEXT PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,
	revision INTEGER NOT NULL,
	ruleset_hash TEXT NOT NULL,
	scored INTEGER NOT NULL CHECK (scored IN (0, 1))
) STRICT;

CREATE TABLE assessment_line_figures (
	assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	line_id TEXT NOT NULL,
	fte REAL NOT NULL,
	position_weight REAL NOT NULL,
	contract_weight REAL NOT NULL,
	weighted_fte REAL NOT NULL,
	counts_on_period_end INTEGER NOT NULL CHECK (counts_on_period_end IN (0, 1)),
	counts_until TEXT CHECK (counts_until IS NULL OR date(counts_until) = counts_until),
	PRIMARY KEY (assessment_id, line_id)
) STRICT, WITHOUT ROWID;
-- "Needs attention" asks for the few lines whose counting window ends in the next reference year.
CREATE INDEX assessment_line_figures_until ON assessment_line_figures (assessment_id, counts_until);

-- A deleted line or purchase, kept for a short while so "Ongedaan maken" can put it back
-- exactly (same id, place and fields): src/lib/server/assessments/trash.ts. Scoped by
-- organisation and assessment; gone with either. Expired rows are removed on the next delete.
CREATE TABLE deleted_rows (
	id TEXT PRIMARY KEY,
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
	kind TEXT NOT NULL CHECK (kind IN ('line', 'purchase')),
	-- The line's kenmerk or the purchase's row id: what must be free again to restore it.
	row_key TEXT NOT NULL,
	row_json TEXT NOT NULL CHECK (json_valid(row_json)),
	deleted_by TEXT REFERENCES users (id) ON DELETE SET NULL,
	deleted_at INTEGER NOT NULL
) STRICT;
CREATE INDEX deleted_rows_assessment ON deleted_rows (assessment_id);
CREATE INDEX deleted_rows_age ON deleted_rows (deleted_at);
