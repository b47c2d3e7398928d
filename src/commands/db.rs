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
                note(format!("{}: no problems found", store.path().display()));
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
                store.path().display(),
                file.display()
            ));
            Ok(Exit::Ok)
        }
    }
}
