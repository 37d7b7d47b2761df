-- Audit trail: every change to organisations, access, assessments and evidence is recorded by
-- trigger, so no code path can skip it. The app names the person doing a write in
-- audit_actor for the duration of that (synchronous) write; without one, it is "system".
-- Rows cannot be changed, and deleted only together with their organisation (data rights).
CREATE TABLE audit_actor (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	user_id TEXT
) STRICT;

CREATE TABLE audit_log (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
	at INTEGER NOT NULL,
	user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
	user_email TEXT,
	entity TEXT NOT NULL CHECK (entity IN (
		'organisation', 'access', 'invitation', 'assessment', 'line', 'purchase', 'criterion', 'evidence',
		'certificate'
	)),
	entity_id TEXT NOT NULL,
	action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
	changes TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_org ON audit_log (organisation_id, id DESC);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OF
	organisation_id, at, user_email, entity, entity_id, action, changes
	ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN EXISTS (SELECT 1 FROM organisations WHERE id = OLD.organisation_id)
BEGIN
	SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;

CREATE TRIGGER organisations_audit_insert AFTER INSERT ON organisations
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		NEW.id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'organisation',
		NEW.id,
		'create',
		json_object(
			'name', NEW.name,
			'kvk', NEW.kvk,
			'sector', NEW.sector,
			'fulltime_hours', NEW.fulltime_hours
		)
	);
END;

CREATE TRIGGER organisations_audit_update AFTER UPDATE OF
	name, kvk, sector, fulltime_hours
	ON organisations
WHEN (
	OLD.name IS NOT NEW.name
	OR OLD.kvk IS NOT NEW.kvk
	OR OLD.sector IS NOT NEW.sector
	OR OLD.fulltime_hours IS NOT NEW.fulltime_hours
)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		NEW.id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'organisation',
		NEW.id,
		'update',
		(
			SELECT coalesce(json_group_object(k.key, json(k.value)), '{}')
			FROM json_each(json_array(
				CASE WHEN OLD.name IS NOT NEW.name
					THEN json_object('name', json_array(OLD.name, NEW.name)) END,
				CASE WHEN OLD.kvk IS NOT NEW.kvk
					THEN json_object('kvk', json_array(OLD.kvk, NEW.kvk)) END,
				CASE WHEN OLD.sector IS NOT NEW.sector
					THEN json_object('sector', json_array(OLD.sector, NEW.sector)) END,
				CASE WHEN OLD.fulltime_hours IS NOT NEW.fulltime_hours
					THEN json_object('fulltime_hours', json_array(OLD.fulltime_hours, NEW.fulltime_hours)) END
			)) AS e, json_each(e.value) AS k
			WHERE e.type = 'object'
		)
	);
END;

CREATE TRIGGER organisations_audit_delete AFTER DELETE ON organisations
WHEN EXISTS (SELECT 1 FROM organisations WHERE id = OLD.id)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		OLD.id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'organisation',
		OLD.id,
		'delete',
		json_object(
			'name', OLD.name,
			'kvk', OLD.kvk,
			'sector', OLD.sector,
			'fulltime_hours', OLD.fulltime_hours
		)
	);
END;

CREATE TRIGGER memberships_audit_insert AFTER INSERT ON memberships
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		NEW.organisation_id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'access',
		NEW.user_id,
		'create',
		json_object('role', NEW.role)
	);
END;

CREATE TRIGGER memberships_audit_update AFTER UPDATE OF role ON memberships
WHEN (OLD.role IS NOT NEW.role)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		NEW.organisation_id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'access',
		NEW.user_id,
		'update',
		(
			SELECT coalesce(json_group_object(k.key, json(k.value)), '{}')
			FROM json_each(json_array(
				CASE WHEN OLD.role IS NOT NEW.role
					THEN json_object('role', json_array(OLD.role, NEW.role)) END
			)) AS e, json_each(e.value) AS k
			WHERE e.type = 'object'
		)
	);
END;

