//! `lpt operator`: regional operators.

use anyhow::{Result, bail};
use serde_json::json;

use super::{Ctx, allow, find_person};
use crate::error::Exit;
use crate::output::note;
use crate::policy;
use crate::store::{self, person};

use super::person::PersonView;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Make a registered person a regional operator (regional operators only)
    #[command(after_help = "Example:\n  lpt --as RSSMRA80A01H501U operator add BNCGPP75C12D086Q")]
    Add {
        /// The person's fiscal code
        cf: String,
    },
    /// List regional operators
    #[command(after_help = "Example:\n  lpt operator list --format csv")]
    List,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::Add { cf } => {
            let mut conn = ctx.open()?;
            let tx = store::write(&mut conn)?;
            let actor = ctx.actor(&tx)?;
            allow(policy::operator(&actor, "add regional operators"))?;
            let p = find_person(&tx, &cf)?;
            if p.operator {
                bail!(
                    "{} is already a regional operator; nothing changed",
                    p.label()
                );
            }
            if p.suspended() {
                bail!(
                    "{} is suspended and cannot be made a regional operator",
                    p.label()
                );
            }
            person::add_operator(&tx, p.id, Some(actor.id), &ctx.now)?;
            ctx.audit(&tx, &actor, "operator.add", None, Some(&p.cf), json!({}))?;
            ctx.commit(tx)?;
            note(format!("{} is now a regional operator", p.label()));
        }
        Cmd::List => {
            let conn = ctx.open()?;
            let rows: Vec<PersonView> = person::list(&conn, true)?
                .into_iter()
                .map(PersonView::from)
                .collect();
            ctx.out.list(&rows)?;
        }
    }
    Ok(Exit::Ok)
}
