-- 0005: the database's own identifier (R11), generated once: a signed checkpoint names its
-- log by it, so a checkpoint of one database never vouches for another. Append-only.
CREATE TABLE database_info (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    id  TEXT NOT NULL
) STRICT;
INSERT INTO database_info (one, id) VALUES (1, lower(hex(randomblob(16))));
