//! One module per noun: the clap structs beside their handlers. A command parses its
//! arguments, calls one or a few operations in [`crate::ops`], and renders; commands never
//! import each other or the clap tree. This file holds what every command shares: the
//! context (database, who acts, the clock, the output), input files and prompts.

pub mod admin;
pub mod audit;
pub mod catalog;
pub mod cf;
pub mod collab;
pub mod company;
pub mod db;
pub mod init;
pub mod login;
pub mod operator;
pub mod person;
pub mod region;
pub mod registry;
pub mod unit;

mod ask;
mod standby;
pub use ask::{Asker, confirm};

use std::path::PathBuf;

use anyhow::{Context, Result, anyhow, bail};

use crate::cf::Cf;
use crate::dates::Clock;
use crate::output::Output;
use crate::questions::{Asked, Question};
use crate::store::{self, Session, Store};
use crate::tr;

/// What every command gets: where the database is, who acts, how to print, and the clock.
pub struct Ctx {
    pub db_path: Option<PathBuf>,
    pub as_cf: Option<String>,
    pub out: Output,
    /// The clock main read; on a server, the server's once the database is open (R8).
    pub clock: std::cell::Cell<Clock>,
    /// Both stdin and stderr are terminals: prompts are allowed.
    pub interactive: bool,
    /// `--yes`: a destructive change commits without asking.
    pub yes: bool,
    /// On a read-only standby, the primary that records the traces of reads (`standby.rs`).
    pub primary: std::cell::OnceCell<Store>,
}

impl Ctx {
    /// Where the database is: `--db`/`LPT_DB` (a file, or a `postgresql:` URL), else the
    /// file in the user's data directory.
    pub fn location(&self) -> Result<store::Location> {
        match &self.db_path {
            Some(p) => Ok(store::Location::parse(p.as_os_str())),
            None => Ok(store::Location::File(store::default_path()?)),
        }
    }

    /// Opens the existing database, finishing its upgrade if one is left to do.
    pub fn open(&self) -> Result<Store> {
        self.open_at(&self.location()?)
    }

    /// Opens the existing database at `at`, finishing its upgrade if one is left to do.
    pub fn open_at(&self, at: &store::Location) -> Result<Store> {
        let store = Store::open(at)?;
        self.clock.set(store.clock(&self.clock.get())?);
        if store::change::legal_rep_grants_pending(&store)? {
            let modern: Vec<&str> = crate::ops::replay::MODERN
                .iter()
                .map(|a| a.name())
                .collect();
            if store::change::upgraded_by_the_trail(&store, &modern)? {
                // Set again around lpt: a writer of the file re-arming the upgrade (R11).
                crate::output::note(tr!("warn-upgrade-done"));
                return Ok(store);
            }
            // The upgrade to 0007 writes the grants that the legal representatives' field
            // used to confer (R14): hashed events, so in Rust, once, entered by this login.
            let s = store.begin(None, &self.clock.get())?;
            let catalog = store::catalog::load(&s)?;
            let n = crate::ops::company::upgrade_legal_reps(&s, &catalog)?;
            s.commit()?;
            crate::output::note(tr!(
                "note-upgrade-legal-reps",
                n = n,
                profile = crate::catalog::LEGAL_REP
            ));
        }
        Ok(store)
    }

