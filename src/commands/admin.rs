//! `lpt admin`: administrators (R6), who are grants of profile AMMINISTRATORE.

use anyhow::Result;

use super::Ctx;
use crate::catalog::ADMIN;
use crate::error::Exit;
use crate::ops::{self, Named, grant::Added};
use crate::output::note;
use crate::questions::Question;
use crate::store::{catalog, grant};
use crate::tr;
use crate::views::GrantRow;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Nominate an administrator, for the whole company or one unit (R6)
    ///
    /// The legal representative and group-level administrators nominate at any level; a unit
    /// administrator only for their own unit. The nominee must be a registered, active person.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U admin nominate --company 01234560017 --person VRDLGU85M41F205T --unit 'Sede legale'"
    )]
    Nominate {
        #[arg(long, value_name = "CF")]
        company: String,
        #[arg(long, value_name = "CF")]
        person: String,
        /// The unit; group level when left out
        #[arg(long, value_name = "NAME")]
        unit: Option<String>,
    },
    /// Revoke a person's administrator grants (all of them, or those of --unit)
    ///
    /// The last group-level administrator of an approved company can be revoked only by a
    /// regional operator. On a terminal it lists the grants it will revoke and asks first
    /// (default No); --yes skips the question.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U admin revoke --company 01234560017 --person VRDLGU85M41F205T --reason 'left the company'"
    )]
    Revoke {
        #[arg(long, value_name = "CF")]
        company: String,
        #[arg(long, value_name = "CF")]
        person: String,
        /// Only the administrator grant of this unit
        #[arg(long, value_name = "NAME")]
        unit: Option<String>,
        /// Why
        #[arg(long, value_name = "R")]
        reason: String,
    },
    /// List a company's administrators and their scope
    #[command(after_help = "Example:\n  lpt admin list --company 01234560017")]
    List {
        #[arg(long, value_name = "CF")]
        company: String,
    },
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::Nominate {
            company,
            person,
            unit,
        } => {
            let store = ctx.open()?;
            let s = ctx.begin(&store)?;
            let actor = ops::actor(&s)?;
            let n = Named::load(&s, actor, &company, &person, unit.as_deref())?;
            let (scope, person) = (n.scope(), &n.person);
            let catalog = catalog::load(&s)?;
            let added = ops::admin::nominate(&s, &catalog, n.here.at(), person, scope)?;
            s.commit()?;
            let company = n.here.company.label();
            note(match added {
                Added::AlreadyHeld(_) => tr!(
                    "note-admin-already",
                    person = person.label(),
                    scope = scope,
                    company = company
                ),
                _ => tr!(
                    "note-admin-nominated",
                    person = person.label(),
                    scope = scope,
                    company = company
                ),
            });
            Ok(Exit::Ok)
        }
        Cmd::Revoke {
            company,
            person,
            unit,
            reason,
        } => {
            let reason = ops::text("--reason", &reason)?;
            let store = ctx.open()?;
            let Some((n, revoked)) = ctx.confirmed(&store, |s| {
                let actor = ops::actor(s)?;
                let n = Named::load(s, actor, &company, &person, unit.as_deref())?;
                let revoked =
                    ops::admin::revoke(s, n.here.at(), &n.person, n.unit.as_ref(), &reason)?;
                let asked = Question::AdminRevoke {
                    person: &n.person.label(),
                    company: &n.here.company.label(),
                    grants: &revoked,
                }
                .into();
                Ok(((n, revoked), Some(asked)))
            })?
            else {
                return Ok(Exit::Failure);
            };
            note(tr!(
                "note-admin-revoked",
                person = n.person.label(),
                company = n.here.company.label(),
                grants = revoked.join("; ")
            ));
            Ok(Exit::Ok)
        }
        Cmd::List { company } => {
            let store = ctx.open()?;
            let company = ops::find_company(&store, &company)?;
            let rows: Vec<GrantRow> =
                grant::of_company(&store, company.id, None, Some(ADMIN), true)?
                    .into_iter()
                    .map(GrantRow::from)
                    .collect();
            ctx.out.list(&rows, GrantRow::NARROW)?;
            Ok(Exit::Ok)
        }
    }
}
