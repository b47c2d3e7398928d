//! The connection under the store: an embedded SQLite file or a PostgreSQL server, behind
//! one small interface. Store modules write their SQL once, in the dialect both accept
//! (SQLite's `?N` placeholders are rewritten for the server); the few statements that
//! differ ask [`Conn::dialect`]. Nothing above `store` sees which one it runs on.
//!
//! The interface is rusqlite's shape, kept small: a [`Stmt`] runs with [`Params`] and hands
//! each [`Row`] to a closure; a column is read as any [`Col`].

mod later;
mod value;

pub use value::{Col, Param, Params, Value};
mod pg;
mod pg_wire;
pub use later::copy_text;
pub use pg::{Pg, PgStmt};
use pg_wire::PgCol;

/// Which database a connection speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// An error from either back end, or a value of the wrong kind.
#[derive(Debug)]
pub enum Error {
    Sqlite(rusqlite::Error),
    Pg(postgres::Error),
    /// A query meant to return one row returned none.
    NoRows,
    Type(String),
    /// A statement while the connection hands over the rows of [`Conn::each_row`].
    Busy,
}

pub type Result<T> = std::result::Result<T, Error>;

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Sqlite(e) => e.fmt(f),
            Error::Pg(e) => match e.as_db_error() {
                Some(d) => match d.detail() {
                    Some(detail) => write!(f, "{} ({detail})", d.message()),
                    None => f.write_str(d.message()),
                },
                None => e.fmt(f),
            },
            Error::NoRows => f.write_str("the query returned no row"),
            Error::Type(s) => f.write_str(s),
            Error::Busy => f.write_str("the connection is busy reading another statement's rows"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Sqlite(e) => Some(e),
            Error::Pg(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NoRows,
            e => Error::Sqlite(e),
        }
    }
}

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        Error::Pg(e)
    }
}

impl Error {
    /// The server's SQLSTATE, for a PostgreSQL error.
    pub fn sqlstate(&self) -> Option<&postgres::error::SqlState> {
        match self {
            Error::Pg(e) => e.code(),
            _ => None,
        }
    }
}

/// A connection to either back end.
// A process holds one or two: the size of the larger variant costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum Conn {
    Sqlite(rusqlite::Connection),
    Pg(Pg),
}

impl Conn {
    pub fn dialect(&self) -> Dialect {
        match self {
            Conn::Sqlite(_) => Dialect::Sqlite,
            Conn::Pg(_) => Dialect::Postgres,
        }
    }

