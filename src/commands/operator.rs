//! `lpt operator`: regional operators.

use anyhow::Result;

use super::Ctx;
use crate::error::Exit;
use crate::ops::{self, events::Read};
use crate::output::note;
use crate::questions::Question;
use crate::store::person;
use crate::tr;
use crate::views::PersonView;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Make a registered person a regional operator (regional operators only)
    #[command(after_help = "Example:\n  lpt --as RSSMRA80A01H501U operator add BNCGPP75C12D086Y")]
    Add {
        /// The person's fiscal code
        cf: String,
    },
    /// Remove a regional operator, who stays registered (regional operators only; never the
    /// last active one, R14)
    ///
    /// On a terminal it asks first (default No); --yes skips the question.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U operator remove BNCGPP75C12D086Y"
    )]
    Remove {
        /// The operator's fiscal code
        cf: String,
    },
    /// List regional operators
    #[command(after_help = "Example:\n  lpt operator list --format csv")]
    List,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::Add { cf } => {
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            let p = ops::person::add_operator(&s, &cf)?;
            s.commit()?;
            note(tr!("note-operator-added", person = p.label()));
        }
        Cmd::Remove { cf } => {
            let store = ctx.open()?;
            let Some(p) = ctx.confirmed(&store, |s| {
                let p = ops::person::remove_operator(s, &cf)?;
                let asked = Question::OperatorRemove { person: &p.label() }.into();
                Ok((p, Some(asked)))
            })?
            else {
                return Ok(Exit::Failure);
            };
            note(tr!("note-operator-removed", person = p.label()));
        }
        Cmd::List => {
            let store = ctx.open()?;
            ctx.traced_list(
                &store,
                Read::OperatorList,
                PersonView::NARROW,
                None,
                super::filters([]),
                |out| person::each(&store, true, false, |p| out.push(&PersonView::from(p))),
            )?;
        }
    }
    Ok(Exit::Ok)
}
