-- 0004: who entered each change, and when it was recorded (R8, R10). Append-only.

-- Logins bound to persons (R10). A binding may name a code not yet registered, so that a
-- person's own account can make their first access.
CREATE TABLE login (
    name     TEXT PRIMARY KEY,          -- the OS account (or, on a server, the login role)
    cf       TEXT NOT NULL,             -- the person it enters changes as
    bound_at TEXT NOT NULL,
    bound_by TEXT                       -- the regional operator who bound it; NULL for init's
) STRICT;

-- Every event records the login that entered it, the person that login is bound to, and
-- the host. NULL on events written before this version.
ALTER TABLE audit_event ADD COLUMN login TEXT;
ALTER TABLE audit_event ADD COLUMN login_cf TEXT;
ALTER TABLE audit_event ADD COLUMN host TEXT;

-- Recorded time (R8): the instant lpt recorded each change, beside the day it declares.
-- Rows written before this version take the first instant of their declared day (in
-- Europe/Rome), as a historical import does: nothing older tells them apart.
ALTER TABLE relationship ADD COLUMN started_at TEXT;
ALTER TABLE relationship ADD COLUMN ended_at TEXT;
ALTER TABLE grants ADD COLUMN granted_at TEXT;
ALTER TABLE grants ADD COLUMN ended_at TEXT;      -- the relationship's end, copied here
ALTER TABLE grants ADD COLUMN revoked_at TEXT;
ALTER TABLE grants ADD COLUMN confirmed_at TEXT;

UPDATE relationship SET started_at = lpt_start_of(started_on),
                        ended_at = lpt_start_of(ended_on);
UPDATE grants SET granted_at = lpt_start_of(granted_on),
                  ended_at = lpt_start_of(ended_on),
                  revoked_at = lpt_start_of(revoked_on),
                  confirmed_at = lpt_start_of(confirmed_on);

-- What was open on a past day (R8) includes the grants whose revocation was recorded after
-- it: a range of this index, as the open ones are a range of grants_ended_open.
CREATE INDEX grants_ended_revoked_at ON grants(revoked_at) WHERE revoked_at IS NOT NULL AND ended_on IS NOT NULL;
