//! `lpt admin`: administrators (R6), who are grants of profile AMMINISTRATORE.

use anyhow::{Result, anyhow, bail};

use super::collab::{Added, GrantRow, add_grant, revoke_grants, scope_of};
use super::{Ctx, allow, find_company, find_person, find_unit, standing, text};
use crate::catalog::{ADMIN, Catalog};
use crate::error::Exit;
use crate::output::note;
use crate::policy;
use crate::store::company as cstore;
use crate::store::{self, grant};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Nominate an administrator, for the whole company or one unit (R6)
    ///
    /// The legal representative and group-level administrators nominate at any level; a unit
    /// administrator only for their own unit. The nominee must be a registered, active person.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U admin nominate --company 01234567897 --person VRDLGU85M41F205W --unit 'Sede legale'"
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
    /// regional operator.
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U admin revoke --company 01234567897 --person VRDLGU85M41F205W --reason 'left the company'"
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
    #[command(after_help = "Example:\n  lpt admin list --company 01234567897")]
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
            let mut conn = ctx.open()?;
            let tx = store::write(&mut conn)?;
            let actor = ctx.actor(&tx)?;
            let company = find_company(&tx, &company)?;
            let person = find_person(&tx, &person)?;
            let mut holder = None;
            let scope = scope_of(&tx, &company, unit.as_deref(), &mut holder)?;
            let st = standing(&tx, &actor, &company)?;
            allow(policy::manage_scope(
                &actor,
                &st,
                &company,
                scope,
                "nominate administrators",
            ))?;
            let catalog = Catalog::load(&tx)?;
            let profile = catalog.profile(ADMIN).map_err(|e| anyhow!(e))?;
            let types: Vec<String> = cstore::types(&tx, company.id)?
                .into_iter()
                .map(|t| t.code)
                .collect();
            allow(policy::grantable(
                &catalog, &company, &types, &person, profile, scope,
            ))?;
            let added = add_grant(
                &tx,
                ctx,
                &actor,
                &company,
                &person,
                profile,
                scope,
                &ctx.day(None),
                None,
            )?;
            ctx.commit(tx)?;
            match added {
                Added::AlreadyHeld(_) => note(format!(
                    "{} is already an administrator {scope} of {}; nothing changed",
                    person.label(),
                    company.label()
                )),
                _ => note(format!(
                    "{} is now an administrator {scope} of {}",
                    person.label(),
                    company.label()
                )),
            }
            Ok(Exit::Ok)
        }
        Cmd::Revoke {
            company,
            person,
            unit,
            reason,
        } => {
            let reason = text("--reason", &reason)?;
            let mut conn = ctx.open()?;
            let tx = store::write(&mut conn)?;
            let actor = ctx.actor(&tx)?;
            let company = find_company(&tx, &company)?;
            let person = find_person(&tx, &person)?;
            let unit = unit.map(|u| find_unit(&tx, &company, &u)).transpose()?;
            let selected: Vec<_> = grant::of_person(&tx, person.id, company.id, true)?
                .into_iter()
                .filter(|g| {
                    g.profile == ADMIN && unit.as_ref().is_none_or(|u| g.unit_id == Some(u.id))
                })
                .collect();
            if selected.is_empty() {
                bail!(
                    "{} is not an administrator of {}{}; nothing changed",
                    person.label(),
                    company.label(),
                    unit.map(|u| format!(" for unit {}", u.name))
                        .unwrap_or_default()
                );
            }
            revoke_grants(
                &tx,
                ctx,
                &actor,
                &company,
                &selected,
                &ctx.day(None),
                &reason,
            )?;
            ctx.commit(tx)?;
            note(format!(
                "revoked administrator grant(s) of {} in {}: {}",
                person.label(),
                company.label(),
                selected
                    .iter()
                    .map(|g| g.describe())
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
            Ok(Exit::Ok)
        }
        Cmd::List { company } => {
            let conn = ctx.open()?;
            let company = find_company(&conn, &company)?;
            let rows: Vec<GrantRow> =
                grant::of_company(&conn, company.id, None, Some(ADMIN), true)?
                    .into_iter()
                    .map(GrantRow::from)
                    .collect();
            ctx.out.list(&rows)?;
            Ok(Exit::Ok)
        }
    }
}