CREATE TRIGGER memberships_audit_delete AFTER DELETE ON memberships
WHEN EXISTS (SELECT 1 FROM organisations WHERE id = OLD.organisation_id)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		OLD.organisation_id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'access',
		OLD.user_id,
		'delete',
		json_object('role', OLD.role)
	);
END;

CREATE TRIGGER invitations_audit_insert AFTER INSERT ON invitations
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		NEW.organisation_id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'invitation',
		NEW.email,
		'create',
		json_object('role', NEW.role)
	);
END;

CREATE TRIGGER invitations_audit_update AFTER UPDATE OF role ON invitations
WHEN (OLD.role IS NOT NEW.role)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		NEW.organisation_id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'invitation',
		NEW.email,
		'update',
		(
			SELECT coalesce(json_group_object(k.key, json(k.value)), '{}')
			FROM json_each(json_array(
				CASE WHEN OLD.role IS NOT NEW.role
					THEN json_object('role', json_array(OLD.role, NEW.role)) END
			)) AS e, json_each(e.value) AS k
			WHERE e.type = 'object'
		)
	);
END;

CREATE TRIGGER invitations_audit_delete AFTER DELETE ON invitations
WHEN EXISTS (SELECT 1 FROM organisations WHERE id = OLD.organisation_id)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		OLD.organisation_id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'invitation',
		OLD.email,
		'delete',
		json_object('role', OLD.role)
	);
END;

CREATE TRIGGER assessments_audit_insert AFTER INSERT ON assessments
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		NEW.organisation_id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'assessment',
		NEW.id,
		'create',
		json_object(
			'name', NEW.name,
			'period_start', NEW.period_start,
			'period_end', NEW.period_end,
			'ruleset_id', NEW.ruleset_id,
			'status', NEW.status,
			'total_fte', NEW.total_fte,
			'headcount', NEW.headcount,
			'fulltime_hours', NEW.fulltime_hours,
			'months_active', NEW.months_active,
			'plan_adopted', NEW.plan_adopted,
			'plan_smart', NEW.plan_smart,
			'plan_started', NEW.plan_started,
			'plan_target_rung', NEW.plan_target_rung,
			'plan_note', NEW.plan_note
		)
	);
END;

CREATE TRIGGER assessments_audit_update AFTER UPDATE OF
	name, period_start, period_end, ruleset_id, status, total_fte, headcount, fulltime_hours,
	months_active, plan_adopted, plan_smart, plan_started, plan_target_rung, plan_note
	ON assessments
