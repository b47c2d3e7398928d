-- 0006: personal data beside the chain (R11, R16). What an event holds about a person
-- beyond their code (names, e-mail, free-text reasons) is kept in audit_personal, not in the
-- hashed bytes; the event's `personal` column holds the salted commitment the chain hashes:
-- hex SHA-256 of the 16 salt bytes followed by the part's UTF-8 JSON. Erasing a part (R16)
-- deletes its row, salt included; every hash, checkpoint and replay still verifies.
ALTER TABLE audit_event ADD COLUMN personal TEXT;

CREATE TABLE audit_personal (
    event_id INTEGER PRIMARY KEY,  -- the event; no foreign key: a stray part is audit verify's to report
    salt     TEXT NOT NULL,      -- hex of 16 random bytes
    part     TEXT NOT NULL       -- JSON object: the event's personal fields
) STRICT;

-- Events from this one on are in the complete form: personal data committed, and every
-- field the replay of `db check` rebuilds. Earlier events keep their bytes (their hashes and
-- any checkpoint stand), so their personal data cannot be erased without breaking the
-- chain, and the few fields they never carried are not compared.
ALTER TABLE database_info ADD COLUMN complete_from INTEGER;
UPDATE database_info SET complete_from = (SELECT ifnull(max(id), 0) + 1 FROM audit_event);

-- The end of a relationship marks its grants (R8): found by this index, not by a scan of
-- every grant (an import ending 100,000 relationships took over 45 minutes without it).
CREATE INDEX grants_relationship ON grants(relationship_id);
