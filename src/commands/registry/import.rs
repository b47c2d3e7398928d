//! `lpt registry import`: apply a registry CSV as the desired state, all or nothing.
//!
//! One pass inside one write session: each row is read ([`super::read`]), then handed to
//! the same operations the single commands call (`ops::grant::hold`, `ops::grant::revoke`,
//! `ops::relationship::end`) with the facts preloaded for the whole file: companies, their
//! types and units, the actor's standing, and the statements held by the session. Later
//! rows see earlier ones. Faulty rows are collected with their line and column; if there
//! is any, or with `--dry-run`, the session rolls back and nothing is written.
//!
//! A reading thread parses and decodes the CSV and checks each row's person (code,
//! registration, names) on a second, read-only connection: an import never changes the
//! person table, and that connection's snapshot is the one the write session started
//! from. The benchmark import goes from 1.88 s to 1.55 s with it (BENCHMARKS.md). It
//! looks rows up a batch at a time, the relationships and live grants of each row's person
//! in its company included ([`super::facts::Known`]): what the writing thread would read
//! for a pair the file has not changed yet, in three queries a batch instead of two a row
//! (on a server, round trips: with the write-behind inserts of `store::db::later`, the
//! 100,000-row import there went from 38 s to 12 s).

use std::io::IsTerminal;
use std::rc::Rc;

use anyhow::{Result, anyhow, bail};

use super::apply::Importer;
use super::facts::Standings;
use super::read::{Ahead, read_ahead, records};
use crate::commands::{Ctx, open_input};
use crate::error::Exit;
use crate::ops;
use crate::ops::events::Imported;
use crate::output;
use crate::store::catalog;
use crate::tr;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The registry CSV, or - for stdin
    #[arg(value_name = "FILE|-")]
    file: String,
    /// Check every row and print the plan; write nothing
    #[arg(long)]
    dry_run: bool,
    /// Attest, for every new collaborator grant in the file, that the person is authorised to
    /// process personal data for the company (§4.2, §8.3)
    #[arg(long)]
    data_processing_authorised: bool,
    /// Load past history (from a regional operator's login only): the declared days of the
    /// grants, ends and revocations the file creates stand for the days they were recorded
    /// (R8), so lateness is judged on them; the import's audit event says so. A grant closed
    /// in the past takes two rows: its grant, then its end or revocation. Grants recorded
    /// before the load cannot be revoked or ended by it. Without this flag, every change is
    /// recorded now, whatever day it declares.
    #[arg(long)]
    historical: bool,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<Exit> {
    let (name, input) = open_input(&a.file)?;
    let size = std::fs::metadata(&a.file).map(|m| m.len()).ok();
    let store = ctx.open()?;
    store.for_bulk()?;
    let s = ctx.begin(&store)?;
    let actor = ops::actor(&s)?;
    if a.historical {
        ops::registry::historical(&s)?;
    }
    let mut imp = Importer {
        s: &s,
        standings: Standings::load(&s, actor)?,
        catalog: Rc::new(catalog::load(&s)?),
        attested: a.data_processing_authorised,
        summary: Imported {
            dry_run: a.dry_run,
            historical: a.historical,
            ..Imported::default()
        },
        plan: a.dry_run.then(Vec::new),
        changed: Default::default(),
    };
    // Past some ten thousand rows, scanning every company once beats looking each one up.
    let preload = size.is_some_and(|s| s >= 1 << 20);
    let progress = (std::io::stderr().is_terminal())
        .then(|| size.map(indicatif::ProgressBar::new))
        .flatten();
    let rows = records(input).map_err(|e| anyhow!(tr!("error-import-file", name = name, e = e)))?;
    // The reading thread's page cache. A file under 1 MiB has its companies looked up as
    // they come, and with the persons' codes that touches some 4,700 pages at random for
    // 10,000 rows: in 1 MiB that thread re-read pages over and over (63,400 preads), in
    // 16 MiB it reads each about once (4,700), 6% off the import. Below some 6,000 rows
    // the fresh memory costs more than the reads it saves (+20 ms of CPU at 1,000 rows).
    // A large file preloads the companies and the writing thread is the busier one;
    // there 1 MiB keeps the 1M-row import under 100 MB (8 MiB took it to 104 MB).
    let medium = size.is_some_and(|s| s >= 512 << 10) && !preload;
    let lookups = store.reader(if medium { 16 << 10 } else { 1 << 10 })?;
    let mut faults: Vec<String> = Vec::new();
    // The database's failure, and the line it came at: the import stops there.
    let mut failed: Option<(u64, String)> = None;
    let mut last = 1;
    std::thread::scope(|scope| {
        let (send, received) = std::sync::mpsc::sync_channel(4);
        let reader = scope.spawn(move || read_ahead(rows, lookups, preload, send));
        // Leaving the loop drops the receiver: the reading thread then stops too.
        for Ahead { line, byte, row } in received.into_iter().flatten() {
            imp.summary.rows += 1;
            last = line;
            if let Err(fault) = row.and_then(|looked| imp.row(line, looked)) {
                if fault.2 {
                    failed = Some((line, fault.1));
                    break;
                }
                faults.push(match fault.0 {
                    Some(_) => tr!("fault-line-column", line = line, fault = fault),
                    None => tr!("fault-line", line = line, fault = fault),
                });
            }
            if let Some(p) = &progress
                && imp.summary.rows.is_multiple_of(1024)
            {
                p.set_position(byte);
            }
        }
        match reader.join() {
            Ok(read) => read,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })?;
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    // Inserts still queued for the server are sent now, so that a dry run has tried every
    // write the import would make, and a failure is reported here with its rows.
    if failed.is_none()
        && faults.is_empty()
        && let Err(e) = s.write_pending()
    {
        failed = Some((last, format!("{e:#}")));
    }
    if let Some((line, e)) = failed {
        bail!(tr!(
            "error-import-database",
            name = name,
            line = line,
            e = e
        ));
    }
    if let [only] = faults.as_slice() {
        bail!(tr!("error-import-one", name = name, only = only));
    }
    if !faults.is_empty() {
        for f in &faults {
            output::error(format!("{name}, {f}"));
        }
        return Err(anyhow!(tr!(
            "error-import-faults",
            count = faults.len(),
            name = name
        )));
    }
    let summary = std::mem::take(&mut imp.summary);
    let plan = imp.plan.take();
    drop(imp);
    super::finish::finish(ctx, s, summary, plan)
}