WHEN (
	OLD.name IS NOT NEW.name
	OR OLD.period_start IS NOT NEW.period_start
	OR OLD.period_end IS NOT NEW.period_end
	OR OLD.ruleset_id IS NOT NEW.ruleset_id
	OR OLD.status IS NOT NEW.status
	OR OLD.total_fte IS NOT NEW.total_fte
	OR OLD.headcount IS NOT NEW.headcount
	OR OLD.fulltime_hours IS NOT NEW.fulltime_hours
	OR OLD.months_active IS NOT NEW.months_active
	OR OLD.plan_adopted IS NOT NEW.plan_adopted
	OR OLD.plan_smart IS NOT NEW.plan_smart
	OR OLD.plan_started IS NOT NEW.plan_started
	OR OLD.plan_target_rung IS NOT NEW.plan_target_rung
	OR OLD.plan_note IS NOT NEW.plan_note
)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		NEW.organisation_id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'assessment',
		NEW.id,
		'update',
		(
			SELECT coalesce(json_group_object(k.key, json(k.value)), '{}')
			FROM json_each(json_array(
				CASE WHEN OLD.name IS NOT NEW.name
					THEN json_object('name', json_array(OLD.name, NEW.name)) END,
				CASE WHEN OLD.period_start IS NOT NEW.period_start
					THEN json_object('period_start', json_array(OLD.period_start, NEW.period_start)) END,
				CASE WHEN OLD.period_end IS NOT NEW.period_end
					THEN json_object('period_end', json_array(OLD.period_end, NEW.period_end)) END,
				CASE WHEN OLD.ruleset_id IS NOT NEW.ruleset_id
					THEN json_object('ruleset_id', json_array(OLD.ruleset_id, NEW.ruleset_id)) END,
				CASE WHEN OLD.status IS NOT NEW.status
					THEN json_object('status', json_array(OLD.status, NEW.status)) END,
				CASE WHEN OLD.total_fte IS NOT NEW.total_fte
					THEN json_object('total_fte', json_array(OLD.total_fte, NEW.total_fte)) END,
				CASE WHEN OLD.headcount IS NOT NEW.headcount
					THEN json_object('headcount', json_array(OLD.headcount, NEW.headcount)) END,
				CASE WHEN OLD.fulltime_hours IS NOT NEW.fulltime_hours
					THEN json_object('fulltime_hours', json_array(OLD.fulltime_hours, NEW.fulltime_hours)) END,
				CASE WHEN OLD.months_active IS NOT NEW.months_active
					THEN json_object('months_active', json_array(OLD.months_active, NEW.months_active)) END,
				CASE WHEN OLD.plan_adopted IS NOT NEW.plan_adopted
					THEN json_object('plan_adopted', json_array(OLD.plan_adopted, NEW.plan_adopted)) END,
				CASE WHEN OLD.plan_smart IS NOT NEW.plan_smart
					THEN json_object('plan_smart', json_array(OLD.plan_smart, NEW.plan_smart)) END,
				CASE WHEN OLD.plan_started IS NOT NEW.plan_started
					THEN json_object('plan_started', json_array(OLD.plan_started, NEW.plan_started)) END,
				CASE WHEN OLD.plan_target_rung IS NOT NEW.plan_target_rung
					THEN json_object('plan_target_rung', json_array(OLD.plan_target_rung, NEW.plan_target_rung)) END,
				CASE WHEN OLD.plan_note IS NOT NEW.plan_note
					THEN json_object('plan_note', json_array(OLD.plan_note, NEW.plan_note)) END
			)) AS e, json_each(e.value) AS k
			WHERE e.type = 'object'
		)
	);
END;

CREATE TRIGGER assessments_audit_delete AFTER DELETE ON assessments
WHEN EXISTS (SELECT 1 FROM organisations WHERE id = OLD.organisation_id)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		OLD.organisation_id,
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'assessment',
		OLD.id,
		'delete',
		json_object(
			'name', OLD.name,
			'period_start', OLD.period_start,
			'period_end', OLD.period_end,
			'ruleset_id', OLD.ruleset_id,
			'status', OLD.status,
			'total_fte', OLD.total_fte,
			'headcount', OLD.headcount,
			'fulltime_hours', OLD.fulltime_hours,
			'months_active', OLD.months_active,
			'plan_adopted', OLD.plan_adopted,
			'plan_smart', OLD.plan_smart,
			'plan_started', OLD.plan_started,
			'plan_target_rung', OLD.plan_target_rung,
			'plan_note', OLD.plan_note
		)
	);
END;

CREATE TRIGGER assessment_lines_audit_insert AFTER INSERT ON assessment_lines
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = NEW.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'line',
		NEW.assessment_id || '/' || NEW.line_id,
		'create',
		json_object(
			'line_id', NEW.line_id,
			'position', NEW.position,
			'contract', NEW.contract,
			'hours_per_week', NEW.hours_per_week,
			'start_date', NEW.start_date,
			'end_date', NEW.end_date,
			'inflow', NEW.inflow,
			'lks_until', NEW.lks_until,
			'indication_until', NEW.indication_until,
			'school_left', NEW.school_left,
			'ww_months', NEW.ww_months,
			'further_indication', NEW.further_indication,
			'durable', NEW.durable
		)
	);
END;

