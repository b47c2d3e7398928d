-- 0007: power only from grants (R14), changes that confer rights are requests (R4), and a
-- rejected registration no longer blocks its code (R2). Append-only.
-- Run with foreign keys off (the runner turns them off around every migration and checks
-- them before committing), as SQLite's own recipe for rebuilding a table asks.

-- R2: the company code is unique among pending and approved companies only; a rejected
-- registration stays as history beside the one that registers the code again.
CREATE TABLE company_new (
    id                    INTEGER PRIMARY KEY,
    cf                    TEXT NOT NULL,
    name                  TEXT NOT NULL,
    office                TEXT NOT NULL,          -- sede legale
    email                 TEXT NOT NULL,
    pec                   TEXT,
    phone                 TEXT,
    legal_rep_cf          TEXT NOT NULL,          -- a record: it confers nothing (R14)
    legal_rep_family_name TEXT NOT NULL,
    legal_rep_given_name  TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    requested_by          INTEGER NOT NULL REFERENCES person(id),  -- who registered it: the first administrator
    registered_at         TEXT NOT NULL,
    decided_by            INTEGER REFERENCES person(id),           -- the verifying regional operator
    decided_at            TEXT,
    reject_reason         TEXT,
    CHECK ((status = 'pending') = (decided_at IS NULL)),
    CHECK ((status = 'rejected') = (reject_reason IS NOT NULL))
) STRICT;
INSERT INTO company_new SELECT id, cf, name, office, email, pec, phone, legal_rep_cf,
    legal_rep_family_name, legal_rep_given_name, status, requested_by, registered_at,
    decided_by, decided_at, reject_reason FROM company;
DROP TABLE company;
ALTER TABLE company_new RENAME TO company;
CREATE UNIQUE INDEX company_cf_live ON company(cf) WHERE status <> 'rejected';
CREATE INDEX company_cf ON company(cf, id);

-- R14: the legal representative's right to nominate administrators (§4.1) is a grant,
-- created when the Region approves the company or a change of legal representative, and
-- subject to every rule of grants. Group level only; no company type lacks one.
INSERT INTO catalog_profile (code, label, group_level, unit_level, needs_regional_approval, position)
VALUES ('LEGALE_RAPPRESENTANTE', 'Legale rappresentante', 1, 0, 0, 14);
INSERT INTO catalog_profile_type (profile, type) SELECT 'LEGALE_RAPPRESENTANTE', code FROM catalog_type;

-- R4: a change that confers rights (new company types with their register entries, a
-- different legal representative) is a request until a regional operator decides it. At
-- most one pending request per company.
CREATE TABLE company_change (
    id                    INTEGER PRIMARY KEY,
    company_id            INTEGER NOT NULL REFERENCES company(id),
    legal_rep_cf          TEXT,                   -- NULL: the legal representative stays
    legal_rep_family_name TEXT,
    legal_rep_given_name  TEXT,
    requested_by          INTEGER NOT NULL REFERENCES person(id),
    requested_at          TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by            INTEGER REFERENCES person(id),
    decided_at            TEXT,
    reject_reason         TEXT,
    CHECK ((status = 'pending') = (decided_at IS NULL)),
    CHECK ((status = 'rejected') = (reject_reason IS NOT NULL)),
    CHECK ((legal_rep_cf IS NULL) = (legal_rep_family_name IS NULL))
) STRICT;
CREATE UNIQUE INDEX company_change_pending ON company_change(company_id) WHERE status = 'pending';

-- The company types a change request adds, with their register entries.
CREATE TABLE company_change_type (
    change_id       INTEGER NOT NULL REFERENCES company_change(id),
    type            TEXT NOT NULL REFERENCES catalog_type(code),
    register_name   TEXT,
    register_number TEXT,
    register_date   TEXT,
    PRIMARY KEY (change_id, type)
) STRICT, WITHOUT ROWID;

-- Existing databases: each approved company's current legal representative is given the
-- grant by the first command after this upgrade, with an audit event saying it came from
-- this migration (events are hashed in Rust, so SQL cannot write them). Until then the
-- flag below is set; the grant is written in the same transaction that clears it.
ALTER TABLE database_info ADD COLUMN legal_rep_grants_pending INTEGER NOT NULL DEFAULT 0;
UPDATE database_info SET legal_rep_grants_pending = 1
 WHERE EXISTS (SELECT 1 FROM company WHERE status = 'approved');
