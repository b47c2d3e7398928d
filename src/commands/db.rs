//! `lpt db`: integrity check of storage, audit chain and domain invariants; online backup.

use std::path::PathBuf;

use anyhow::{Result, bail};

use super::Ctx;
use crate::error::Exit;
use crate::ops::events::Read;
use crate::output::{note, warn};
use crate::store::check;
use crate::tr;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Check the database's integrity, the audit chain and the domain's invariants
    ///
    /// On SQLite also the file's integrity and foreign keys (PostgreSQL enforces its own).
    /// Prints each violation; exit status 1 if there is any.
    #[command(after_help = "Example:\n  lpt db check")]
    Check,
    /// Copy the database into a new SQLite file, while others may be writing
    ///
    /// On SQLite, the online backup; the copy takes the database's own mode and group
    /// (owner-only, unless the database is shared with a group kept for lpt). On PostgreSQL,
    /// an SQLite file made from one repeatable-read snapshot, owner-only, that lpt opens
    /// offline (for the server itself use pg_dump). An existing file is not overwritten.
    #[command(after_help = "Example:\n  lpt db backup /srv/backup/lpt-$(date +%F).db")]
    Backup {
        /// Where to write the copy
        file: PathBuf,
    },
    /// Copy a whole registry, history and audit chain included, into a new database
    ///
    /// Either side is a file or a PostgreSQL URL: how an office moves from the embedded
    /// file to a server, or takes a server's registry offline. The source is read in one
    /// snapshot, the destination (a new file, or an empty server database) written in one
    /// transaction, then verified: the same rows in every table, the same audit chain head,
    /// and `db check` clean.
    #[command(
        after_help = "Examples:\n  lpt db copy --from /srv/lpt/lpt.db --to postgresql://lpt_owner@db.regione.calabria.it/lpt?sslmode=verify-full\n  lpt --db postgresql:///lpt db copy --to /srv/archive/lpt-$(date +%F).db"
    )]
    Copy {
        /// The registry to copy [default: --db]
        #[arg(long, value_name = "FILE|URL")]
        from: Option<std::ffi::OsString>,
        /// The new database to copy it into
        #[arg(long, value_name = "FILE|URL")]
        to: std::ffi::OsString,
    },
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    if let Cmd::Copy { from, to } = cmd {
        return copy(ctx, from, to);
    }
    let store = ctx.open()?;
    match cmd {
        Cmd::Check => {
            // It reads the whole file: through the page cache, not mapped, so that its
            // memory stays that of the replay's state.
            store.for_long_reads()?;
            let mut v = check::check(&store)?;
            let replay = crate::ops::replay::check(&store)?;
            v.extend(
                replay
                    .differences
                    .into_iter()
                    .map(|(check, detail)| check::Violation { check, detail }),
            );
            match &replay.stopped {
                None => note(tr!(
                    "note-replayed",
                    events = replay.events,
                    form = match replay.complete_from {
                        1 => tr!("note-replay-complete"),
                        n => tr!("note-replay-partial", last = n - 1),
                    }
                )),
                Some((id, action)) => warn(tr!("warn-replay-stopped", id = id, action = action)),
            }
            v.extend(crate::ops::login::check(&store)?.into_iter().map(|detail| {
                check::Violation {
                    check: "login binding not in the audit trail (R10, R11)",
                    detail,
                }
            }));
            if v.is_empty() {
                note(tr!("note-no-problems", path = store.location().shown()));
                return Ok(Exit::Ok);
            }
            ctx.out.list(&v, &[])?;
            bail!(tr!("error-problems", count = v.len()));
        }
        Cmd::Backup { file } => {
            // The claim the trace will carry, and where it goes, are checked before anything
            // is copied.
            ctx.claim()?;
            ctx.recorder(&store)?;
            check::backup(&store, &file)?;
            // A copy of every person's data is a bulk read (R10, §8.6).
            let persons = crate::store::person::count(&store)?;
            let filters = super::filters([("file", Some(file.display().to_string()))]);
            ctx.trace(&store, Read::DbBackup, None, filters, persons)?;
            note(tr!(
                "note-backed-up",
                db = store.location().shown(),
                file = file.display()
            ));
            Ok(Exit::Ok)
        }
        Cmd::Copy { .. } => unreachable!("handled above"),
    }
}

/// `db copy`: the whole registry into a new database, then verified against the source.
fn copy(ctx: &Ctx, from: Option<std::ffi::OsString>, to: std::ffi::OsString) -> Result<Exit> {
    use crate::store::{Location, Store, audit, copy};
    let from = match from {
        Some(f) => Location::parse(&f),
        None => ctx.location()?,
    };
    let to = Location::parse(&to);
    if from == to {
        bail!(tr!("copy-same"));
    }
    ctx.claim()?;
    let src = ctx.open_at(&from)?;
    ctx.recorder(&src)?;
    if let Location::File(p) = &to
        && p.exists()
    {
        bail!(tr!("copy-exists", file = p.display()));
    }
    let dst = Store::create(&to)?;
    let counts = copy::copy(&src, &dst)?;
    // Verified: every table holds as many rows as the source did, the chain verifies to the
    // same head, and the destination passes the checks `db check` makes.
    for (table, rows) in &counts {
        let have = copy::rows_of(&dst, table)?;
        if have != *rows {
            bail!(tr!("copy-rows", table = *table, have = have, want = *rows));
        }
    }
    let (events, broken) = audit::verify(&dst)?;
    if let Some(problem) = broken {
        bail!(tr!("copy-chain-broken", problem = problem));
    }
    if audit::recorded_head(&dst)? != audit::recorded_head(&src)? {
        bail!(tr!("copy-chain-elsewhere"));
    }
    let v = check::check(&dst)?;
    if let Some(first) = v.first() {
        bail!(tr!(
            "copy-check",
            check = first.check,
            detail = first.detail,
            count = v.len()
        ));
    }
    let rows: i64 = counts.iter().map(|c| c.1).sum();
    let persons = crate::store::person::count(&src)?;
    let filters = super::filters([("to", Some(to.shown()))]);
    ctx.trace(&src, Read::DbBackup, None, filters, persons)?;
    note(tr!(
        "note-copied",
        from = from.shown(),
        to = to.shown(),
        rows = rows,
        tables = counts.len(),
        events = events
    ));
    Ok(Exit::Ok)
}