CREATE TRIGGER assessment_lines_audit_update AFTER UPDATE OF
	line_id, position, contract, hours_per_week, start_date, end_date, inflow, lks_until,
	indication_until, school_left, ww_months, further_indication, durable
	ON assessment_lines
WHEN (
	OLD.line_id IS NOT NEW.line_id
	OR OLD.position IS NOT NEW.position
	OR OLD.contract IS NOT NEW.contract
	OR OLD.hours_per_week IS NOT NEW.hours_per_week
	OR OLD.start_date IS NOT NEW.start_date
	OR OLD.end_date IS NOT NEW.end_date
	OR OLD.inflow IS NOT NEW.inflow
	OR OLD.lks_until IS NOT NEW.lks_until
	OR OLD.indication_until IS NOT NEW.indication_until
	OR OLD.school_left IS NOT NEW.school_left
	OR OLD.ww_months IS NOT NEW.ww_months
	OR OLD.further_indication IS NOT NEW.further_indication
	OR OLD.durable IS NOT NEW.durable
)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = NEW.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'line',
		NEW.assessment_id || '/' || NEW.line_id,
		'update',
		(
			SELECT coalesce(json_group_object(k.key, json(k.value)), '{}')
			FROM json_each(json_array(
				CASE WHEN OLD.line_id IS NOT NEW.line_id
					THEN json_object('line_id', json_array(OLD.line_id, NEW.line_id)) END,
				CASE WHEN OLD.position IS NOT NEW.position
					THEN json_object('position', json_array(OLD.position, NEW.position)) END,
				CASE WHEN OLD.contract IS NOT NEW.contract
					THEN json_object('contract', json_array(OLD.contract, NEW.contract)) END,
				CASE WHEN OLD.hours_per_week IS NOT NEW.hours_per_week
					THEN json_object('hours_per_week', json_array(OLD.hours_per_week, NEW.hours_per_week)) END,
				CASE WHEN OLD.start_date IS NOT NEW.start_date
					THEN json_object('start_date', json_array(OLD.start_date, NEW.start_date)) END,
				CASE WHEN OLD.end_date IS NOT NEW.end_date
					THEN json_object('end_date', json_array(OLD.end_date, NEW.end_date)) END,
				CASE WHEN OLD.inflow IS NOT NEW.inflow
					THEN json_object('inflow', json_array(OLD.inflow, NEW.inflow)) END,
				CASE WHEN OLD.lks_until IS NOT NEW.lks_until
					THEN json_object('lks_until', json_array(OLD.lks_until, NEW.lks_until)) END,
				CASE WHEN OLD.indication_until IS NOT NEW.indication_until
					THEN json_object('indication_until', json_array(OLD.indication_until, NEW.indication_until)) END,
				CASE WHEN OLD.school_left IS NOT NEW.school_left
					THEN json_object('school_left', json_array(OLD.school_left, NEW.school_left)) END,
				CASE WHEN OLD.ww_months IS NOT NEW.ww_months
					THEN json_object('ww_months', json_array(OLD.ww_months, NEW.ww_months)) END,
				CASE WHEN OLD.further_indication IS NOT NEW.further_indication
					THEN json_object('further_indication', json_array(OLD.further_indication, NEW.further_indication)) END,
				CASE WHEN OLD.durable IS NOT NEW.durable
					THEN json_object('durable', json_array(OLD.durable, NEW.durable)) END
			)) AS e, json_each(e.value) AS k
			WHERE e.type = 'object'
		)
	);
END;

CREATE TRIGGER assessment_lines_audit_delete AFTER DELETE ON assessment_lines
WHEN EXISTS (
	SELECT 1 FROM organisations
	WHERE id = (SELECT organisation_id FROM assessments WHERE id = OLD.assessment_id)
)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = OLD.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'line',
		OLD.assessment_id || '/' || OLD.line_id,
		'delete',
		json_object(
			'line_id', OLD.line_id,
			'position', OLD.position,
			'contract', OLD.contract,
			'hours_per_week', OLD.hours_per_week,
			'start_date', OLD.start_date,
			'end_date', OLD.end_date,
			'inflow', OLD.inflow,
			'lks_until', OLD.lks_until,
			'indication_until', OLD.indication_until,
			'school_left', OLD.school_left,
			'ww_months', OLD.ww_months,
			'further_indication', OLD.further_indication,
			'durable', OLD.durable
		)
	);