    /// Today, as the clock read it at the edge.
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.get().today
    }

    /// The `--as` code if given, validated as a person's code.
    pub fn claim(&self) -> Result<Option<Cf>> {
        self.as_cf
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|raw| crate::ops::person_cf(raw).context("--as"))
            .transpose()
    }

    /// Who acts: the `--as` code, required for every change (R10).
    pub fn acting(&self) -> Result<Cf> {
        self.claim()?.ok_or_else(|| anyhow!(tr!("refuse-no-actor")))
    }

    /// Begins the write session of this command, on behalf of the `--as` person, and lets
    /// it through only from a login entitled to enter it (R10, [`crate::ops::login::gate`]).
    pub fn begin<'s>(&self, store: &'s Store) -> Result<Session<'s>> {
        let who = self.acting()?;
        let s = store.begin(Some(who.as_str()), &self.clock.get())?;
        crate::ops::login::gate(&s)?;
        Ok(s)
    }

    /// Makes a destructive or sweeping change once the person at the terminal agrees (STYLE
    /// habit 9), without holding the write lock while the question waits. `work` makes the
    /// change in a session and says what it holds (`None`: nothing to ask). On a terminal
    /// without `--yes`, that first session is rolled back, the question is asked (default
    /// No), and on Yes `work` runs again in a new session, which commits only if it holds
    /// exactly what was asked, else nothing changes and the command says to run it again.
    /// `--yes`, or no terminal: one session, committed, as always. Returns None when the
    /// question was declined (stderr says nothing changed; the caller exits 1).
    pub fn confirmed<T>(
        &self,
        store: &Store,
        work: impl Fn(&Session<'_>) -> Result<(T, Option<Asked>)>,
    ) -> Result<Option<T>> {
        let s = self.begin(store)?;
        let (done, asked) = work(&s)?;
        let Some(asked) = asked.filter(|_| self.interactive && !self.yes) else {
            s.commit()?;
            return Ok(Some(done));
        };
        s.rollback()?;
        drop(done);
        for line in &asked.details {
            crate::output::note(line);
        }
        if !confirm(&asked.text)? {
            crate::output::note(crate::questions::declined());
            return Ok(None);
        }
        let s = self.begin(store)?;
        let (done, again) = work(&s)?;
        if again.as_ref() != Some(&asked) {
            s.rollback()?;
            bail!(crate::questions::changed());
        }
        s.commit()?;
        Ok(Some(done))
    }

    /// Commits a destructive or sweeping change once the person at the terminal agrees
    /// (STYLE habit 9). The session has already made the change and `question` says what
    /// it holds, so what is confirmed is what is written; the question is asked before the
    /// commit, default No. `--yes` skips it; off a terminal nothing asks and the change
    /// commits as it always did. On No the session rolls back, stderr says nothing changed,
    /// and the caller returns [`crate::error::Exit::Failure`]: exit 1, the command did not
    /// do what it was asked (as `apt-get` does when its question is declined).
    ///
    /// While the question waits, the session holds the write lock: other writers queue on
    /// the busy timeout (30 s) and then fail, readers go on. Only `registry import` asks
    /// this way (its rows are read once, from a file or standard input); every other
    /// command asks through [`Ctx::confirmed`], which holds no lock while it asks.
    pub fn commit_confirmed(&self, s: Session<'_>, question: Question<'_>) -> Result<bool> {
        if self.yes || !self.interactive {
            s.commit()?;
            return Ok(true);
        }
        for line in question.details() {
            crate::output::note(line);
        }
        if confirm(&question.to_string())? {
            s.commit()?;
            Ok(true)
        } else {
            s.rollback()?;
            crate::output::note(crate::questions::declined());
            Ok(false)
        }
    }

    /// Traces a bulk read of personal data (R10, §8.6) in a session of its own: any login
    /// may read, and the trace names it. `--as` is recorded as the actor only when this
    /// login could have entered a change as that person; otherwise it is kept among the
    /// filters as a claim (`claimed_as`), never as who read.
    pub fn trace(
        &self,
        store: &Store,
        what: crate::ops::events::Read,
        company: Option<&str>,
        filters: serde_json::Map<String, serde_json::Value>,
        rows: u64,
    ) -> Result<()> {
        let about = crate::ops::About {
            company,
            ..Default::default()
        };
        self.trace_about(store, what, about, filters, rows)
    }

    /// [`Ctx::trace`], about what `about` says (one person, the text searched).
    pub fn trace_about(
        &self,
        store: &Store,
        what: crate::ops::events::Read,
        about: crate::ops::About<'_>,
        mut filters: serde_json::Map<String, serde_json::Value>,
        rows: u64,
    ) -> Result<()> {
        let store = self.recorder(store)?;
        let claim = self.claim()?;
        let claim = claim.as_ref().map(|c| c.as_str());
        let s = store.begin(claim, &self.clock.get())?;
        let s = match claim {
            Some(cf) if crate::ops::login::gate(&s).is_err() => {
                s.rollback()?;
                filters.insert("claimed_as".into(), cf.into());
                store.begin(None, &self.clock.get())?
            }
            _ => s,
        };
        crate::ops::traced_about(&s, what, about, filters, rows)?;
        s.commit()
    }

    /// Prints a list that `fill` streams and traces it as a bulk read: also when the reader
    /// stopped reading (`| head`), since what got through was read all the same. A table
    /// shows the columns `narrow` names unless `--wide` or `--columns` says otherwise.
    pub fn traced_list<T: serde::Serialize + Default>(
        &self,
        store: &Store,
        what: crate::ops::events::Read,
        narrow: &[&str],
        company: Option<&str>,
        filters: serde_json::Map<String, serde_json::Value>,
        fill: impl FnOnce(&mut crate::output::Rows<T>) -> Result<()>,
    ) -> Result<u64> {
        let about = crate::ops::About {
            company,
            ..Default::default()
        };
        self.traced_list_about(store, what, narrow, about, filters, fill)
    }

    /// [`Ctx::traced_list`], about what `about` says (one person, the text searched).
    pub fn traced_list_about<T: serde::Serialize + Default>(
        &self,
        store: &Store,
        what: crate::ops::events::Read,
        narrow: &[&str],
        about: crate::ops::About<'_>,
        filters: serde_json::Map<String, serde_json::Value>,
        fill: impl FnOnce(&mut crate::output::Rows<T>) -> Result<()>,
    ) -> Result<u64> {
        // The claim the trace will carry, and the columns asked for, are checked before
        // anything is read, and so is where the trace goes (a standby records nothing).
        self.claim()?;
        self.recorder(store)?;
        let mut out = self.out.rows::<T>(narrow)?;
        let read = fill(&mut out);
        let rows = out.count();
        let printed = read.and_then(|()| out.finish());
        if let Err(e) = &printed
            && !crate::error::is_broken_pipe(e)
        {
            return printed;
        }
        self.trace_about(store, what, about, filters, rows)?;
        printed
    }
}

