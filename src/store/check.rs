//! `db check` and `db backup`: SQLite's integrity, foreign keys, the audit chain and the
//! domain's invariants as queries that must return nothing; the online copy.

use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Serialize;

use super::{Db, Store, audit};

/// One problem found by [`check`].
#[derive(Debug, Serialize, Default)]
pub struct Violation {
    pub check: &'static str,
    pub detail: String,
}

/// Queries that must return no rows; each row found is one violation.
const INVARIANTS: &[(&str, &str)] = &[
    (
        "company without a unit",
        "SELECT c.cf FROM company c WHERE NOT EXISTS
           (SELECT 1 FROM unit u WHERE u.company_id = c.id AND u.removed_at IS NULL)
           -- a rejected registration registered again gave its units up (R2)
           AND NOT (c.status = 'rejected' AND EXISTS (SELECT 1 FROM company o WHERE o.cf = c.cf AND o.id > c.id))",
    ),
    (
        "approved company without a group-level administrator",
        "SELECT c.cf FROM company c WHERE c.status = 'approved'
           AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.company_id = c.id AND g.profile = 'AMMINISTRATORE'
                           AND g.unit_id IS NULL AND g.revoked_on IS NULL AND g.approved_at IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM grants g JOIN operator o ON o.person_id = g.revoked_by
                           WHERE g.company_id = c.id AND g.profile = 'AMMINISTRATORE' AND g.unit_id IS NULL
                             AND g.id = (SELECT max(id) FROM grants WHERE company_id = c.id
                                         AND profile = 'AMMINISTRATORE' AND unit_id IS NULL))",
    ),
    (
        "live grant of a suspended person",
        "SELECT p.cf || ' ' || g.profile FROM grants g JOIN person p ON p.id = g.person_id
         WHERE g.revoked_on IS NULL AND p.suspended_at IS NOT NULL",
    ),
    (
        "live grant in a company that is not approved",
        "SELECT c.cf || ' ' || g.profile FROM grants g JOIN company c ON c.id = g.company_id
         WHERE g.revoked_on IS NULL AND c.status <> 'approved'",
    ),
    (
        "live grant at a level its profile does not allow",
        "SELECT g.id || ' ' || g.profile FROM grants g JOIN catalog_profile cp ON cp.code = g.profile
         WHERE g.revoked_on IS NULL
           AND ((g.unit_id IS NULL AND cp.group_level = 0) OR (g.unit_id IS NOT NULL AND cp.unit_level = 0))",
    ),
    (
        "live grant of a profile the company's types do not allow",
        "SELECT c.cf || ' ' || g.profile FROM grants g JOIN company c ON c.id = g.company_id
         WHERE g.revoked_on IS NULL AND NOT EXISTS
           (SELECT 1 FROM company_type ct JOIN catalog_profile_type pt ON pt.type = ct.type
            WHERE ct.company_id = g.company_id AND pt.profile = g.profile)",
    ),
    (
        "grant declared before the person's first access (R7)",
        "SELECT p.cf || ' ' || g.profile || ' on ' || g.granted_on FROM grants g
         JOIN person p ON p.id = g.person_id WHERE g.granted_on < p.first_access_on",
    ),
    (
        "grant declared before its relationship began (R8)",
        "SELECT g.id || ' ' || g.profile || ' on ' || g.granted_on FROM grants g
         JOIN relationship r ON r.id = g.relationship_id WHERE g.granted_on < r.started_on",
    ),
    (
        "revocation declared before its grant (R8)",
        "SELECT g.id || ' ' || g.profile || ' revoked on ' || g.revoked_on FROM grants g
         WHERE g.revoked_on < g.granted_on",
    ),
    (
        "first access after the day it was recorded (R8)",
        "SELECT cf || ' ' || first_access_on FROM person
         WHERE first_access_on > lpt_day(registered_at)",
    ),
    (
        "a day declared after the day it was recorded (R8)",
        "SELECT g.id || ' ' || g.profile FROM grants g
         WHERE g.granted_on > lpt_day(g.granted_at) OR g.revoked_on > lpt_day(g.revoked_at)
            OR g.ended_on > lpt_day(g.ended_at)",
    ),
    (
        "a change without the instant it was recorded (R8)",
        "SELECT g.id || ' ' || g.profile FROM grants g
         WHERE g.granted_at IS NULL OR (g.revoked_on IS NULL) <> (g.revoked_at IS NULL)
            OR (g.ended_on IS NULL) <> (g.ended_at IS NULL)
         UNION ALL
         SELECT 'relationship ' || id FROM relationship
         WHERE started_at IS NULL OR (ended_on IS NULL) <> (ended_at IS NULL)",
    ),
    (
        "live grant in a removed unit or another company's unit",
        "SELECT g.id || ' ' || g.profile FROM grants g JOIN unit u ON u.id = g.unit_id
         WHERE g.revoked_on IS NULL AND (u.removed_at IS NOT NULL OR u.company_id <> g.company_id)",
    ),
];