END;

CREATE TRIGGER assessment_purchases_audit_insert AFTER INSERT ON assessment_purchases
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = NEW.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'purchase',
		NEW.assessment_id || '/' || NEW.id,
		'create',
		json_object(
			'supplier', NEW.supplier,
			'kind', NEW.kind,
			'amount', NEW.amount,
			'supplier_turnover', NEW.supplier_turnover,
			'supplier_fte', NEW.supplier_fte,
			'supplier_direct_pct', NEW.supplier_direct_pct
		)
	);
END;

CREATE TRIGGER assessment_purchases_audit_update AFTER UPDATE OF
	supplier, kind, amount, supplier_turnover, supplier_fte, supplier_direct_pct
	ON assessment_purchases
WHEN (
	OLD.supplier IS NOT NEW.supplier
	OR OLD.kind IS NOT NEW.kind
	OR OLD.amount IS NOT NEW.amount
	OR OLD.supplier_turnover IS NOT NEW.supplier_turnover
	OR OLD.supplier_fte IS NOT NEW.supplier_fte
	OR OLD.supplier_direct_pct IS NOT NEW.supplier_direct_pct
)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = NEW.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'purchase',
		NEW.assessment_id || '/' || NEW.id,
		'update',
		(
			SELECT coalesce(json_group_object(k.key, json(k.value)), '{}')
			FROM json_each(json_array(
				CASE WHEN OLD.supplier IS NOT NEW.supplier
					THEN json_object('supplier', json_array(OLD.supplier, NEW.supplier)) END,
				CASE WHEN OLD.kind IS NOT NEW.kind
					THEN json_object('kind', json_array(OLD.kind, NEW.kind)) END,
				CASE WHEN OLD.amount IS NOT NEW.amount
					THEN json_object('amount', json_array(OLD.amount, NEW.amount)) END,
				CASE WHEN OLD.supplier_turnover IS NOT NEW.supplier_turnover
					THEN json_object('supplier_turnover', json_array(OLD.supplier_turnover, NEW.supplier_turnover)) END,
				CASE WHEN OLD.supplier_fte IS NOT NEW.supplier_fte
					THEN json_object('supplier_fte', json_array(OLD.supplier_fte, NEW.supplier_fte)) END,
				CASE WHEN OLD.supplier_direct_pct IS NOT NEW.supplier_direct_pct
					THEN json_object('supplier_direct_pct', json_array(OLD.supplier_direct_pct, NEW.supplier_direct_pct)) END
			)) AS e, json_each(e.value) AS k
			WHERE e.type = 'object'
		)
	);
END;

CREATE TRIGGER assessment_purchases_audit_delete AFTER DELETE ON assessment_purchases
WHEN EXISTS (
	SELECT 1 FROM organisations
	WHERE id = (SELECT organisation_id FROM assessments WHERE id = OLD.assessment_id)
)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = OLD.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'purchase',
		OLD.assessment_id || '/' || OLD.id,
		'delete',
		json_object(
			'supplier', OLD.supplier,
			'kind', OLD.kind,
			'amount', OLD.amount,
			'supplier_turnover', OLD.supplier_turnover,
			'supplier_fte', OLD.supplier_fte,
			'supplier_direct_pct', OLD.supplier_direct_pct
		)
	);
END;

CREATE TRIGGER assessment_criteria_audit_insert AFTER INSERT ON assessment_criteria
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = NEW.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'criterion',
		NEW.assessment_id || '/' || NEW.criterion,
		'create',
		json_object(
			'status', NEW.status,
			'note', NEW.note
		)
	);
END;

