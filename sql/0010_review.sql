-- 0010: the Region's say on disabling, and changes of role (R7, R12). Append-only.

-- R7: disabling a profile that needs regional approval (OPERATORE_AGENDA, §6.1) is
-- requested from the Region. An administrator's revocation of such an active grant is
-- recorded here, and the grant stays active until a regional operator approves it; the
-- approval then revokes it on the requested day (revoked_at: the approval's instant).
ALTER TABLE grants ADD COLUMN disable_requested_on TEXT;     -- the revocation's declared day
ALTER TABLE grants ADD COLUMN disable_requested_at TEXT;     -- when the request was recorded
ALTER TABLE grants ADD COLUMN disable_requested_by INTEGER REFERENCES person(id);
ALTER TABLE grants ADD COLUMN disable_request_reason TEXT;

-- R12 (§8.2): a change of role or duties of a person in a company. From its recorded
-- instant, every live grant of that person there recorded before it is due for review
-- until confirmed after it (or revoked).
CREATE TABLE role_change (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    company_id  INTEGER NOT NULL REFERENCES company(id),
    changed_on  TEXT NOT NULL,                           -- the declared day
    recorded_at TEXT NOT NULL,                           -- the session's instant, never a flag
    recorded_by INTEGER NOT NULL REFERENCES person(id),
    note        TEXT NOT NULL                            -- free text: personal (R16)
) STRICT;
CREATE INDEX role_change_pair ON role_change(person_id, company_id, recorded_at);
