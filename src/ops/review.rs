//! Decisions on grants already made: the Region's approval of a requested profile (R7) and
//! the periodic review by an administrator (R12).

use anyhow::{Result, anyhow, bail};

use super::events::Event;
use super::grant::{Target, Verb, authorise};
use super::{At, actor, allow, record};
use crate::catalog::Catalog;
use crate::policy;
use crate::store::Session;
use crate::store::company::Company;
use crate::store::grant::{self as gstore, Grant};
use crate::store::person::Person;

/// R7: a regional operator approves a requested profile (named as typed: codes, the
/// profile and the unit's name). Returns the company and the person, for the message.
pub fn approve(
    s: &Session,
    catalog: &Catalog,
    company: &str,
    person: &str,
    profile: &str,
    unit: Option<&str>,
) -> Result<(Company, Person, String)> {
    let actor = actor(s)?;
    allow(None, policy::operator(actor, "approve requested profiles"))?;
    let company = &super::find_company(s, company)?;
    let person = &super::find_person(s, person)?;
    let profile = catalog.profile(profile).map_err(anyhow::Error::msg)?;
    let unit = unit.map(|u| super::find_unit(s, company, u)).transpose()?;
    let scope = super::scope(unit.as_ref());
    let g = gstore::live_at(s, person.id, company.id, &profile.code, scope.unit_id())?
        .filter(Grant::requested)
        .ok_or_else(|| {
            anyhow!(
                "there is no pending request of {} {scope} for {} in {}; nothing changed",
                profile.code,
                person.label(),
                company.label()
            )
        })?;
    if person.suspended() {
        bail!(
            "{} is suspended: the request cannot be approved",
            person.label()
        );
    }
    gstore::approve(s, g.id, actor.id)?;
    record(
        s,
        Event::GrantApprove {
            company: &company.cf,
            person: &person.cf,
            profile: &profile.code,
            unit: g.unit.as_deref(),
        },
    )?;
    Ok((
        company.clone(),
        person.clone(),
        format!("{} {scope}", profile.code),
    ))
}

/// R12: an administrator confirms, today, every active grant of a person within their
/// scope. Returns the grants confirmed.
pub fn confirm(s: &Session, at: At<'_>, person: &Person) -> Result<Vec<Grant>> {
    let actor = actor(s)?;
    let company = at.company;
    let live: Vec<Grant> = gstore::of_person(s, person.id, company.id, true)?
        .into_iter()
        .filter(Grant::active)
        .collect();
    if live.is_empty() {
        bail!(
            "{} holds no active grant in {} to review",
            person.label(),
            company.label()
        );
    }
    let today = s.today().to_string();
    for g in &live {
        authorise(s, at, &g.profile, Target::from(g).scope(), Verb::Review)?;
        gstore::confirm(s, g.id, &today, actor.id)?;
    }
    record(
        s,
        Event::GrantConfirm {
            company: &company.cf,
            person: &person.cf,
            grants: live.iter().map(Grant::describe).collect(),
        },
    )?;
    Ok(live)
}
