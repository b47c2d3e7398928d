//! The end of a registry import: the dry run's plan printed and rolled back, nothing to
//! change rolled back, or the import's summary event recorded and the session committed,
//! after a confirmation on a terminal when it revokes or ends anything.

use anyhow::Result;

use super::apply::Change;
use crate::commands::Ctx;
use crate::error::Exit;
use crate::ops::{self, events::Imported};
use crate::output::note;
use crate::questions::Question;
use crate::store::Session;
use crate::tr;

/// Prints the plan of a dry run, or writes the import's summary and commits.
pub(super) fn finish(
    ctx: &Ctx,
    s: Session<'_>,
    summary: Imported,
    plan: Option<Vec<Change>>,
) -> Result<Exit> {
    if let Some(plan) = plan {
        s.rollback()?;
        ctx.out.list(
            &plan,
            &[
                "line",
                "action",
                "company_cf",
                "person_cf",
                "profile",
                "unit",
            ],
        )?;
        note(tr!(
            "note-import-dry-run",
            rows = summary.rows,
            granted = summary.granted,
            requested = summary.requested,
            revoked = summary.revoked,
            disable_requested = summary.disable_requested,
            ended = summary.relationships_ended,
            unchanged = summary.unchanged
        ));
        return Ok(Exit::Ok);
    }
    if summary.granted
        + summary.requested
        + summary.revoked
        + summary.disable_requested
        + summary.relationships_ended
        == 0
    {
        // Nothing to change: nothing is written, not even an audit event.
        s.rollback()?;
        ctx.out.one(&summary)?;
        return Ok(Exit::Ok);
    }
    ops::registry::imported(&s, summary.clone())?;
    if summary.revoked + summary.disable_requested + summary.relationships_ended == 0 {
        s.commit()?;
    } else {
        // The counts --dry-run prints, of this very session: what is confirmed is written.
        let question = Question::Import {
            rows: summary.rows,
            granted: summary.granted,
            requested: summary.requested,
            revoked: summary.revoked,
            disable_requested: summary.disable_requested,
            ended: summary.relationships_ended,
        };
        if !ctx.commit_confirmed(s, question)? {
            return Ok(Exit::Failure);
        }
    }
    ctx.out.one(&summary)?;
    Ok(Exit::Ok)
}
