//! A PostgreSQL connection as the neutral layer uses it: the client, the statements it
//! prepared (by their SQL text), and the transaction lpt's statements opened.

use std::cell::RefCell;
use std::collections::HashMap;

use super::later::Later;
use super::pg_wire::{self, PgParam, pg_placeholders};
use super::{Params, Result};

/// A PostgreSQL client and the statements it has prepared, by their SQL text.
pub struct Pg {
    client: RefCell<postgres::Client>,
    prepared: RefCell<HashMap<String, PgStmt>>,
    /// Inside a transaction lpt began: a statement the server refuses to prepare would
    /// abort it, so a first preparation is tried under a savepoint.
    in_tx: std::cell::Cell<bool>,
    /// Inserts queued in the transaction, sent before anything else runs ([`super::later`]).
    later: RefCell<Later>,
}

/// A statement as the server prepared it: ready, or waiting for its parameters' values to
/// name the types the server cannot infer from the text alone (SQLite's `?1 IS NULL OR
/// x = ?1`, where PostgreSQL types `$1` at its first use).
#[derive(Clone)]
pub enum PgStmt {
    Ready(postgres::Statement),
    Deferred(std::sync::Arc<str>),
}

impl Pg {
    pub fn new(client: postgres::Client) -> Pg {
        Pg {
            client: RefCell::new(client),
            prepared: Default::default(),
            in_tx: Default::default(),
            later: Default::default(),
        }
    }

    /// The client itself, for what the interface does not cover (copies, notices), once
    /// the queued inserts are sent.
    pub fn client(&self) -> Result<std::cell::RefMut<'_, postgres::Client>> {
        self.flush()?;
        self.client_mut()
    }

    /// Runs statements without parameters: the queued inserts are sent first, or dropped
    /// when the statements roll the transaction back.
    pub(super) fn batch(&self, sql: &str) -> Result<()> {
        if is_rollback(sql) {
            self.later.borrow_mut().clear();
        } else {
            self.flush()?;
        }
        self.client_mut()?.batch_execute(sql)?;
        self.track(sql);
        Ok(())
    }

    /// Queues a plain insert inside a transaction (outside one, runs it at once).
    pub(super) fn insert_later(&self, sql: &str, p: &dyn Params) -> Result<()> {
        if !self.in_tx.get() {
            let st = self.prepare_cached(sql)?;
            return self.execute(&st, p).map(drop);
        }
        let full = self.later.borrow_mut().push(sql, p)?;
        if full {
            self.flush()?;
        }
        Ok(())
    }

    /// Sends the queued inserts, a `COPY` per table.
    pub(super) fn flush(&self) -> Result<()> {
        let mut later = self.later.borrow_mut();
        if later.is_empty() {
            return Ok(());
        }
        let tables = later.take();
        drop(later);
        let mut client = self.client_mut()?;
        for (copy, data) in tables {
            let mut w = client.copy_in(&copy)?;
            std::io::Write::write_all(&mut w, &data)
                .map_err(|e| super::Error::Type(format!("{copy}: {e}")))?;
            w.finish()?;
        }
        Ok(())
    }

    pub(super) fn prepare(&self, sql: &str) -> Result<PgStmt> {
        let sql = pg_placeholders(sql);
        match self.guarded(&sql, &[])? {
            Ok(st) => Ok(PgStmt::Ready(st)),
            Err(e) if pg_wire::untyped(&e) => Ok(PgStmt::Deferred(sql.into())),
            Err(e) => Err(e.into()),
        }
    }

    /// Prepares `sql` with these parameter types (the rest inferred); inside a transaction
    /// under a savepoint, so that a refusal leaves the transaction as it was. The outer
    /// result is the connection's, the inner the server's answer to the statement.
    pub(super) fn guarded(
        &self,
        sql: &str,
        types: &[postgres::types::Type],
    ) -> Result<std::result::Result<postgres::Statement, postgres::Error>> {
        let mut guarded = self.in_tx.get();
        let mut client = self.client_mut()?;
        if guarded {
            match client.batch_execute("SAVEPOINT lpt_prepare") {
                Ok(()) => {}
                // Not in a transaction after all (one ended that lpt did not see end).
                Err(e)
                    if e.code() == Some(&postgres::error::SqlState::NO_ACTIVE_SQL_TRANSACTION) =>
                {
                    self.in_tx.set(false);
                    guarded = false;
                }
                Err(e) => return Err(e.into()),
            }
        }
        let prepared = client.prepare_typed(sql, types);
        if guarded {
            client.batch_execute(match prepared {
                Ok(_) => "RELEASE SAVEPOINT lpt_prepare",
                Err(_) => "ROLLBACK TO SAVEPOINT lpt_prepare; RELEASE SAVEPOINT lpt_prepare",
            })?;
        }
        Ok(prepared)
    }

    /// Follows the transaction lpt's statements open and close.
    pub(super) fn track(&self, sql: &str) {
        let first = sql
            .trim_start()
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        match first.as_str() {
            "BEGIN" | "START" => self.in_tx.set(true),
            "COMMIT" | "END" => self.in_tx.set(chains(sql)),
            _ if is_rollback(sql) => self.in_tx.set(chains(sql)),
            _ => {}
        }
    }

    /// The statement to run with `vals`: a deferred one is prepared with the types of the
    /// values given where the server could not infer them (cached by those types).
    pub(super) fn resolve(&self, st: &PgStmt, vals: &[PgParam<'_>]) -> Result<postgres::Statement> {
        let sql = match st {
            PgStmt::Ready(st) => return Ok(st.clone()),
            PgStmt::Deferred(sql) => sql,
        };
        let kinds: String = vals.iter().map(|v| v.0.kind()).collect();
        let key = format!("{sql}\u{0}{kinds}");
        if let Some(PgStmt::Ready(st)) = self.prepared.borrow().get(&key) {
            return Ok(st.clone());
        }
        let st = pg_wire::prepare_typed(sql, vals, |sql, types| self.guarded(sql, types))??;
        self.prepared
            .borrow_mut()
            .insert(key, PgStmt::Ready(st.clone()));
        Ok(st)
    }

    pub(super) fn prepare_cached(&self, sql: &str) -> Result<PgStmt> {
        if let Some(st) = self.prepared.borrow().get(sql) {
            return Ok(st.clone());
        }
        let st = self.prepare(sql)?;
        self.prepared
            .borrow_mut()
            .insert(sql.to_string(), st.clone());
        Ok(st)
    }

    pub(super) fn run(&self, st: &PgStmt, p: &dyn Params) -> Result<Vec<postgres::Row>> {
        self.flush()?;
        let vals: Vec<PgParam<'_>> = (0..p.len()).map(|i| PgParam(p.at(i).value())).collect();
        let st = &self.resolve(st, &vals)?;
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = vals
            .iter()
            .map(|v| v as &(dyn postgres::types::ToSql + Sync))
            .collect();
        Ok(self.client_mut()?.query(st, &refs)?)
    }

    pub(super) fn execute(&self, st: &PgStmt, p: &dyn Params) -> Result<usize> {
        self.flush()?;
        let vals: Vec<PgParam<'_>> = (0..p.len()).map(|i| PgParam(p.at(i).value())).collect();
        let st = &self.resolve(st, &vals)?;
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = vals
            .iter()
            .map(|v| v as &(dyn postgres::types::ToSql + Sync))
            .collect();
        Ok(self.client_mut()?.execute(st, &refs)? as usize)
    }
}

