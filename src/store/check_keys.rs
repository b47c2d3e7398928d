//! `db check`'s invariants on what lpt derives from names in Rust (R15's unit keys, the
//! search words of issue 15): recomputed here by the same functions that wrote them, on
//! either back end, and compared with what is stored.

use std::collections::BTreeMap;

use anyhow::Result;

use super::Db;
use super::check::Violation;
use crate::search;

/// The separator a unit's key carries after its name's key when two live units share it.
const SEP: char = '\u{1f}';

pub fn check(db: &impl Db, v: &mut Vec<Violation>) -> Result<()> {
    units(db, v)?;
    persons(db, v)?;
    companies(db, v)?;
    Ok(())
}

fn units(db: &impl Db, v: &mut Vec<Violation>) -> Result<()> {
    let mut st = db.conn().prepare(
        "SELECT c.cf, u.name, u.name_key, u.removed_at IS NULL FROM unit u
         JOIN company c ON c.id = u.company_id ORDER BY u.id",
    )?;
    let rows = st.query_map(crate::params![], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, bool>(3)?,
        ))
    })?;
    for row in rows {
        let (cf, name, key, live) = row?;
        let stored = key.split(SEP).next().unwrap_or_default();
        if crate::names::key(&name) != stored {
            v.push(Violation {
                check: "unit whose key is not its name's (R15)",
                detail: format!("{cf} {name}"),
            });
        }
        if live && key.contains(SEP) {
            v.push(Violation {
                check: "live units of one company that are one name (R15): rename one",
                detail: format!("{cf} {name}"),
            });
        }
    }
    Ok(())
}

/// Each owner's stored words (sorted) and the sort keys they carry.
type Stored = BTreeMap<i64, (Vec<String>, Vec<String>, Vec<String>)>;

fn stored(db: &impl Db, sql: &str, with_name: bool) -> Result<Stored> {
    let mut out = Stored::new();
    let mut st = db.conn().prepare(sql)?;
    let rows = st.query_map(crate::params![], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            if with_name {
                r.get::<_, bool>(3)?
            } else {
                false
            },
        ))
    })?;
    for row in rows {
        let (id, word, sort, in_name) = row?;
        let e = out.entry(id).or_default();
        if in_name {
            e.1.push(word.clone());
        }
        e.0.push(word);
        e.2.push(sort);
    }
    // Sorted here, not by the database: a server's collation may order words otherwise.
    for e in out.values_mut() {
        e.0.sort_unstable();
        e.1.sort_unstable();
    }
    Ok(out)
}

/// The rows of `sql`: an id and three texts (a code and the two fields its words come from).
fn rows_of(db: &impl Db, sql: &str) -> Result<Vec<(i64, String, String, String)>> {
    let mut st = db.conn().prepare(sql)?;
    let rows = st.query_map(crate::params![], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    Ok(rows.collect::<super::db::Result<_>>()?)
}

fn persons(db: &impl Db, v: &mut Vec<Violation>) -> Result<()> {
    let mut words = stored(
        db,
        "SELECT person_id, word, sort FROM person_word ORDER BY person_id, word",
        false,
    )?;
    for row in rows_of(
        db,
        "SELECT id, cf, family_name, given_name FROM person ORDER BY id",
    )? {
        let (id, cf, family, given) = row;
        let (have, _, sorts) = words.remove(&id).unwrap_or_default();
        let sort = search::sort_key(&[&family, &given, &cf]);
        if search::words(&[&family, &given]) != have || sorts.iter().any(|s| *s != sort) {
            v.push(Violation {
                check: "person whose search words are not their names' (issue 15)",
                detail: cf,
            });
        }
    }
    Ok(())
}

fn companies(db: &impl Db, v: &mut Vec<Violation>) -> Result<()> {
    let mut words = stored(
        db,
        "SELECT company_id, word, sort, in_name FROM company_word ORDER BY company_id, word",
        true,
    )?;
    for row in rows_of(db, "SELECT id, cf, name, office FROM company ORDER BY id")? {
        let (id, cf, name, office) = row;
        let (have, in_name, sorts) = words.remove(&id).unwrap_or_default();
        let sort = search::sort_key(&[&name, &cf]);
        if search::words(&[&name, &office]) != have
            || search::words(&[&name]) != in_name
            || sorts.iter().any(|s| *s != sort)
        {
            v.push(Violation {
                check: "company whose search words are not its name's and office's (issue 15)",
                detail: cf,
            });
        }
    }
    Ok(())
}
