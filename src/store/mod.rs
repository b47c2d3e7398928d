//! The SQLite database: the only place that knows SQL or rusqlite. It opens and migrates
//! the file ([`open`]), hands out the read handle ([`Store`]) and the write session
//! ([`Session`]), and has one module per table family answering questions in typed rows.
//!
//! Storage never decides policy: it answers questions and writes what it is told.

pub mod audit;
pub mod catalog;
pub mod change;
pub mod check;
mod check_keys;
pub mod company;
pub mod complete;
pub mod compliance;
pub mod copy;
pub mod db;
pub mod grant;
pub mod ids;
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
mod server;
mod session;
mod tls;

use std::path::{Path, PathBuf};

use anyhow::Result;
pub use db::{Conn, Dialect, Row, Stmt};

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
        impl db::Param for $name {
            fn sqlite(&self) -> &dyn rusqlite::ToSql { self }
            fn value(&self) -> db::Value<'_> { db::Value::Int(self.0) }
        }
        impl db::Col for $name {
            fn sqlite(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Self> {
                r.get(i).map($name)
            }
            fn from_value(v: db::Value<'_>) -> db::Result<Self> {
                <i64 as db::Col>::from_value(v).map($name)
            }
        }
    )*};
}
id_type!(PersonId, CompanyId, UnitId, GrantId, RelationshipId);

/// Where a registry is: an SQLite file, or a database on a PostgreSQL server (`--db
/// postgresql://…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Server(String),
}

impl Location {
    /// `--db` as given: a `postgresql:` URL names a server, anything else a file.
    pub fn parse(db: &std::ffi::OsStr) -> Location {
        match db.to_str() {
            Some(s) if server::is_url(s) => Location::Server(s.to_string()),
            _ => Location::File(PathBuf::from(db)),
        }
    }

    /// As shown to the user (a server's URL without its password).
    pub fn shown(&self) -> String {
        match self {
            Location::File(p) => p.display().to_string(),
            Location::Server(u) => server::shown(u),
        }
    }
}

/// An open database: reads go straight to it; every change goes through a [`Session`].
pub struct Store {
    conn: Conn,
    at: Location,
    /// Who is at the keyboard (R10), decided once when the store opens.
    login: login::Login,
}

impl Store {
    /// Opens an existing database and brings its schema up to date.
    pub fn open(at: &Location) -> Result<Store> {
        match at {
            Location::File(path) => Ok(Store {
                conn: Conn::Sqlite(open::open(path)?),
                at: at.clone(),
                login: login::Login::of_process(),
            }),
            Location::Server(url) => Store::on_server(server::open(url)?, at),
        }
    }

    /// Creates a new database (`lpt init`): a file readable by its owner only, or lpt's
    /// schema in an empty server database; refuses an initialised one.
    pub fn create(at: &Location) -> Result<Store> {
        match at {
            Location::File(path) => Ok(Store {
                conn: Conn::Sqlite(open::create(path)?),
                at: at.clone(),
                login: login::Login::of_process(),
            }),
            Location::Server(url) => Store::on_server(server::create(url)?, at),
        }
    }

    fn on_server(conn: Conn, at: &Location) -> Result<Store> {
        let login = login::Login::of_server(server::session_user(&conn)?);
        Ok(Store {
            conn,
            at: at.clone(),
            login,
        })
    }

    /// A second, read-only handle on the same database, for lookups on another thread (see
    /// the registry import): opened while this one holds the write lock, it reads the
    /// state that the write transaction started from. Its page cache holds `cache_kib`
    /// KiB (SQLite).
    pub fn reader(&self, cache_kib: u32) -> Result<Store> {
        let conn = match &self.at {
            Location::File(path) => Conn::Sqlite(open::open_reader(path, cache_kib)?),
            Location::Server(url) => {
                // Writers queue on lpt's lock, which this process holds: nothing commits
                // until it does, so a snapshot taken now is the state the writer began at.
                let c = server::connect(url)?;
                c.execute_batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?;
                c
            }
        };
        Ok(Store {
            conn,
            at: self.at.clone(),
            login: self.login.clone(),
        })
    }

    /// Where the database is.
    pub fn location(&self) -> &Location {
        &self.at
    }

    /// Creates a new file for what lpt writes out of the database (a backup, an export, a
    /// checkpoint): with the database file's own mode and group, or owner-only beside a
    /// server.
    pub fn create_beside(&self, path: &Path) -> Result<()> {
        match &self.at {
            Location::File(db) => create_like(db, path),
            Location::Server(_) => create_private_file(path).map(drop),
        }
    }

    /// The server's clock (R8) on PostgreSQL; on a file, the clock main read.
    pub fn clock(&self, read: &crate::dates::Clock) -> Result<crate::dates::Clock> {
        match &self.conn {
            Conn::Sqlite(_) => Ok(*read),
            Conn::Pg(_) => {
                #[cfg(debug_assertions)]
                if std::env::var_os("LPT_TEST_NOW").is_some() {
                    return Ok(*read);
                }
                Ok(crate::dates::Clock::at(server::now(&self.conn)?))
            }
        }
    }

    /// Whether this is a read-only standby (a file never is).
    pub fn is_standby(&self) -> Result<bool> {
        match &self.conn {
            Conn::Sqlite(_) => Ok(false),
            Conn::Pg(_) => server::in_recovery(&self.conn),
        }
    }

