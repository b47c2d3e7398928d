-- pg/0003: the twin of sql/0012_region_view.sql (issue 16): the inbox's partial indexes.
--
-- `lpt inbox` asks a few questions of the whole database on every run (a cron check): the
-- requests waiting for the Region (R7: to enable a profile, or to disable one), the
-- suspended persons (R9), and which approved companies still have a group-level
-- administrator (R6). Each is a small partial index, so the answer reads the few rows that
-- matter instead of a million grants or 300,000 persons; an insert that is in none of them
-- (almost every new grant) costs only the test of their conditions.
CREATE INDEX grants_awaiting_approval ON grants(granted_at)
    WHERE approved_at IS NULL AND revoked_on IS NULL;
CREATE INDEX grants_awaiting_disable ON grants(disable_requested_at)
    WHERE disable_requested_at IS NOT NULL AND revoked_on IS NULL;
CREATE INDEX grants_group_admin ON grants(company_id)
    WHERE profile = 'AMMINISTRATORE' AND unit_id IS NULL AND revoked_on IS NULL;
CREATE INDEX person_suspended ON person(suspended_at) WHERE suspended_at IS NOT NULL;
