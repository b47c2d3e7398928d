-- 0001: the core tables. Append-only: never edit a migration that has shipped.
-- Dates are ISO 'YYYY-MM-DD' text (calendar days in Italy); instants are
-- RFC 3339 UTC text. Booleans are 0/1 integers.

-- Catalog: the company types of conditions §1 and §3.1.
CREATE TABLE catalog_type (
    code               TEXT PRIMARY KEY,
    label              TEXT NOT NULL,
    reference          TEXT NOT NULL,            -- legal reference, '–' when none
    acts_for_employers INTEGER NOT NULL CHECK (acts_for_employers IN (0, 1)),  -- '*' soggetto abilitato
    register_required  INTEGER NOT NULL CHECK (register_required IN (0, 1)),   -- §5.1 albo/elenco
    position           INTEGER NOT NULL UNIQUE   -- display order
) STRICT;

-- Catalog: pairs of company types that one company cannot hold together (a < b).
CREATE TABLE catalog_incompatible (
    a TEXT NOT NULL REFERENCES catalog_type(code),
    b TEXT NOT NULL REFERENCES catalog_type(code),
    PRIMARY KEY (a, b),
    CHECK (a < b)
) STRICT, WITHOUT ROWID;

-- Catalog: the profiles of conditions §6.1 and the levels each allows.
CREATE TABLE catalog_profile (
    code                    TEXT PRIMARY KEY,
    label                   TEXT NOT NULL,
    group_level             INTEGER NOT NULL CHECK (group_level IN (0, 1)),
    unit_level              INTEGER NOT NULL CHECK (unit_level IN (0, 1)),
    needs_regional_approval INTEGER NOT NULL CHECK (needs_regional_approval IN (0, 1)),
    position                INTEGER NOT NULL UNIQUE,
    CHECK (group_level + unit_level > 0)
) STRICT;

-- Catalog: which company types make a company eligible for a profile.
CREATE TABLE catalog_profile_type (
    profile TEXT NOT NULL REFERENCES catalog_profile(code),
    type    TEXT NOT NULL REFERENCES catalog_type(code),
    PRIMARY KEY (profile, type)
) STRICT, WITHOUT ROWID;

-- Persons registered on the portal: everyone who has accessed it at least once
-- as a citizen (§6.1). The CF is the identity, whatever the identity provider (§8.4).
CREATE TABLE person (
    id               INTEGER PRIMARY KEY,
    cf               TEXT NOT NULL UNIQUE,
    family_name      TEXT NOT NULL,
    given_name       TEXT NOT NULL,
    email            TEXT,
    via              TEXT NOT NULL CHECK (via IN ('spid', 'cie', 'legacy')),  -- means of first access (§8.1)
    first_access_on  TEXT NOT NULL,
    registered_at    TEXT NOT NULL,
    suspended_at     TEXT,                         -- set while suspended (R9)
    suspended_reason TEXT
) STRICT;

-- Regional operators: persons the Region lets verify companies and suspend persons.
CREATE TABLE operator (
    person_id INTEGER PRIMARY KEY REFERENCES person(id),
    added_by  INTEGER REFERENCES person(id),       -- NULL for the first, created by init
    added_at  TEXT NOT NULL
) STRICT;

-- Companies (aziende). The CF never changes after registration (§3, §7).
CREATE TABLE company (
    id                    INTEGER PRIMARY KEY,
    cf                    TEXT NOT NULL UNIQUE,
    name                  TEXT NOT NULL,
    office                TEXT NOT NULL,          -- sede legale
    email                 TEXT NOT NULL,
    pec                   TEXT,
    phone                 TEXT,
    legal_rep_cf          TEXT NOT NULL,
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

-- The company types a company holds, with the register entry where required (§5.1).
CREATE TABLE company_type (
    company_id      INTEGER NOT NULL REFERENCES company(id),
    type            TEXT NOT NULL REFERENCES catalog_type(code),
    register_name   TEXT,
    register_number TEXT,
    register_date   TEXT,
    PRIMARY KEY (company_id, type)
) STRICT, WITHOUT ROWID;

-- Organisational units (sottogruppi). Removed units stay for history.
CREATE TABLE unit (
    id         INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES company(id),
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    removed_at TEXT
) STRICT;
CREATE UNIQUE INDEX unit_live_name ON unit(company_id, name COLLATE NOCASE) WHERE removed_at IS NULL;

-- Work relationships: a person working for a company from a day to an optional end day (§6.4, §8.2).
CREATE TABLE relationship (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person(id),
    company_id INTEGER NOT NULL REFERENCES company(id),
    started_on TEXT NOT NULL,
    ended_on   TEXT,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
) STRICT;
CREATE UNIQUE INDEX relationship_open ON relationship(person_id, company_id) WHERE ended_on IS NULL;
CREATE INDEX relationship_person ON relationship(person_id, company_id, ended_on);

-- Grants (abilitazioni): one profile for one person in one company, at group
-- level (unit_id NULL) or for one unit. Never deleted: revocation closes them.
-- A grant of a profile needing regional approval is a request until approved_at is set.
CREATE TABLE grants (
    id                         INTEGER PRIMARY KEY,
    person_id                  INTEGER NOT NULL REFERENCES person(id),
    company_id                 INTEGER NOT NULL REFERENCES company(id),
    profile                    TEXT NOT NULL REFERENCES catalog_profile(code),
    unit_id                    INTEGER REFERENCES unit(id),
    relationship_id            INTEGER NOT NULL REFERENCES relationship(id),
    granted_on                 TEXT NOT NULL,
    granted_by                 INTEGER NOT NULL REFERENCES person(id),
    data_processing_authorised INTEGER CHECK (data_processing_authorised IN (0, 1)),  -- §4.2, §8.3 attestation
    approved_at                TEXT,              -- NULL while a request awaits a regional operator (R7)
    approved_by                INTEGER REFERENCES person(id),
    ended_on                   TEXT,              -- the relationship's end, copied here (R8)
    confirmed_on               TEXT,              -- last periodic review (R12)
    confirmed_by               INTEGER REFERENCES person(id),
    revoked_on                 TEXT,
    revoked_by                 INTEGER REFERENCES person(id),
    revoke_reason              TEXT,
    CHECK ((revoked_on IS NULL) = (revoke_reason IS NULL))
) STRICT;
-- One live grant per person, company, profile and scope.
CREATE UNIQUE INDEX grants_live ON grants(person_id, company_id, profile, ifnull(unit_id, 0))
    WHERE revoked_on IS NULL;
CREATE INDEX grants_company ON grants(company_id, unit_id);
-- The cron job's question (R8): unrevoked grants whose relationship has ended.
CREATE INDEX grants_ended_open ON grants(ended_on, company_id, person_id, profile, unit_id)
    WHERE revoked_on IS NULL AND ended_on IS NOT NULL;

-- The audit trail (§8.6, R11): one row per change, chained by SHA-256.
CREATE TABLE audit_event (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor_cf   TEXT,                              -- NULL only for init's own event
    action     TEXT NOT NULL,
    company_cf TEXT,
    person_cf  TEXT,
    details    TEXT NOT NULL,                     -- JSON object
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
) STRICT;
-- No index on company_cf or person_cf: every change writes an event, while filtering the
-- log is a rare forensic query that can afford a scan (see BENCHMARKS.md).

-- The head of the audit chain: the last event's id and hash, so that removing
-- the newest events is detected too.
CREATE TABLE audit_head (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    last_id INTEGER NOT NULL,
    hash    TEXT NOT NULL
) STRICT;
