-- 0008: names compared by their key (R15). Append-only.
--
-- A unit's name is compared by `name_key`, the key of src/names.rs (NFKC, case-folded,
-- spaces collapsed, look-alikes of Latin letters folded), so that `Città` and `CITTÀ`, or
-- "Sede legale" with a non-breaking space, are one unit. SQLite's NOCASE folded ASCII only.
-- lpt_name_key is the same Rust function, registered on the connection that migrates.
ALTER TABLE unit ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE unit SET name_key = lpt_name_key(name);

-- Live units of one company that were distinct before and are one name now (both added
-- under NOCASE) keep working: the later ones get a key no name can have (a control
-- character and their id), and `db check` lists them until one is renamed.
UPDATE unit SET name_key = name_key || char(31) || id
 WHERE removed_at IS NULL AND EXISTS (
       SELECT 1 FROM unit u WHERE u.company_id = unit.company_id AND u.removed_at IS NULL
          AND u.name_key = unit.name_key AND u.id < unit.id);

DROP INDEX unit_live_name;
CREATE UNIQUE INDEX unit_live_key ON unit(company_id, name_key) WHERE removed_at IS NULL;