    /// The SQLite connection, for what only SQLite has (pragmas, backups).
    pub fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match self {
            Conn::Sqlite(c) => Some(c),
            Conn::Pg(_) => None,
        }
    }

    /// Prepares a statement made at run time (not cached).
    pub fn prepare(&self, sql: &str) -> Result<Stmt<'_, '_>> {
        Ok(match self {
            Conn::Sqlite(c) => Stmt::SqliteOwned(c.prepare(sql)?),
            Conn::Pg(pg) => Stmt::Pg(pg, pg.prepare(sql)?),
        })
    }

    /// Prepares a statement through the connection's cache.
    pub fn prepare_cached(&self, sql: &str) -> Result<Stmt<'_, '_>> {
        Ok(match self {
            Conn::Sqlite(c) => Stmt::SqliteCached(c.prepare_cached(sql)?),
            Conn::Pg(pg) => Stmt::Pg(pg, pg.prepare_cached(sql)?),
        })
    }

    /// Runs a statement made at run time; the number of rows changed.
    pub fn execute<P: Params>(&self, sql: &str, p: P) -> Result<usize> {
        self.prepare(sql)?.execute(p)
    }

    pub fn query_row<P: Params, T>(
        &self,
        sql: &str,
        p: P,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        self.prepare(sql)?.query_row(p, f)
    }

    /// Each row of a query that may return many, handed to `f` as it comes, the whole
    /// result never held in memory (elsewhere, a server's rows are all read before the
    /// first is handed over). `f` must not run statements on this connection: on a server
    /// they fail with [`Error::Busy`] ([`Pg::each_row`]).
    pub fn each_row<P: Params, E: From<Error>>(
        &self,
        sql: &str,
        p: P,
        mut f: impl FnMut(&Row<'_>) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        match self {
            Conn::Sqlite(c) => {
                let mut st = c.prepare_cached(sql).map_err(Error::from)?;
                let mut rows = st
                    .query(rusqlite::params_from_iter(bind(&p)))
                    .map_err(Error::from)?;
                while let Some(r) = rows.next().map_err(Error::from)? {
                    f(&Row::Sqlite(r))?;
                }
                Ok(())
            }
            Conn::Pg(pg) => pg.each_row(sql, &p, &mut |r| f(&Row::Pg(r))),
        }
    }

    /// Runs a plain insert (`INSERT INTO t (cols) VALUES (?1, …)`) whose rows nothing waits
    /// for: at once on a file; on a server inside a transaction, queued and sent with the
    /// next statement, as a `COPY` ([`later`]).
    pub fn insert_later<P: Params>(&self, sql: &str, p: P) -> Result<()> {
        match self {
            Conn::Sqlite(c) => {
                c.prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(bind(&p)))?;
                Ok(())
            }
            Conn::Pg(pg) => pg.insert_later(sql, &p),
        }
    }

    /// Sends the inserts queued by [`Conn::insert_later`] (a server's; a file has none).
    pub fn write_pending(&self) -> Result<()> {
        match self {
            Conn::Sqlite(_) => Ok(()),
            Conn::Pg(pg) => pg.flush(),
        }
    }

    /// Runs statements without parameters or results (transactions, settings, scripts).
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match self {
            Conn::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Conn::Pg(pg) => pg.batch(sql),
        }
    }
}

/// A prepared statement of either back end.
pub enum Stmt<'a, 'c> {
    SqliteRef(&'a mut rusqlite::Statement<'c>),
    SqliteOwned(rusqlite::Statement<'c>),
    SqliteCached(rusqlite::CachedStatement<'c>),
    Pg(&'a Pg, PgStmt),
}

fn bind(p: &dyn Params) -> impl Iterator<Item = &dyn rusqlite::ToSql> {
    (0..p.len()).map(move |i| p.at(i).sqlite())
}

impl<'a, 'c> Stmt<'a, 'c> {
    fn lite(&mut self) -> Option<&mut rusqlite::Statement<'c>> {
        match self {
            Stmt::SqliteRef(s) => Some(s),
            Stmt::SqliteOwned(s) => Some(s),
            Stmt::SqliteCached(s) => Some(s),
            Stmt::Pg(..) => None,
        }
    }

    /// Runs the statement; the number of rows changed.
    pub fn execute<P: Params>(&mut self, p: P) -> Result<usize> {
        if let Some(st) = self.lite() {
            return Ok(st.execute(rusqlite::params_from_iter(bind(&p)))?);
        }
        let Stmt::Pg(pg, st) = self else {
            unreachable!()
        };
        pg.execute(st, &p)
    }

    /// The rows the statement returns, one at a time.
    pub fn query<P: Params>(&mut self, p: P) -> Result<Rows<'_>> {
        let args = || rusqlite::params_from_iter(bind(&p));
        Ok(match self {
            Stmt::SqliteRef(s) => Rows::Sqlite(s.query(args())?),
            Stmt::SqliteOwned(s) => Rows::Sqlite(s.query(args())?),
            Stmt::SqliteCached(s) => Rows::Sqlite(s.query(args())?),
            Stmt::Pg(pg, st) => Rows::Pg(pg.run(st, &p)?.into_iter(), None),
        })
    }

    /// The first row, read by `f`; [`Error::NoRows`] when there is none.
    pub fn query_row<P: Params, T>(
        &mut self,
        p: P,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut rows = self.query(p)?;
        match rows.next()? {
            Some(r) => f(&r),
            None => Err(Error::NoRows),
        }
    }

    /// Each row, read by `f`.
    pub fn query_map<P: Params, T, F: FnMut(&Row<'_>) -> Result<T>>(
        &mut self,
        p: P,
        f: F,
    ) -> Result<MappedRows<'_, F>> {
        Ok(MappedRows {
            rows: self.query(p)?,
            f,
        })
    }

