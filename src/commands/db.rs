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
    /// Check SQLite integrity, foreign keys, the audit chain and the domain's invariants
    ///
    /// Prints each violation; exit status 1 if there is any.
    #[command(after_help = "Example:\n  lpt db check")]
    Check,
    /// Copy the database with SQLite's online backup, while others may be writing
    ///
    /// The copy takes the database's own mode and group (owner-only, unless the database is
    /// shared with a group kept for lpt); an existing file is not overwritten.
    #[command(after_help = "Example:\n  lpt db backup /srv/backup/lpt-$(date +%F).db")]
    Backup {
        /// Where to write the copy
        file: PathBuf,
    },
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
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
                note(tr!("note-no-problems", path = store.path().display()));
                return Ok(Exit::Ok);
            }
            ctx.out.list(&v, &[])?;
            bail!(tr!("error-problems", count = v.len()));
        }
        Cmd::Backup { file } => {
            // The claim the trace will carry is checked before anything is copied.
            ctx.claim()?;
            check::backup(&store, &file)?;
            // A copy of every person's data is a bulk read (R10, §8.6).
            let persons = crate::store::person::count(&store)?;
            let filters = super::filters([("file", Some(file.display().to_string()))]);
            ctx.trace(&store, Read::DbBackup, None, filters, persons)?;
            note(tr!(
                "note-backed-up",
                db = store.path().display(),
                file = file.display()
            ));
            Ok(Exit::Ok)
        }
    }
}