    /// The login at the keyboard (R10): who enters whatever this process changes.
    pub fn login(&self) -> &login::Login {
        &self.login
    }

    /// Whether this login's account owns the database file (a database from before
    /// logins is first bound by its owner, see `ops::login`).
    pub fn owned_by_login(&self) -> bool {
        match &self.at {
            Location::File(path) => open::owned_by_me(path),
            Location::Server(_) => false,
        }
    }

    /// Settings for one bulk command. A larger page cache: 48 MiB is as fast as 64 MiB here
    /// and keeps the whole process under 100 MB however large the file (BENCHMARKS.md).
    /// Mapped pages would count in the resident size too, so bulk work reads through the
    /// cache. Every reference a bulk row writes (person, company, unit, profile,
    /// relationship, actor) is looked up by the operation's checks in the same transaction,
    /// so SQLite's own foreign-key probes would repeat those lookups (~12% of an import);
    /// `db check` still runs foreign_key_check over the whole database.
    pub fn for_bulk(&self) -> Result<()> {
        if self.conn.dialect() == Dialect::Postgres {
            return Ok(());
        }
        self.conn.execute_batch(
            "PRAGMA cache_size = -49152; PRAGMA mmap_size = 0; PRAGMA foreign_keys = OFF;",
        )?;
        Ok(())
    }

    /// Settings for a long read (a list streamed whole): pages read through a small cache
    /// instead of mapped, so that memory stays constant however long the list (mapped pages
    /// a scan touches count as the process's own).
    pub fn for_long_reads(&self) -> Result<()> {
        if self.conn.dialect() == Dialect::Postgres {
            return Ok(());
        }
        self.conn.execute_batch("PRAGMA mmap_size = 0;")?;
        Ok(())
    }

    /// Statements prepared once and held until the handle is dropped (bulk reading).
    pub fn held(&self) -> Held<'_> {
        Held::new(&self.conn)
    }
}

/// lpt's tables, each after the tables it refers to. A table missing here fails the copy
/// (see [`copy::tables_of`]): a new table must be added, in its place.
pub const TABLES: &[&str] = &[
    "catalog_type",
    "catalog_incompatible",
    "catalog_profile",
    "catalog_profile_type",
    "person",
    "operator",
    "company",
    "company_type",
    "unit",
    "relationship",
    "grants",
    "audit_event",
    "audit_head",
    "audit_personal",
    "legacy_account",
    "login",
    "database_info",
    "company_change",
    "company_change_type",
    "legacy_pending",
    "role_change",
    "person_word",
    "company_word",
];

/// Where the store's statements come from. A [`Store`] prepares them through the
/// connection's statement cache; a [`Session`] and a [`Held`] hold them for their whole
/// life, since each trip through SQLite's cache costs some 0.2 µs (hashing the SQL text,
/// LRU bookkeeping): about 4% of a bulk import (BENCHMARKS.md).
pub trait Db {
    fn conn(&self) -> &Conn;
    /// Runs `f` on the statement prepared from `sql`: by default, through the cache.
    fn with<T>(
        &self,
        sql: &'static str,
        f: impl FnOnce(&mut Stmt<'_, '_>) -> db::Result<T>,
    ) -> Result<T> {
        let mut st = self.conn().prepare_cached(sql)?;
        Ok(f(&mut st)?)
    }

    /// Runs a plain insert whose rows nothing waits for: at once on a file, queued on a
    /// server inside a transaction and sent with the next statement ([`Conn::insert_later`]).
    fn insert_later<P: db::Params>(&self, sql: &'static str, p: P) -> Result<()> {
        match self.conn() {
            Conn::Pg(_) => Ok(self.conn().insert_later(sql, p)?),
            Conn::Sqlite(_) => self.with(sql, |st| st.execute(p)).map(drop),
        }
    }
}

impl Db for Store {
    fn conn(&self) -> &Conn {
        &self.conn
    }
}

/// Statements prepared on first use and held until dropped, found by the address of their
/// SQL text: one pointer comparison per statement in use, against hashing the text. (On
/// PostgreSQL the connection itself keeps every statement it prepared.)
pub struct Held<'c> {
    conn: &'c Conn,
    stmts: std::cell::RefCell<Vec<(&'static str, rusqlite::Statement<'c>)>>,
}

impl<'c> Held<'c> {
    fn new(conn: &'c Conn) -> Self {
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
    fn conn(&self) -> &Conn {
        self.conn
    }
    fn with<T>(
        &self,
        sql: &'static str,
        f: impl FnOnce(&mut Stmt<'_, '_>) -> db::Result<T>,
    ) -> Result<T> {
        let Conn::Sqlite(conn) = self.conn else {
            let mut st = self.conn.prepare_cached(sql)?;
            return Ok(f(&mut st)?);
        };
        let mut stmts = self.stmts.borrow_mut();
        let i = match stmts.iter().position(|(s, _)| std::ptr::eq(*s, sql)) {
            Some(i) => i,
            None => {
                stmts.push((sql, conn.prepare(sql)?));
                stmts.len() - 1
            }
        };
        Ok(f(&mut Stmt::SqliteRef(&mut stmts[i].1))?)
    }
}

/// Reads `Option<T>` from a query that returns at most one row.
pub(crate) fn optional<T>(r: db::Result<T>) -> Result<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(db::Error::NoRows) => Ok(None),
        Err(e) => Err(e.into()),
    }
}