    /// Whether the statement returns a row.
    pub fn exists<P: Params>(&mut self, p: P) -> Result<bool> {
        Ok(self.query(p)?.next()?.is_some())
    }

    /// The names of the statement's columns.
    pub fn column_names(&mut self) -> Vec<String> {
        if let Some(st) = self.lite() {
            return st.column_names().map(str::to_string).collect();
        }
        let Stmt::Pg(_, PgStmt::Ready(st)) = self else {
            // Only whole-table reads ask for their columns: none has a parameter to defer.
            return Vec::new();
        };
        st.columns().iter().map(|c| c.name().to_string()).collect()
    }
}

/// The rows of a query.
pub enum Rows<'s> {
    Sqlite(rusqlite::Rows<'s>),
    Pg(std::vec::IntoIter<postgres::Row>, Option<postgres::Row>),
}

impl Rows<'_> {
    /// The next row, as rusqlite's `Rows::next`: each row borrows the cursor, so this is a
    /// lending iterator, not `Iterator`.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        match self {
            Rows::Sqlite(r) => Ok(r.next()?.map(Row::Sqlite)),
            Rows::Pg(it, cur) => {
                *cur = it.next();
                Ok(cur.as_ref().map(Row::Pg))
            }
        }
    }
}

/// Rows read by a closure, as an iterator.
pub struct MappedRows<'s, F> {
    rows: Rows<'s>,
    f: F,
}

impl<T, F: FnMut(&Row<'_>) -> Result<T>> Iterator for MappedRows<'_, F> {
    type Item = Result<T>;
    fn next(&mut self) -> Option<Result<T>> {
        match self.rows.next() {
            Ok(Some(r)) => Some((self.f)(&r)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

/// One row of either back end.
pub enum Row<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Pg(&'r postgres::Row),
}

/// A column by position or by name.
pub trait ColIndex {
    fn index(&self, r: &Row<'_>) -> Result<usize>;
}
impl ColIndex for usize {
    fn index(&self, _: &Row<'_>) -> Result<usize> {
        Ok(*self)
    }
}
impl ColIndex for &str {
    fn index(&self, r: &Row<'_>) -> Result<usize> {
        match r {
            Row::Sqlite(row) => Ok(row.as_ref().column_index(self)?),
            Row::Pg(row) => row
                .columns()
                .iter()
                .position(|c| c.name() == *self)
                .ok_or_else(|| Error::Type(format!("no column {self}"))),
        }
    }
}

impl Row<'_> {
    pub fn get<I: ColIndex, T: Col>(&self, i: I) -> Result<T> {
        let i = i.index(self)?;
        match self {
            Row::Sqlite(r) => Ok(T::sqlite(r, i)?),
            Row::Pg(r) => T::from_value(r.try_get::<_, PgCol<'_>>(i)?.0),
        }
    }

    /// A text column, borrowed from the row.
    pub fn str(&self, i: usize) -> Result<&str> {
        match self {
            Row::Sqlite(r) => Ok(r.get_ref(i)?.as_str().map_err(rusqlite::Error::from)?),
            Row::Pg(r) => Ok(r.try_get::<_, &str>(i)?),
        }
    }

    /// The number of columns.
    pub fn len(&self) -> usize {
        match self {
            Row::Sqlite(r) => r.as_ref().column_count(),
            Row::Pg(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `.optional()`: a query's one row as `Some`, no row as `None`.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(Error::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