impl Pg {
    /// Each row of `sql` as the server sends it, never the whole result at once (the
    /// extended protocol's rows are read off the socket one by one). The client is held
    /// until the last row: `f` may not run a statement on this connection (it would get
    /// [`super::Error::Busy`]).
    pub(super) fn each_row<E: From<super::Error>>(
        &self,
        sql: &str,
        p: &dyn Params,
        f: &mut dyn FnMut(&postgres::Row) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        use postgres::fallible_iterator::FallibleIterator;
        self.flush()?;
        let vals: Vec<PgParam<'_>> = (0..p.len()).map(|i| PgParam(p.at(i).value())).collect();
        let st = self.prepare_cached(sql)?;
        let st = self.resolve(&st, &vals)?;
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = vals
            .iter()
            .map(|v| v as &(dyn postgres::types::ToSql + Sync))
            .collect();
        let mut client = self.client_mut()?;
        let mut rows = client
            .query_raw(&st, refs.iter().copied())
            .map_err(super::Error::from)?;
        while let Some(r) = rows.next().map_err(super::Error::from)? {
            f(&r)?;
        }
        Ok(())
    }

    /// The client, or [`super::Error::Busy`] while [`Pg::each_row`] reads with it.
    fn client_mut(&self) -> Result<std::cell::RefMut<'_, postgres::Client>> {
        self.client.try_borrow_mut().map_err(|_| super::Error::Busy)
    }
}

/// The words of `sql`, upper-cased.
fn words(sql: &str) -> Vec<String> {
    sql.split(|c: char| c.is_whitespace() || c == ';')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_uppercase)
        .collect()
}

/// Whether `sql` rolls the whole transaction back (not to a savepoint).
fn is_rollback(sql: &str) -> bool {
    let w = words(sql);
    matches!(w.first().map(String::as_str), Some("ROLLBACK" | "ABORT"))
        && !w.iter().any(|w| w == "TO")
}

/// Whether `sql` (a commit or a rollback) opens the next transaction at once.
fn chains(sql: &str) -> bool {
    words(sql)
        .windows(2)
        .any(|w| w[0] == "AND" && w[1] == "CHAIN")
}

#[cfg(test)]
mod tests {
    use super::{chains, is_rollback};

    #[test]
    fn a_rollback_is_told_from_one_to_a_savepoint() {
        for whole in ["ROLLBACK", "rollback;", "  ABORT", "ROLLBACK AND CHAIN"] {
            assert!(is_rollback(whole), "{whole}");
        }
        for not in [
            "ROLLBACK TO SAVEPOINT lpt_prepare",
            "ROLLBACK TO\nSAVEPOINT x",
            "rollback\tto lpt_prepare",
            "COMMIT",
            "SELECT 'ROLLBACK'",
        ] {
            assert!(!is_rollback(not), "{not}");
        }
        assert!(chains("COMMIT AND CHAIN") && chains("rollback and\nchain"));
        assert!(!chains("COMMIT") && !chains("ROLLBACK AND NO CHAIN"));
    }
}
