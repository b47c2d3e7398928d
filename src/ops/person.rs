//! Persons (R1, R9, R10): the first regional operator, registration, suspension and
//! reinstatement, and further regional operators.

use anyhow::{Result, bail};

use super::events::{self, Event, Registered};
use super::grant::{self, Target};
use super::{InCompany, actor, allow, record};
use crate::policy;
use crate::store::person::{self as pstore, NewPerson, Person};
use crate::store::{SCHEMA_VERSION, Session, company as cstore, grant as gstore};
use crate::tr;

/// A person's names and e-mail as typed: the names as every path stores them (R15), the
/// e-mail as one line of text.
pub struct Names {
    pub family: String,
    pub given: String,
    pub email: Option<String>,
}

impl Names {
    pub fn checked(family: &str, given: &str, email: Option<&str>) -> Result<Names> {
        Ok(Names {
            family: super::name("--family-name", family)?,
            given: super::name("--given-name", given)?,
            email: email.map(|e| super::text("--email", e)).transpose()?,
        })
    }
}

/// `lpt init`: the first regional operator, registered as a person. The session acts on
/// the operator's own authority.
pub fn first_operator(s: &Session, p: &NewPerson<'_>) -> Result<()> {
    let id = pstore::insert(s, p)?;
    pstore::add_operator(s, id, None)?;
    record(
        s,
        Event::Init {
            operator: p.cf,
            details: events::Init {
                schema_version: SCHEMA_VERSION,
                family_name: p.family_name,
                given_name: p.given_name,
                email: p.email,
                via: p.via,
                first_access_on: p.first_access_on,
            },
        },
    )
}

/// Refuses a code already registered.
fn not_registered(s: &Session, cf: &str) -> Result<()> {
    if let Some(existing) = pstore::by_cf(s, cf)? {
        bail!(tr!(
            "refuse-person-registered",
            person = existing.label(),
            since = crate::dates::day_of_stamp(&existing.registered_at)
        ));
    }
    Ok(())
}

/// R10: a person registers themselves (first access as a citizen); a regional operator
/// registers anyone. R15: one person, one code (see [`super::identity::one_code`]); returns
/// the warning when a regional operator registers a variant of a code with the same names.
pub fn register(s: &Session, p: &NewPerson<'_>) -> Result<Option<String>> {
    if s.actor().is_some() {
        // A registered actor must be active (R10): this refuses a suspended one.
        actor(s)?;
    }
    allow(None, policy::register_person(s.actor_cf(), s.actor(), p.cf))?;
    not_registered(s, p.cf)?;
    let warning = super::identity::one_code(s, p.cf, p.family_name, p.given_name)?;
    let first_access = crate::dates::parse_date(p.first_access_on).map_err(anyhow::Error::msg)?;
    super::not_future(s.today(), first_access, &tr!("what-first-access"))?;
    pstore::insert(s, p)?;
    record(
        s,
        Event::PersonRegister {
            person: p.cf,
            details: Registered::Citizen {
                family_name: p.family_name,
                given_name: p.given_name,
                email: p.email,
                via: p.via,
                first_access_on: p.first_access_on,
            },
        },
    )?;
    Ok(warning)
}

/// R13: a legacy account with a valid personal code becomes a registered person (means
/// `legacy`) unless the code is registered already; true when it was registered now.
pub fn register_legacy(s: &Session, p: &NewPerson<'_>, username: &str) -> Result<bool> {
    allow(
        None,
        policy::operator(actor(s)?, &tr!("doing-import-legacy")),
    )?;
    if pstore::by_cf(s, p.cf)?.is_some() {
        return Ok(false);
    }
    pstore::insert(s, p)?;
    record(
        s,
        Event::PersonRegister {
            person: p.cf,
            details: Registered::Legacy {
                via: "legacy",
                username,
                family_name: p.family_name,
                given_name: p.given_name,
                email: p.email,
                first_access_on: p.first_access_on,
            },
        },
    )?;
    Ok(true)
}

/// One grant revoked by a suspension.
pub struct Revoked {
    pub company_cf: String,
    pub profile: String,
    pub unit: Option<String>,
    pub state: &'static str,
}

