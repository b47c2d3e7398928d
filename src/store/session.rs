//! The write session: the one object through which a change is written. It owns the
//! transaction (taken with the write lock at once, so two operators queue instead of
//! deadlocking), the audit chain's head, who acts, who entered it and when. Only it appends
//! audit events; [`Session::commit`] is the only way a change lands, and dropping it rolls
//! back.

use std::cell::Cell;

use crate::store::Conn;
use anyhow::Result;
use chrono::NaiveDate;

use super::audit::{self, Entry, Head, Stamp};
use super::login::{self, Login};
use super::person::{self, Person};
use super::{Db, Dialect, Held, Store};
use crate::dates::Clock;

pub struct Session<'c> {
    held: Held<'c>,
    head: Head,
    /// The fiscal code on whose authority the changes are made (`--as`); `None` only for a
    /// read's trace without `--as`.
    actor_cf: Option<String>,
    /// That person as registered when the session began, if registered.
    actor: Option<Person>,
    /// Who entered the changes: the login, and the person it is bound to.
    login: Login,
    bound: Option<Bound>,
    now: String,
    today: NaiveDate,
    /// A historical load (R8): declared days stand for recorded ones, for the grants and
    /// relationships from these ids on (those the load itself creates).
    historical: Cell<Option<(i64, i64)>>,
    ids: super::ids::Ids,
    open: Cell<bool>,
}

/// The person a login is bound to, as registered when the session began (`person` is None
/// for a code not yet registered).
#[derive(Debug, Clone)]
pub struct Bound {
    pub cf: String,
    pub person: Option<Person>,
}

impl Store {
    /// Begins a write session on behalf of `actor_cf` (None: a read's trace without
    /// `--as`), entered by the process's login, at the instant `clock` read.
    pub fn begin(&self, actor_cf: Option<&str>, clock: &Clock) -> Result<Session<'_>> {
        match self.conn.dialect() {
            Dialect::Sqlite => self.conn.execute_batch("BEGIN IMMEDIATE")?,
            Dialect::Postgres => {
                super::server::writable(&self.conn)?;
                self.conn.execute_batch("BEGIN")?;
                if let Err(e) = super::server::lock(&self.conn) {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    return Err(e);
                }
            }
        }
        // On a server, the instant is the server's, read once the lock is held (R8).
        let clock = &match self.clock(clock) {
            Ok(c) => c,
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        };
        let facts = (|| -> Result<_> {
            let actor = match actor_cf {
                Some(cf) => person::by_cf(self, cf)?,
                None => None,
            };
            let bound = match login::binding(self, &self.login.name)? {
                Some(b) => Some(Bound {
                    person: person::by_cf(self, &b.cf)?,
                    cf: b.cf,
                }),
                None => None,
            };
            Ok((actor, bound))
        })();
        let (actor, bound) = match facts {
            Ok(f) => f,
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        };
        Ok(Session {
            held: Held::new(&self.conn),
            head: Head::default(),
            actor_cf: actor_cf.map(str::to_string),
            actor,
            login: self.login.clone(),
            bound,
            now: clock.stamp(),
            today: clock.today,
            historical: Cell::new(None),
            ids: Default::default(),
            open: Cell::new(true),
        })
    }
}

impl Session<'_> {
    /// The code on whose authority this session acts (empty for a trace without `--as`).
    pub fn actor_cf(&self) -> &str {
        self.actor_cf.as_deref().unwrap_or("")
    }

    /// The acting person as registered when the session began (None: not registered).
    pub fn actor(&self) -> Option<&Person> {
        self.actor.as_ref()
    }

    /// The login that entered this session's changes.
    pub fn login(&self) -> &Login {
        &self.login
    }

    /// The person that login is bound to, if it is bound.
    pub fn bound(&self) -> Option<&Bound> {
        self.bound.as_ref()
    }

    /// From now on, a declared day stands for the instant a change is recorded (a
    /// historical load, R8), for the grants and relationships created from now on; the
    /// operation that sets it says so in its event.
    pub fn set_historical(&self) -> Result<()> {
        let next: (i64, i64) = self.with(
            "SELECT (SELECT coalesce(max(id), 0) + 1 FROM grants),
                    (SELECT coalesce(max(id), 0) + 1 FROM relationship)",
            |st| st.query_row([], |r| Ok((r.get(0)?, r.get(1)?))),
        )?;
        self.historical.set(Some(next));
        Ok(())
    }

    pub fn historical(&self) -> bool {
        self.historical.get().is_some()
    }

    /// In a historical load, whether a grant was recorded before it (its recorded times
    /// are then the clock's, never a declared day's).
    pub fn recorded_before(&self, grant: super::GrantId) -> bool {
        self.historical.get().is_some_and(|(g, _)| grant.0 < g)
    }

    /// In a historical load, whether a relationship was recorded before it.
    pub fn relationship_recorded_before(&self, rel: super::RelationshipId) -> bool {
        self.historical.get().is_some_and(|(_, r)| rel.0 < r)
    }

    /// The id of a new row of `table`, known before it is written ([`super::ids`]).
    pub fn new_id(&self, table: super::ids::Table) -> Result<i64> {
        self.ids.next(self, table)
    }

    /// The recorded instant of a change declaring `day` (`YYYY-MM-DD`) (R8): now, or in a
    /// historical load the first instant of the declared day in Italy.
    pub fn recorded(&self, day: &str) -> String {
        match crate::dates::parse_date(day) {
            Ok(d) if self.historical() => crate::dates::start_of(d),
            _ => self.now.clone(),
        }
    }

    /// The instant of every change in this session, RFC 3339 UTC.
    pub fn now(&self) -> &str {
        &self.now
    }

    /// Today, as the clock read it at the edge.
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// Appends one audit event, chained to the one before (R11), attributed to the actor
    /// and to the login that entered it.
    pub fn record(&self, e: Entry<'_>) -> Result<()> {
        let stamp = Stamp {
            at: &self.now,
            actor: self.actor_cf.as_deref(),
            login: &self.login.name,
            login_cf: self.bound.as_ref().map(|b| b.cf.as_str()),
            host: &self.login.host,
        };
        audit::append(&self.held, &self.head, &stamp, e)
    }

    /// Writes the chain's head and commits: the only way a change lands.
    pub fn commit(self) -> Result<()> {
        self.held.release();
        audit::flush(self.held.conn, &self.head)?;
        self.held.conn.execute_batch("COMMIT")?;
        self.open.set(false);
        Ok(())
    }

    /// Discards every change of this session (a dry run, or nothing to write).
    /// Sends what the connection holds back ([`super::db::Conn::insert_later`]), so that
    /// any failure of those writes comes now.
    pub fn write_pending(&self) -> Result<()> {
        Ok(self.held.conn.write_pending()?)
    }

    pub fn rollback(self) -> Result<()> {
        self.held.release();
        self.held.conn.execute_batch("ROLLBACK")?;
        self.open.set(false);
        Ok(())
    }
}

impl Db for Session<'_> {
    fn conn(&self) -> &Conn {
        self.held.conn
    }
    fn with<T>(
        &self,
        sql: &'static str,
        f: impl FnOnce(&mut crate::store::Stmt<'_, '_>) -> crate::store::db::Result<T>,
    ) -> Result<T> {
        self.held.with(sql, f)
    }
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        if self.open.get() {
            self.held.release();
            // Nothing to report on failure: SQLite rolls back an unfinished transaction
            // when the connection closes.
            let _ = self.held.conn.execute_batch("ROLLBACK");
        }
    }
}
