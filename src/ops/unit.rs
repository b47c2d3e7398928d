//! A company's organisational units (R5): added, renamed and removed by the legal
//! representative or a group-level administrator; never the last one, never one that
//! holds live grants.

use anyhow::{Result, bail};

use super::events::Event;
use super::{actor, allow, find_company, find_unit, record, standing};
use crate::policy;
use crate::store::company::{self as cstore, Company};
use crate::store::{Session, grant};

/// The company whose units the actor may manage.
fn managed(s: &Session, company: &str) -> Result<Company> {
    let actor = actor(s)?;
    let c = find_company(s, company)?;
    let st = standing(s, actor, &c)?;
    allow(
        None,
        policy::manage_company(actor, &st, &c, "manage the units"),
    )?;
    Ok(c)
}

fn not_taken(s: &Session, c: &Company, name: &str) -> Result<()> {
    if let Some(u) = cstore::unit_by_name(s, c.id, name)? {
        let same = if u.name == name {
            String::new()
        } else {
            format!(", the same name as '{name}' once letter case and spelling are folded (R15)")
        };
        bail!(
            "{} already has a unit named '{}'{same}; nothing changed",
            c.label(),
            u.name
        );
    }
    Ok(())
}

/// Adds a unit; returns the message for people.
pub fn add(s: &Session, company: &str, name: &str) -> Result<String> {
    let c = managed(s, company)?;
    let name = super::name("unit name", name)?;
    not_taken(s, &c, &name)?;
    cstore::add_unit(s, c.id, &name)?;
    record(
        s,
        Event::UnitAdd {
            company: &c.cf,
            unit: &name,
        },
    )?;
    Ok(format!("added unit {name} to {}", c.label()))
}

/// Renames a unit (a change of spelling of the same name, such as its letter case, is a
/// rename too).
pub fn rename(s: &Session, company: &str, old: &str, new: &str) -> Result<String> {
    let c = managed(s, company)?;
    let u = find_unit(s, &c, old)?;
    let new = super::name("unit name", new)?;
    if !super::same_name(&u.name, &new) {
        not_taken(s, &c, &new)?;
    } else if u.name == new {
        bail!("unit {} already has that name; nothing changed", u.name);
    }
    cstore::rename_unit(s, u.id, &new)?;
    record(
        s,
        Event::UnitRename {
            company: &c.cf,
            from: &u.name,
            to: &new,
        },
    )?;
    Ok(format!("renamed unit {} to {new} in {}", u.name, c.label()))
}

/// Removes a unit: refused for the last unit and for a unit holding live grants.
pub fn remove(s: &Session, company: &str, name: &str) -> Result<String> {
    let c = managed(s, company)?;
    let u = find_unit(s, &c, name)?;
    if cstore::units(s, c.id)?.len() <= 1 {
        bail!(
            "{} is the last unit of {}: every company keeps at least one (§6.1); nothing changed",
            u.name,
            c.label()
        );
    }
    let live = grant::live_in_unit(s, u.id)?;
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
    cstore::remove_unit(s, u.id)?;
    record(
        s,
        Event::UnitRemove {
            company: &c.cf,
            unit: &u.name,
        },
    )?;
    Ok(format!("removed unit {} from {}", u.name, c.label()))
}