/// Every problem found: SQLite's integrity, foreign keys, the audit chain, the domain's
/// invariants, and a catalog that must load.
pub fn check(db: &impl Db) -> Result<Vec<Violation>> {
    let conn = db.conn();
    let mut v = Vec::new();
    if conn.dialect() == super::Dialect::Sqlite {
        sqlite_integrity(db, &mut v)?;
    }
    if let (_, Some(problem)) = audit::verify(db)? {
        v.push(Violation {
            check: "audit chain",
            detail: problem,
        });
    }
    for (name, sql) in INVARIANTS {
        let mut st = conn.prepare(sql)?;
        for r in st.query_map([], |r| r.get::<_, String>(0))? {
            v.push(Violation {
                check: name,
                detail: r?,
            });
        }
    }
    super::check_keys::check(db, &mut v)?;
    // The catalog must load and be consistent with itself.
    super::catalog::load(db)?;
    Ok(v)
}

/// SQLite's own checks: the file's structure, and the foreign keys (which bulk commands
/// leave to this check; a server enforces them always).
fn sqlite_integrity(db: &impl Db, v: &mut Vec<Violation>) -> Result<()> {
    let conn = db.conn();
    let mut st = conn.prepare("PRAGMA integrity_check")?;
    for r in st.query_map([], |r| r.get::<_, String>(0))? {
        let r = r?;
        if r != "ok" {
            v.push(Violation {
                check: "sqlite integrity",
                detail: r,
            });
        }
    }
    let mut st = conn.prepare("PRAGMA foreign_key_check")?;
    for r in st.query_map([], |r| {
        Ok(format!(
            "{} row {}",
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?
        ))
    })? {
        v.push(Violation {
            check: "foreign key",
            detail: r?,
        });
    }
    Ok(())
}

/// Copies the database with SQLite's online backup into `file`, a new file with the
/// database's own mode and group.
pub fn backup(store: &Store, file: &Path) -> Result<()> {
    if file.exists() {
        bail!(crate::tr!("error-backup-exists", file = file.display()));
    }
    let Some(src) = store.conn.sqlite() else {
        return super::copy::backup_from_server(store, file);
    };
    store.create_beside(file)?;
    let mut dst = rusqlite::Connection::open(file)
        .with_context(|| format!("cannot open {}", file.display()))?;
    {
        // One step: the whole copy reads one snapshot. In steps, SQLite restarts the
        // copy whenever another process writes, and a busy database never finishes.
        // In WAL mode this read does not block the writers.
        let b = rusqlite::backup::Backup::new(src, &mut dst)?;
        let done = b.step(-1).context("the online backup failed");
        if !matches!(done, Ok(rusqlite::backup::StepResult::Done)) {
            drop(b);
            drop(dst);
            let _ = std::fs::remove_file(file);
            bail!("the online backup did not complete: {:?}", done.map(|_| ()));
        }
    }
    dst.execute_batch("PRAGMA journal_mode = DELETE;")?;
    Ok(())
}
