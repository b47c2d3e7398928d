//! The write session: the one object through which a change is written. It owns the
//! transaction (taken with the write lock at once, so two operators queue instead of
//! deadlocking), the audit chain's head, who acts and when. Only it appends audit events;
//! [`Session::commit`] is the only way a change lands, and dropping it rolls back.

use std::cell::Cell;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::audit::{self, Entry, Head};
use super::person::{self, Person};
use super::{Db, Held, Store};
use crate::dates::Clock;

pub struct Session<'c> {
    held: Held<'c>,
    head: Head,
    /// The fiscal code on whose authority the changes are made (`--as`).
    actor_cf: String,
    /// That person as registered when the session began, if registered.
    actor: Option<Person>,
    now: String,
    today: NaiveDate,
    open: Cell<bool>,
}

impl Store {
    /// Begins a write session on behalf of `actor_cf`, at the instant `clock` read.
    pub fn begin(&self, actor_cf: &str, clock: &Clock) -> Result<Session<'_>> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let actor = match person::by_cf(self, actor_cf) {
            Ok(a) => a,
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        };
        Ok(Session {
            held: Held::new(&self.conn),
            head: Head::default(),
            actor_cf: actor_cf.to_string(),
            actor,
            now: clock.stamp(),
            today: clock.today,
            open: Cell::new(true),
        })
    }
}

impl Session<'_> {
    /// The code on whose authority this session acts.
    pub fn actor_cf(&self) -> &str {
        &self.actor_cf
    }

    /// The acting person as registered when the session began (None: not registered).
    pub fn actor(&self) -> Option<&Person> {
        self.actor.as_ref()
    }

    /// The instant of every change in this session, RFC 3339 UTC.
    pub fn now(&self) -> &str {
        &self.now
    }

    /// Today, as the clock read it at the edge.
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// Appends one audit event, chained to the one before (R11), attributed to the actor.
    pub fn record(&self, e: Entry<'_>) -> Result<()> {
        audit::append(&self.held, &self.head, &self.now, &self.actor_cf, e)
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
    pub fn rollback(self) -> Result<()> {
        self.held.release();
        self.held.conn.execute_batch("ROLLBACK")?;
        self.open.set(false);
        Ok(())
    }
}

impl Db for Session<'_> {
    fn conn(&self) -> &Connection {
        self.held.conn
    }
    fn with<T>(
        &self,
        sql: &'static str,
        f: impl FnOnce(&mut rusqlite::Statement<'_>) -> rusqlite::Result<T>,
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
