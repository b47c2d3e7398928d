-- 0003: legacy accounts (R13, the notice). Append-only.

-- Old username/password accounts of users without an Italian fiscal code (foreign users):
-- they keep their legacy credentials and must change the password at first access.
CREATE TABLE legacy_account (
    username             TEXT PRIMARY KEY,
    family_name          TEXT NOT NULL,
    given_name           TEXT NOT NULL,
    email                TEXT,
    country              TEXT NOT NULL,
    must_change_password INTEGER NOT NULL CHECK (must_change_password IN (0, 1)),
    imported_at          TEXT NOT NULL,
    imported_by          INTEGER NOT NULL REFERENCES person(id)
) STRICT;
