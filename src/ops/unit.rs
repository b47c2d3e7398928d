//! A company's organisational units (R5): added, renamed and removed by the legal
//! representative or a group-level administrator; never the last one, never one that
//! holds live grants.

use anyhow::{Result, bail};

use super::events::Event;
use super::{actor, allow, find_company, find_unit, record, standing};
use crate::policy;
use crate::store::company::{self as cstore, Company};
use crate::store::{Session, grant};
use crate::tr;

/// The company whose units the actor may manage.
fn managed(s: &Session, company: &str) -> Result<Company> {
    let actor = actor(s)?;
    let c = find_company(s, company)?;
    let st = standing(s, actor, &c)?;
    allow(
        None,
        policy::manage_company(actor, &st, &c, &tr!("doing-manage-units")),
    )?;
    Ok(c)
}

fn not_taken(s: &Session, c: &Company, name: &str) -> Result<()> {
    if let Some(u) = cstore::unit_by_name(s, c.id, name)? {
        let same = if u.name == name {
            String::new()
        } else {
            tr!("refuse-unit-same-folded", name = name)
        };
        bail!(tr!(
            "refuse-unit-taken",
            company = c.label(),
            unit = u.name,
            same = same
        ));
    }
    Ok(())
}

/// Adds a unit; returns the message for people.
pub fn add(s: &Session, company: &str, name: &str) -> Result<String> {
    let c = managed(s, company)?;
    let name = super::name(&tr!("field-unit-name"), name)?;
    not_taken(s, &c, &name)?;
    cstore::add_unit(s, c.id, &name)?;
    record(
        s,
        Event::UnitAdd {
            company: &c.cf,
            unit: &name,
        },
    )?;
    Ok(tr!("note-unit-added", name = name, company = c.label()))
}

/// Renames a unit (a change of spelling of the same name, such as its letter case, is a
/// rename too).
pub fn rename(s: &Session, company: &str, old: &str, new: &str) -> Result<String> {
    let c = managed(s, company)?;
    let u = find_unit(s, &c, old)?;
    let new = super::name(&tr!("field-unit-name"), new)?;
    if !super::same_name(&u.name, &new) {
        not_taken(s, &c, &new)?;
    } else if u.name == new {
        bail!(tr!("refuse-unit-same-name", unit = u.name));
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
    Ok(tr!(
        "note-unit-renamed",
        unit = u.name,
        new = new,
        company = c.label()
    ))
}

/// Removes a unit: refused for the last unit and for a unit holding live grants.
pub fn remove(s: &Session, company: &str, name: &str) -> Result<String> {
    let c = managed(s, company)?;
    let u = find_unit(s, &c, name)?;
    if cstore::units(s, c.id)?.len() <= 1 {
        bail!(tr!("refuse-unit-last", unit = u.name, company = c.label()));
    }
    let live = grant::live_in_unit(s, u.id)?;
    if !live.is_empty() {
        let list: Vec<String> = live
            .iter()
            .take(5)
            .map(|g| format!("{} {}", g.person_cf, g.profile))
            .collect();
        bail!(tr!(
            "refuse-unit-has-grants",
            unit = u.name,
            count = live.len(),
            list = list.join(", "),
            more = if live.len() > 5 { ", …" } else { "" }
        ));
    }
    cstore::remove_unit(s, u.id)?;
    record(
        s,
        Event::UnitRemove {
            company: &c.cf,
            unit: &u.name,
        },
    )?;
    Ok(tr!("note-unit-removed", unit = u.name, company = c.label()))
}