CREATE TRIGGER assessment_criteria_audit_update AFTER UPDATE OF status, note ON assessment_criteria
WHEN (
	OLD.status IS NOT NEW.status
	OR OLD.note IS NOT NEW.note
)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = NEW.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'criterion',
		NEW.assessment_id || '/' || NEW.criterion,
		'update',
		(
			SELECT coalesce(json_group_object(k.key, json(k.value)), '{}')
			FROM json_each(json_array(
				CASE WHEN OLD.status IS NOT NEW.status
					THEN json_object('status', json_array(OLD.status, NEW.status)) END,
				CASE WHEN OLD.note IS NOT NEW.note
					THEN json_object('note', json_array(OLD.note, NEW.note)) END
			)) AS e, json_each(e.value) AS k
			WHERE e.type = 'object'
		)
	);
END;

CREATE TRIGGER assessment_criteria_audit_delete AFTER DELETE ON assessment_criteria
WHEN EXISTS (
	SELECT 1 FROM organisations
	WHERE id = (SELECT organisation_id FROM assessments WHERE id = OLD.assessment_id)
)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = OLD.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'criterion',
		OLD.assessment_id || '/' || OLD.criterion,
		'delete',
		json_object(
			'status', OLD.status,
			'note', OLD.note
		)
	);
END;

CREATE TRIGGER assessment_evidence_audit_insert AFTER INSERT ON assessment_evidence
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = NEW.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'evidence',
		NEW.assessment_id || '/' || NEW.id,
		'create',
		json_object(
			'criterion', NEW.criterion,
			'document', NEW.document,
			'holder', NEW.holder,
			'valid_until', NEW.valid_until
		)
	);
END;

CREATE TRIGGER assessment_evidence_audit_update AFTER UPDATE OF
	criterion, document, holder, valid_until
	ON assessment_evidence
WHEN (
	OLD.criterion IS NOT NEW.criterion
	OR OLD.document IS NOT NEW.document
	OR OLD.holder IS NOT NEW.holder
	OR OLD.valid_until IS NOT NEW.valid_until
)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = NEW.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'evidence',
		NEW.assessment_id || '/' || NEW.id,
		'update',
		(
			SELECT coalesce(json_group_object(k.key, json(k.value)), '{}')
			FROM json_each(json_array(
				CASE WHEN OLD.criterion IS NOT NEW.criterion
					THEN json_object('criterion', json_array(OLD.criterion, NEW.criterion)) END,
				CASE WHEN OLD.document IS NOT NEW.document
					THEN json_object('document', json_array(OLD.document, NEW.document)) END,
				CASE WHEN OLD.holder IS NOT NEW.holder
					THEN json_object('holder', json_array(OLD.holder, NEW.holder)) END,
				CASE WHEN OLD.valid_until IS NOT NEW.valid_until
					THEN json_object('valid_until', json_array(OLD.valid_until, NEW.valid_until)) END
			)) AS e, json_each(e.value) AS k
			WHERE e.type = 'object'
		)
	);
END;

CREATE TRIGGER assessment_evidence_audit_delete AFTER DELETE ON assessment_evidence
WHEN EXISTS (
	SELECT 1 FROM organisations
	WHERE id = (SELECT organisation_id FROM assessments WHERE id = OLD.assessment_id)
)
BEGIN
	INSERT INTO audit_log (
		organisation_id, at, user_id, user_email, entity, entity_id, action, changes
	)
	VALUES (
		(SELECT organisation_id FROM assessments WHERE id = OLD.assessment_id),
		unixepoch(),
		(SELECT user_id FROM audit_actor WHERE id = 1),
		(SELECT email FROM users WHERE id = (SELECT user_id FROM audit_actor WHERE id = 1)),
		'evidence',
		OLD.assessment_id || '/' || OLD.id,
		'delete',
		json_object(
			'criterion', OLD.criterion,
			'document', OLD.document,
			'holder', OLD.holder,
			'valid_until', OLD.valid_until
		)
	);
END;