/// The filters of a traced read, by flag name: only those given.
pub fn filters<const N: usize>(
    given: [(&str, Option<String>); N],
) -> serde_json::Map<String, serde_json::Value> {
    given
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), serde_json::Value::String(v))))
        .collect()
}

/// Opens an input file, or stdin for `-`; returns the name to use in messages.
pub fn open_input(file: &str) -> Result<(String, Box<dyn std::io::Read + Send>)> {
    if file == "-" {
        return Ok(("stdin".into(), Box::new(std::io::stdin())));
    }
    let f = std::fs::File::open(file).with_context(|| tr!("error-cannot-read", file = file))?;
    Ok((file.to_string(), Box::new(f)))
}

/// Checks a CSV file's header row against the expected column names, ignoring case,
/// surrounding spaces and a byte-order mark.
pub fn check_header<C: AsRef<[u8]>>(
    cells: impl IntoIterator<Item = C>,
    expected: &[&str],
) -> Result<(), String> {
    let got: Vec<String> = cells
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let c = String::from_utf8_lossy(c.as_ref());
            let c = if i == 0 {
                c.trim_start_matches('\u{feff}')
            } else {
                &c
            };
            c.trim().to_ascii_lowercase()
        })
        .collect();
    if got != expected {
        return Err(tr!(
            "error-header",
            expected = expected.join(","),
            found = got.join(",")
        ));
    }
    Ok(())
}
