//! `lpt unit`: a company's organisational units (R5).

use anyhow::{Result, bail};
use serde::Serialize;
use serde_json::json;

use super::{Ctx, allow, find_company, find_unit, standing, text};
use crate::error::Exit;
use crate::output::note;
use crate::policy;
use crate::store::company as cstore;
use crate::store::{self, grant};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Add a unit (names are unique within a company, ignoring case)
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U unit add 01234567897 'Filiale Cosenza'"
    )]
    Add {
        /// The company's fiscal code
        company: String,
        /// The new unit's name
        name: String,
    },
    /// List a company's units with their live grants
    #[command(after_help = "Example:\n  lpt unit list 01234567897")]
    List {
        /// The company's fiscal code
        company: String,
    },
    /// Rename a unit
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U unit rename 01234567897 'Filiale Cosenza' 'Sede Cosenza'"
    )]
    Rename {
        company: String,
        old: String,
        new: String,
    },
    /// Remove a unit: refused for the last unit and for a unit holding live grants
    #[command(
        after_help = "Example:\n  lpt --as RSSMRA80A01H501U unit remove 01234567897 'Sede Cosenza'"
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
    if let Cmd::List { company } = &cmd {
        let conn = ctx.open()?;
        let c = find_company(&conn, company)?;
        let mut rows = Vec::new();
        for u in cstore::units(&conn, c.id)? {
            rows.push(UnitRow {
                live_grants: grant::live_in_unit(&conn, u.id)?.len(),
                name: u.name,
                created_at: u.created_at,
            });
        }
        ctx.out.list(&rows)?;
        return Ok(Exit::Ok);
    }
    let mut conn = ctx.open()?;
    let tx = store::write(&mut conn)?;
    let actor = ctx.actor(&tx)?;
    let company_cf = match &cmd {
        Cmd::Add { company, .. } | Cmd::Rename { company, .. } | Cmd::Remove { company, .. } => {
            company
        }
        Cmd::List { .. } => unreachable!("handled above"),
    };
    let c = find_company(&tx, company_cf)?;
    let st = standing(&tx, &actor, &c)?;
    allow(policy::manage_company(&actor, &st, &c, "manage the units"))?;
    let taken = |name: &str| -> Result<()> {
        if let Some(u) = cstore::unit_by_name(&tx, c.id, name)? {
            bail!(
                "{} already has a unit named '{}'; nothing changed",
                c.label(),
                u.name
            );
        }
        Ok(())
    };
    let msg = match cmd {
        Cmd::Add { name, .. } => {
            let name = text("unit name", &name)?;
            taken(&name)?;
            cstore::add_unit(&tx, c.id, &name, &ctx.now)?;
            ctx.audit(
                &tx,
                &actor,
                "unit.add",
                Some(&c.cf),
                None,
                json!({"unit": name}),
            )?;
            format!("added unit {name} to {}", c.label())
        }
        Cmd::Rename { old, new, .. } => {
            let u = find_unit(&tx, &c, &old)?;
            let new = text("unit name", &new)?;
            if !u.name.eq_ignore_ascii_case(&new) {
                taken(&new)?;
            } else if u.name == new {
                bail!("unit {} already has that name; nothing changed", u.name);
            }
            cstore::rename_unit(&tx, u.id, &new)?;
            ctx.audit(
                &tx,
                &actor,
                "unit.rename",
                Some(&c.cf),
                None,
                json!({"from": u.name, "to": new}),
            )?;
            format!("renamed unit {} to {new} in {}", u.name, c.label())
        }
        Cmd::Remove { name, .. } => {
            let u = find_unit(&tx, &c, &name)?;
            if cstore::units(&tx, c.id)?.len() <= 1 {
                bail!(
                    "{} is the last unit of {}: every company keeps at least one (§6.1); nothing changed",
                    u.name,
                    c.label()
                );
            }
            let live = grant::live_in_unit(&tx, u.id)?;
            if !live.is_empty() {
                let list: Vec<String> = live
                    .iter()
                    .take(5)
                    .map(|g| format!("{} {}", g.person_cf, g.profile))
                    .collect();
                bail!(
                    "unit {} holds {} live grant(s) ({}{}): revoke them first; nothing changed",
                    u.name,
                    live.len(),
                    list.join(", "),
                    if live.len() > 5 { ", …" } else { "" }
                );
            }
            cstore::remove_unit(&tx, u.id, &ctx.now)?;
            ctx.audit(
                &tx,
                &actor,
                "unit.remove",
                Some(&c.cf),
                None,
                json!({"unit": u.name}),
            )?;
            format!("removed unit {} from {}", u.name, c.label())
        }
        Cmd::List { .. } => unreachable!("handled above"),
    };
    ctx.commit(tx)?;
    note(msg);
    Ok(Exit::Ok)
}
