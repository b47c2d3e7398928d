//! `lpt db`: integrity check of storage, audit chain and domain invariants; online backup.

use std::path::PathBuf;

use anyhow::{Result, bail};

use super::Ctx;
use crate::error::Exit;
use crate::ops::events::Read;
use crate::output::{note, warn};
use crate::store::check;

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
                None => note(format!(
                    "replayed {} audit events: the persons, operators, companies and their types, \
                     units, relationships, grants and revocations agree with them where nothing \
                     else is listed; {}",
                    replay.events,
                    match replay.complete_from {
                        1 => "every event is in the complete form".to_string(),
                        n => format!(
                            "events 1 to {} predate the complete form (migration 0006): the few \
                             fields they never recorded (a legal representative's names, init's \
                             and a legacy migration's first access) are compared only where a \
                             later event recorded them, and their personal data is in the hashed \
                             bytes, where it cannot be erased (R16)",
                            n - 1
                        ),
                    }
                )),
                Some((id, action)) => warn(format!(
                    "the replay stopped at event {id} ('{action}', an event lpt does not write): \
                     the state tables are not checked against the trail"
                )),
            }
            v.extend(crate::ops::login::check(&store)?.into_iter().map(|detail| {
                check::Violation {
                    check: "login binding not in the audit trail (R10, R11)",
                    detail,
                }
            }));
            if v.is_empty() {
                note(format!("{}: no problems found", store.location().shown()));
                return Ok(Exit::Ok);
            }
            ctx.out.list(&v, &[])?;
            bail!("{} problem(s) found", v.len());
        }
        Cmd::Backup { file } => {
            // The claim the trace will carry is checked before anything is copied.
            ctx.claim()?;
            check::backup(&store, &file)?;
            // A copy of every person's data is a bulk read (R10, §8.6).
            let persons = crate::store::person::count(&store)?;
            let filters = super::filters([("file", Some(file.display().to_string()))]);
            ctx.trace(&store, Read::DbBackup, None, filters, persons)?;
            note(format!(
                "backed up {} to {}",
                store.location().shown(),
                file.display()
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
        bail!("--from and --to are the same database");
    }
    ctx.claim()?;
    let src = ctx.open_at(&from)?;
    if let Location::File(p) = &to
        && p.exists()
    {
        bail!(
            "{} already exists; choose a new file for the copy",
            p.display()
        );
    }
    let dst = Store::create(&to)?;
    let counts = copy::copy(&src, &dst)?;
    // Verified: every table holds as many rows as the source did, the chain verifies to the
    // same head, and the destination passes the checks `db check` makes.
    let (events, broken) = audit::verify(&dst)?;
    if let Some(problem) = broken {
        bail!("the copy's audit chain does not verify: {problem}");
    }
    if audit::recorded_head(&dst)? != audit::recorded_head(&src)? {
        bail!(
            "the copy's audit chain ends elsewhere than the source's (was it written meanwhile?)"
        );
    }
    let v = check::check(&dst)?;
    if let Some(first) = v.first() {
        bail!(
            "the copy fails db check: {}: {} ({} problem(s))",
            first.check,
            first.detail,
            v.len()
        );
    }
    let rows: i64 = counts.iter().map(|c| c.1).sum();
    let persons = crate::store::person::count(&src)?;
    let filters = super::filters([("to", Some(to.shown()))]);
    ctx.trace(&src, Read::DbBackup, None, filters, persons)?;
    note(format!(
        "copied {} to {}: {rows} rows in {} tables, audit chain of {} events verified",
        from.shown(),
        to.shown(),
        counts.len(),
        events
    ));
    Ok(Exit::Ok)
}
