//! A whole registry from one database into another, either back end to either: every
//! table, history and audit chain included, read from one snapshot and written in one
//! transaction (`lpt db copy`, and `lpt db backup` of a server into an SQLite file).

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};

use super::db::{Conn, Param, Value, copy_text};
use super::{Db, Store};

pub use super::TABLES;

/// The tables of a database, by name.
pub fn tables_of(conn: &Conn) -> Result<Vec<String>> {
    let sql = match conn {
        Conn::Sqlite(_) => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        }
        Conn::Pg(_) => {
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
               AND table_name <> 'lpt_schema'"
        }
    };
    let mut st = conn.prepare(sql)?;
    let names = st
        .query_map(crate::params![], |r| r.get(0))?
        .collect::<super::db::Result<Vec<String>>>()?;
    Ok(names)
}

/// Rows copied, per table.
pub type Counts = Vec<(&'static str, i64)>;

/// Copies every row of `from` into `to`, a database just made (migrated, holding only what
/// its migrations put there, which is replaced). `from` is read in one snapshot; `to` is
/// written in one transaction. Returns the rows copied per table.
pub fn copy(from: &Store, to: &Store) -> Result<Counts> {
    let mut have = tables_of(from.conn())?;
    have.retain(|t| !TABLES.contains(&t.as_str()));
    if let Some(t) = have.first() {
        bail!(crate::tr!("copy-unknown-table", table = t));
    }
    let persons: i64 =
        to.conn()
            .query_row("SELECT count(*) FROM person", crate::params![], |r| {
                r.get(0)
            })?;
    if persons > 0 {
        bail!(crate::tr!("copy-not-empty"));
    }
    snapshot(from.conn())?;
    let done = (|| -> Result<Counts> {
        begin(to.conn())?;
        for t in TABLES.iter().rev() {
            to.conn()
                .execute(&format!("DELETE FROM {t}"), crate::params![])?;
        }
        let mut counts = Vec::new();
        for t in TABLES {
            let n = copy_table(from.conn(), to.conn(), t)
                .with_context(|| crate::tr!("copy-table", table = t))?;
            counts.push((*t, n));
        }
        if let Conn::Pg(_) = to.conn() {
            for t in TABLES {
                let has_id: bool = to.conn().query_row(
                    "SELECT EXISTS (SELECT 1 FROM information_schema.columns
                      WHERE table_schema = current_schema() AND table_name = ?1
                        AND column_name = 'id'
                        AND (is_identity = 'YES' OR column_default LIKE 'nextval%'))",
                    [*t],
                    |r| r.get(0),
                )?;
                if has_id {
                    to.conn().execute(
                        &format!(
                            "SELECT setval(pg_get_serial_sequence('{t}', 'id'),
                                           coalesce((SELECT max(id) FROM {t}), 0) + 1, false)"
                        ),
                        crate::params![],
                    )?;
                }
            }
        }
        if let Conn::Sqlite(c) = to.conn() {
            let broken: i64 =
                c.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                    r.get(0)
                })?;
            if broken > 0 {
                bail!(crate::tr!("copy-dangling", count = broken));
            }
        }
        to.conn().execute_batch("COMMIT")?;
        if let Conn::Pg(_) = to.conn() {
            // Statistics for the planner before anything reads the copy: without them two
            // of the verification's checks took 12.6 s and 10.8 s on the bench database,
            // under 0.3 s each once the tables were analysed (BENCHMARKS.md). Autovacuum
            // would get there, later. A role that may not analyse a table is warned and
            // skipped, not refused.
            to.conn()
                .execute_batch(&format!("ANALYZE {}", TABLES.join(", ")))?;
        }
        Ok(counts)
    })();
    let _ = from.conn().execute_batch("COMMIT");
    if done.is_err() {
        let _ = to.conn().execute_batch("ROLLBACK");
    }
    done
}

/// One snapshot for every read that follows, until COMMIT.
fn snapshot(conn: &Conn) -> Result<()> {
    match conn {
        Conn::Sqlite(_) => conn.execute_batch("BEGIN; SELECT count(*) FROM sqlite_master;")?,
        Conn::Pg(_) => {
            conn.execute_batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
            conn.query_row("SELECT 1", crate::params![], |r| r.get::<_, i64>(0))?;
        }
    }
    Ok(())
}

/// The rows `table` holds now.
pub fn rows_of(store: &Store, table: &str) -> Result<i64> {
    Ok(store.conn().query_row(
        &format!("SELECT count(*) FROM {table}"),
        crate::params![],
        |r| r.get(0),
    )?)
}

fn begin(conn: &Conn) -> Result<()> {
    match conn {
        Conn::Sqlite(c) => c.execute_batch("PRAGMA foreign_keys = OFF; BEGIN IMMEDIATE")?,
        Conn::Pg(_) => conn.execute_batch("BEGIN")?,
    }
    Ok(())
}

fn copy_table(from: &Conn, to: &Conn, table: &str) -> Result<i64> {
    let mut st = from.prepare(&format!("SELECT * FROM {table} ORDER BY 1"))?;
    let cols = st.column_names();
    let mut rows = st.query(crate::params![])?;
    let mut n = 0;
    match to {
        Conn::Sqlite(_) => {
            let marks = vec!["?"; cols.len()].join(", ");
            let mut ins = to.prepare(&format!(
                "INSERT INTO {table} ({}) VALUES ({marks})",
                cols.join(", ")
            ))?;
            while let Some(r) = rows.next()? {
                let vals = (0..cols.len())
                    .map(|i| r.get::<_, Value<'static>>(i))
                    .collect::<super::db::Result<Vec<_>>>()?;
                ins.execute(vals.iter().map(|v| v as &dyn Param).collect::<Vec<_>>())?;
                n += 1;
            }
        }
        Conn::Pg(pg) => {
            let mut client = pg.client()?;
            let mut w =
                client.copy_in(&format!("COPY {table} ({}) FROM STDIN", cols.join(", ")))?;
            let mut line = Vec::new();
            while let Some(r) = rows.next()? {
                line.clear();
                for i in 0..cols.len() {
                    if i > 0 {
                        line.push(b'\t');
                    }
                    copy_text(&mut line, &r.get::<_, Value<'static>>(i)?);
                }
                line.push(b'\n');
                w.write_all(&line)?;
                n += 1;
            }
            w.finish()?;
        }
    }
    Ok(n)
}

/// `db backup` of a server: a new SQLite file holding the whole registry as one
/// repeatable-read snapshot saw it, which lpt opens like any embedded database.
pub fn backup_from_server(store: &Store, file: &Path) -> Result<()> {
    let to = Store::create(&super::Location::File(file.to_path_buf()))?;
    match copy(store, &to) {
        Ok(_) => {
            to.conn().execute_batch("PRAGMA journal_mode = DELETE;")?;
            Ok(())
        }
        Err(e) => {
            drop(to);
            let _ = std::fs::remove_file(file);
            Err(e)
        }
    }
}