/// R9: the Region suspends a person: every live grant in every company is revoked today,
/// and the person can neither act nor be granted anything until reinstated.
pub fn suspend(s: &Session, p: &Person, reason: &str) -> Result<Vec<Revoked>> {
    allow(None, policy::operator(actor(s)?, &tr!("doing-suspend")))?;
    if p.suspended() {
        bail!(tr!("refuse-person-suspended-already", person = p.label()));
    }
    not_the_regions_last(s, p, &tr!("done-suspended"))?;
    let today = s.today().to_string();
    let why = format!("suspended by the Region: {reason}");
    let live = gstore::live_everywhere(s, p.id)?;
    // Grouped by company, in the order listed: each company's revocations are one call.
    let mut revoked = Vec::new();
    for chunk in live.chunk_by(|a, b| a.company_id == b.company_id) {
        let company = cstore::by_cf(s, &chunk[0].company_cf)?
            .ok_or_else(|| anyhow::anyhow!("company {} vanished", chunk[0].company_cf))?;
        let here = InCompany::load(s, actor(s)?, company)?;
        for t in chunk.iter().map(Target::from) {
            // At once (§8.4): never refused for a date. A grant dated after today (by a
            // clock that ran ahead) is revoked on its own day.
            let on = today.as_str().max(t.granted_on);
            grant::revoke(s, here.at(), &[t], on, &why)?;
        }
        revoked.extend(chunk.iter().map(|g| Revoked {
            company_cf: g.company_cf.clone(),
            profile: g.profile.clone(),
            unit: g.unit.clone(),
            state: g.state(),
        }));
    }
    pstore::set_suspended(s, p.id, Some(reason))?;
    record(
        s,
        Event::PersonSuspend {
            person: &p.cf,
            reason,
            grants_revoked: revoked.len(),
        },
    )?;
    Ok(revoked)
}

/// R9: the Region lifts a suspension; revoked grants are not restored.
pub fn reinstate(s: &Session, p: &Person) -> Result<()> {
    allow(None, policy::operator(actor(s)?, &tr!("doing-reinstate")))?;
    if !p.suspended() {
        bail!(tr!("refuse-person-not-suspended", person = p.label()));
    }
    pstore::set_suspended(s, p.id, None)?;
    record(s, Event::PersonReinstate { person: &p.cf })
}

/// R14: the Region never locks itself out. The last active regional operator cannot be
/// suspended or removed, nor the one holding every login bound to an active operator
/// (then no one could bind another).
fn not_the_regions_last(s: &Session, p: &Person, done: &str) -> Result<()> {
    if !p.active_operator() {
        return Ok(());
    }
    if pstore::active_operators(s)? <= 1 {
        bail!(tr!("refuse-last-operator", person = p.label(), done = done));
    }
    let all = crate::store::login::operator_logins(s)?;
    if all > 0 && crate::store::login::logins_of(s, &p.cf)? == all {
        bail!(tr!(
            "refuse-last-operator-logins",
            person = p.label(),
            done = done
        ));
    }
    Ok(())
}

/// R14: a regional operator removes a regional operator (themself included), who keeps
/// their registration; the Region never locks itself out.
pub fn remove_operator(s: &Session, cf: &str) -> Result<Person> {
    allow(
        None,
        policy::operator(actor(s)?, &tr!("doing-remove-operators")),
    )?;
    let p = super::find_person(s, cf)?;
    if !p.operator {
        bail!(tr!("refuse-not-operator", person = p.label()));
    }
    not_the_regions_last(s, &p, &tr!("done-removed"))?;
    pstore::remove_operator(s, p.id)?;
    record(s, Event::OperatorRemove { person: &p.cf })?;
    Ok(p)
}

/// A regional operator makes a registered, active person a regional operator; returns them.
pub fn add_operator(s: &Session, cf: &str) -> Result<Person> {
    let actor = actor(s)?;
    allow(None, policy::operator(actor, &tr!("doing-add-operators")))?;
    let p = super::find_person(s, cf)?;
    if p.operator {
        bail!(tr!("refuse-operator-already", person = p.label()));
    }
    if p.suspended() {
        bail!(tr!("refuse-operator-suspended", person = p.label()));
    }
    pstore::add_operator(s, p.id, Some(actor.id))?;
    record(s, Event::OperatorAdd { person: &p.cf })?;
    Ok(p)
}
