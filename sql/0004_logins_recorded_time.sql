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
ALTER TABLE relationship ADD COLUMN started_at TEXT;
ALTER TABLE relationship ADD COLUMN ended_at TEXT;
ALTER TABLE grants ADD COLUMN granted_at TEXT;
ALTER TABLE grants ADD COLUMN ended_at TEXT;      -- the relationship's end, copied here
ALTER TABLE grants ADD COLUMN revoked_at TEXT;
ALTER TABLE grants ADD COLUMN confirmed_at TEXT;

-- Rows written before this version: each takes the instant of the audit event that
-- recorded it (the event's `at`, matched by company, person, action and the declared
-- day), so that a revocation entered late with a backdated day stays late. Where no event
-- matches, the first instant of the declared day in Italy stands for it, as in a historical
-- import. (The action names are those lpt 0.1.0 wrote; src/ops/events.rs spells them.)
CREATE INDEX migration_0004_events ON audit_event(person_cf, company_cf, action);
CREATE INDEX migration_0004_grants ON grants(relationship_id);

UPDATE grants SET granted_at = coalesce(
    (SELECT min(e.at) FROM audit_event e
     WHERE e.person_cf = (SELECT cf FROM person WHERE id = grants.person_id)
       AND e.company_cf = (SELECT cf FROM company WHERE id = grants.company_id)
       AND e.action IN ('grant.add', 'grant.request')
       AND json_extract(e.details, '$.profile') = grants.profile
       AND json_extract(e.details, '$.granted_on') = grants.granted_on),
    (SELECT min(e.at) FROM audit_event e
     WHERE e.person_cf = (SELECT cf FROM person WHERE id = grants.person_id)
       AND e.company_cf = (SELECT cf FROM company WHERE id = grants.company_id)
       AND e.action = 'company.approve' AND grants.profile = 'AMMINISTRATORE'
       AND lpt_day(e.at) = grants.granted_on),
    lpt_start_of(granted_on));

UPDATE grants SET revoked_at = coalesce(
    (SELECT min(e.at) FROM audit_event e
     WHERE e.person_cf = (SELECT cf FROM person WHERE id = grants.person_id)
       AND e.company_cf = (SELECT cf FROM company WHERE id = grants.company_id)
       AND e.action = 'grant.revoke'
       AND json_extract(e.details, '$.profile') = grants.profile
       AND json_extract(e.details, '$.revoked_on') = grants.revoked_on
       AND e.at >= grants.granted_at),
    (SELECT min(e.at) FROM audit_event e
     WHERE e.person_cf = (SELECT cf FROM person WHERE id = grants.person_id)
       AND e.company_cf IS NULL AND e.action = 'person.suspend'
       AND lpt_day(e.at) = grants.revoked_on AND e.at >= grants.granted_at),
    lpt_start_of(revoked_on))
WHERE revoked_on IS NOT NULL;

UPDATE grants SET confirmed_at = coalesce(
    (SELECT max(e.at) FROM audit_event e
     WHERE e.person_cf = (SELECT cf FROM person WHERE id = grants.person_id)
       AND e.company_cf = (SELECT cf FROM company WHERE id = grants.company_id)
       AND e.action = 'grant.confirm' AND lpt_day(e.at) = grants.confirmed_on),
    lpt_start_of(confirmed_on))
WHERE confirmed_on IS NOT NULL;

UPDATE relationship SET
    started_at = coalesce(
        (SELECT min(g.granted_at) FROM grants g WHERE g.relationship_id = relationship.id),
        lpt_start_of(started_on)),
    ended_at = coalesce(
        (SELECT min(e.at) FROM audit_event e
         WHERE e.person_cf = (SELECT cf FROM person WHERE id = relationship.person_id)
           AND e.company_cf = (SELECT cf FROM company WHERE id = relationship.company_id)
           AND e.action = 'relationship.end'
           AND json_extract(e.details, '$.ended_on') = relationship.ended_on),
        lpt_start_of(ended_on));

UPDATE grants SET ended_at = (SELECT r.ended_at FROM relationship r WHERE r.id = grants.relationship_id)
WHERE ended_on IS NOT NULL;

DROP INDEX migration_0004_events;
DROP INDEX migration_0004_grants;

-- What was open on a past day (R8) includes the grants whose revocation was recorded after
-- it: a range of this index, as the open ones are a range of grants_ended_open.
CREATE INDEX grants_ended_revoked_at ON grants(revoked_at) WHERE revoked_at IS NOT NULL AND ended_on IS NOT NULL;
