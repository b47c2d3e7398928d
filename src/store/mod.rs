//! The SQLite database: the only place that knows SQL or rusqlite. It opens and migrates
//! the file ([`open`]), hands out the read handle ([`Store`]) and the write session
//! ([`Session`]), and has one module per table family answering questions in typed rows.
//!
//! Storage never decides policy: it answers questions and writes what it is told.

pub mod audit;
pub mod catalog;
pub mod change;
pub mod check;
pub mod company;
pub mod compliance;
pub mod grant;
pub mod inbox;
pub mod legacy;
pub mod login;
mod open;
pub mod person;
mod powers;
pub mod relationship;
pub mod replayed;
pub mod report;
pub mod review;
pub mod search;
mod session;

use std::path::{Path, PathBuf};

use anyhow::Result;
use rusqlite::Connection;

pub use open::{SCHEMA_VERSION, create_like, create_private_file, default_path};
pub use session::{Bound, Session};

macro_rules! id_type {
    ($($name:ident),*) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub i64);
        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                self.0.to_sql()
            }
        }
        impl rusqlite::types::FromSql for $name {
            fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                i64::column_result(v).map($name)
            }
        }
    )*};
}
id_type!(PersonId, CompanyId, UnitId, GrantId, RelationshipId);

/// An open database: reads go straight to it; every change goes through a [`Session`].
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Who is at the keyboard (R10), decided once when the store opens.
    login: login::Login,
}

impl Store {
    /// Opens an existing database and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        Ok(Store {
            conn: open::open(path)?,
            path: path.to_path_buf(),
            login: login::Login::of_process(),
        })
    }

    /// Creates a new database file readable by its owner only (`lpt init`); refuses an
    /// initialised one.
    pub fn create(path: &Path) -> Result<Store> {
        Ok(Store {
            conn: open::create(path)?,
            path: path.to_path_buf(),
            login: login::Login::of_process(),
        })
    }

    /// A second, read-only handle on the same file, for lookups on another thread (see
    /// the registry import): opened while this one holds the write lock, it reads the
    /// snapshot that the write transaction started from. Its page cache holds `cache_kib`
    /// KiB.
    pub fn reader(&self, cache_kib: u32) -> Result<Store> {
        Ok(Store {
            conn: open::open_reader(&self.path, cache_kib)?,
            path: self.path.clone(),
            login: self.login.clone(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The login at the keyboard (R10): who enters whatever this process changes.
    pub fn login(&self) -> &login::Login {
        &self.login
    }

    /// Whether this login's account owns the database file (a database from before
    /// logins is first bound by its owner, see `ops::login`).
    pub fn owned_by_login(&self) -> bool {
        open::owned_by_me(&self.path)
    }

    /// Settings for one bulk command. A larger page cache: 48 MiB is as fast as 64 MiB here
    /// and keeps the whole process under 100 MB however large the file (BENCHMARKS.md).
    /// Mapped pages would count in the resident size too, so bulk work reads through the
    /// cache. Every reference a bulk row writes (person, company, unit, profile,
    /// relationship, actor) is looked up by the operation's checks in the same transaction,
    /// so SQLite's own foreign-key probes would repeat those lookups (~12% of an import);
    /// `db check` still runs foreign_key_check over the whole database.
    pub fn for_bulk(&self) -> Result<()> {
        self.conn.execute_batch(
            "PRAGMA cache_size = -49152; PRAGMA mmap_size = 0; PRAGMA foreign_keys = OFF;",
        )?;
        Ok(())
    }

    /// Settings for a long read (a list streamed whole): pages read through a small cache
    /// instead of mapped, so that memory stays constant however long the list (mapped pages
    /// a scan touches count as the process's own).
    pub fn for_long_reads(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA mmap_size = 0;")?;
        Ok(())
    }

    /// Statements prepared once and held until the handle is dropped (bulk reading).
    pub fn held(&self) -> Held<'_> {
        Held::new(&self.conn)
    }
}

/// Where the store's statements come from. A [`Store`] prepares them through rusqlite's
/// statement cache; a [`Session`] and a [`Held`] hold them for their whole life, since each
/// trip through the cache costs some 0.2 µs (hashing the SQL text, LRU bookkeeping): about
/// 4% of a bulk import (BENCHMARKS.md).
pub trait Db {
    fn conn(&self) -> &Connection;
    /// Runs `f` on the statement prepared from `sql`: by default, through the cache.
    fn with<T>(
        &self,
        sql: &'static str,
        f: impl FnOnce(&mut rusqlite::Statement<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let mut st = self.conn().prepare_cached(sql)?;
        Ok(f(&mut st)?)
    }
}

impl Db for Store {
    fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// Statements prepared on first use and held until dropped, found by the address of their
/// SQL text: one pointer comparison per statement in use, against hashing the text.
pub struct Held<'c> {
    conn: &'c Connection,
    stmts: std::cell::RefCell<Vec<(&'static str, rusqlite::Statement<'c>)>>,
}

impl<'c> Held<'c> {
    fn new(conn: &'c Connection) -> Self {
        Held {
            conn,
            stmts: Default::default(),
        }
    }

    /// Finalises every held statement (before a commit).
    fn release(&self) {
        self.stmts.borrow_mut().clear();
    }
}

impl Db for Held<'_> {
    fn conn(&self) -> &Connection {
        self.conn
    }
    fn with<T>(
        &self,
        sql: &'static str,
        f: impl FnOnce(&mut rusqlite::Statement<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let mut stmts = self.stmts.borrow_mut();
        let i = match stmts.iter().position(|(s, _)| std::ptr::eq(*s, sql)) {
            Some(i) => i,
            None => {
                stmts.push((sql, self.conn.prepare(sql)?));
                stmts.len() - 1
            }
        };
        Ok(f(&mut stmts[i].1)?)
    }
}

/// Reads `Option<T>` from a query that returns at most one row.
pub(crate) fn optional<T>(r: rusqlite::Result<T>) -> Result<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
        Err(e) => Err(e.into()),
    }
}
