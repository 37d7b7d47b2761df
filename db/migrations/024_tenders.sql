-- Tenders per organisation (issue 13 item 3, docs/social-return.md): what a tender asks in
-- Social Return and what the organisation's PSO rung is worth in it. Only the tender's own
-- terms are stored; the valuation is computed from them and the buyer policy on every view
-- (src/lib/sr/value-tender.ts), so a corrected policy never leaves an old number behind.
CREATE TABLE tenders (
	id TEXT PRIMARY KEY,
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
	-- A shipped buyer policy id (src/lib/sr/policies/); checked by the app, which knows the list.
	policy_id TEXT NOT NULL CHECK (length(policy_id) BETWEEN 1 AND 64),
	-- Euros excluding VAT (SR §2).
	contract_value REAL NOT NULL CHECK (contract_value > 0 AND contract_value <= 1e12),
	scope TEXT NOT NULL CHECK (scope IN ('works', 'services', 'supplies')),
	labour_share_pct REAL CHECK (labour_share_pct IS NULL OR labour_share_pct BETWEEN 0 AND 100),
	start_on TEXT NOT NULL CHECK (date(start_on) = start_on),
	end_on TEXT NOT NULL CHECK (date(end_on) = end_on AND end_on >= start_on),
	-- The SR percentage the tender documents state; wins over the policy (SR §3.2).
	pct_override REAL CHECK (pct_override IS NULL OR pct_override BETWEEN 0 AND 100),
	notes TEXT CHECK (notes IS NULL OR length(notes) BETWEEN 1 AND 2000),
	created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX tenders_org ON tenders (organisation_id, start_on DESC);
