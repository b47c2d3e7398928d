//! `lpt unit`: a company's organisational units (R5).

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::error::Exit;
use crate::ops;
use crate::output::note;
use crate::questions::Question;
use crate::store::company as cstore;
use crate::store::grant;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Add a unit (names are unique within a company, ignoring case)
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U unit add 01234560017 'Filiale Cosenza'"
    )]
    Add {
        /// The company's fiscal code
        company: String,
        /// The new unit's name
        name: String,
    },
    /// List a company's units with their live grants
    #[command(after_help = "Example:\n  lpt unit list 01234560017")]
    List {
        /// The company's fiscal code
        company: String,
    },
    /// Rename a unit
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U unit rename 01234560017 'Filiale Cosenza' 'Sede Cosenza'"
    )]
    Rename {
        company: String,
        old: String,
        new: String,
    },
    /// Remove a unit: refused for the last unit and for a unit holding live grants
    ///
    /// On a terminal it asks first (default No); --yes skips the question.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U unit remove 01234560017 'Sede Cosenza'"
    )]
    Remove { company: String, name: String },
}

#[derive(Debug, Serialize, Default)]
struct UnitRow {
    name: String,
    created_at: String,
    live_grants: usize,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    let store = ctx.open()?;
    if let Cmd::List { company } = &cmd {
        let c = ops::find_company(&store, company)?;
        let mut rows = Vec::new();
        for u in cstore::units(&store, c.id)? {
            rows.push(UnitRow {
                live_grants: grant::live_in_unit(&store, u.id)?.len(),
                name: u.name,
                created_at: u.created_at,
            });
        }
        ctx.out.list(&rows, &[])?;
        return Ok(Exit::Ok);
    }
    if let Cmd::Remove { company, name } = &cmd {
        let Some(msg) = ctx.confirmed(&store, |s| {
            let msg = ops::unit::remove(s, company, name)?;
            let asked = Question::UnitRemove {
                unit: name,
                company,
            };
            Ok((msg, Some(asked.into())))
        })?
        else {
            return Ok(Exit::Failure);
        };
        note(msg);
        return Ok(Exit::Ok);
    }
    let s = ctx.begin(&store)?;
    let msg = match cmd {
        Cmd::Add { company, name } => ops::unit::add(&s, &company, &name)?,
        Cmd::Rename { company, old, new } => ops::unit::rename(&s, &company, &old, &new)?,
        Cmd::Remove { .. } | Cmd::List { .. } => unreachable!("handled above"),
    };
    s.commit()?;
    note(msg);
    Ok(Exit::Ok)
}
