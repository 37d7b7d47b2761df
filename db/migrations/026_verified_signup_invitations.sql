-- Verified sign-up and invitations by e-mail (issue 12).

-- When the owner of the address proved it by opening the link mailed at sign-up (while signed in
-- with the account's password, so whoever registered someone else's address cannot complete
-- it). Until then the account may log in but sees no organisations and accepts no invitation.
-- Accounts that existed before this migration count as verified since their creation.
ALTER TABLE users ADD COLUMN email_verified_at INTEGER;
UPDATE users SET email_verified_at = created_at;

-- A verification link carries 32 random bytes; only their SHA-256 is stored. A link works once
-- (used_at) and for 24 hours (expires_at): long enough for a mail read the next morning.
CREATE TABLE email_verification_tokens (
	token_hash BLOB PRIMARY KEY CHECK (length(token_hash) = 32),
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL,
	used_at INTEGER
) STRICT;
CREATE INDEX email_verification_tokens_user ON email_verification_tokens (user_id);

-- An invitation is kept after it was answered, so its owner sees what became of it. Expired is
-- not stored: it is a pending invitation whose expires_at has passed. Withdrawing deletes it.
ALTER TABLE invitations ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'
	CHECK (status IN ('pending', 'accepted', 'declined'));
-- The default lets no row without an expiry through: it has lapsed already.
ALTER TABLE invitations ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invitations ADD COLUMN answered_at INTEGER;
-- Invitations were valid for 30 days after they were made (memberships.ts).
UPDATE invitations SET expires_at = created_at + 30 * 24 * 60 * 60;

-- Answering an invitation is the invitee's consent or refusal, and sending it again the owner's
-- act: recorded like any change, as whoever did it (audit_actor), now that the row is kept.
CREATE TRIGGER invitations_audit_status AFTER UPDATE OF status ON invitations
WHEN (OLD.status IS NOT NEW.status)
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
		json_object('status', json_array(OLD.status, NEW.status))
	);
END;
