-- 0009: legacy accounts to correct (R13, case b). Append-only.
--
-- An old username/password account whose owner typed a missing, provisional or invalid
-- code, or the code of a registered person with other names, of a suspended person or a
-- variant of a registered person's (R15), is kept here with the reason until a regional
-- operator completes it with a valid code (`lpt person legacy-complete`); the row stays,
-- completed, as the account's history. Foreign users' accounts (case c) keep their
-- credentials and the password-change flag in legacy_account (0003).
CREATE TABLE legacy_pending (
    username     TEXT PRIMARY KEY,
    cf           TEXT NOT NULL,                  -- the code as typed ('' when missing)
    family_name  TEXT NOT NULL,
    given_name   TEXT NOT NULL,
    email        TEXT,
    country      TEXT NOT NULL,
    reason       TEXT NOT NULL,
    listed_at    TEXT NOT NULL,
    listed_by    INTEGER NOT NULL REFERENCES person(id),
    completed_cf TEXT,                           -- the valid code it was completed with
    completed_at TEXT,
    completed_by INTEGER REFERENCES person(id),
    CHECK ((completed_cf IS NULL) = (completed_at IS NULL))
) STRICT;
