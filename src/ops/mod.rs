//! The operations every path shares: one function per change the domain knows. Each
//! gathers the facts through the store (or takes the facts a bulk path preloaded), asks
//! [`crate::policy`], writes through the write session and records its typed event
//! ([`events::Event`]). The single commands, `registry import` and `person import-legacy`
//! all call these, so a rule is checked in one place whatever the path.
//!
//! A refusal is a [`Refused`]: the reason, and the input it concerns ([`Field`]), so that a
//! bulk path can name the column of the row at fault.

pub mod admin;
pub mod company;
pub mod compliance;
mod details;
mod entry;
pub mod events;
pub mod find;
pub mod grant;
pub mod history;
pub mod identity;
pub mod inbox;
pub mod legacy;
pub mod login;
mod lookup;
pub mod person;
pub mod registry;
pub mod relationship;
pub mod replay;
pub mod review;
pub mod revoke;
pub mod unit;

use std::fmt;

use anyhow::Result;

pub use lookup::{
    At, InCompany, Named, company_cf, find_company, find_person, find_unit, name, no_such_person,
    no_such_unit, person_cf, same_name, scope, standing, text,
};

use crate::store::Session;
use crate::store::person::Person;
use crate::tr;

/// Which input of a change a refusal concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Company,
    Person,
    Profile,
    Unit,
    /// The day the change declares (granted, revoked, ended on).
    Day,
    Reason,
}

/// A rule said no: why, and about which input.
#[derive(Debug)]
pub struct Refused {
    pub field: Option<Field>,
    pub reason: String,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for Refused {}

/// A grant as people read it: its profile and where it applies, in the reader's language
/// (`Grant::describe` is the English of data, such as `person show`'s grants).
pub fn describe(g: &crate::store::grant::Grant) -> String {
    let scope = match &g.unit {
        Some(u) => tr!("scope-unit", name = u),
        None => tr!("scope-group"),
    };
    format!("{} {scope}", g.profile)
}

/// Refuses, naming the input at fault.
pub fn refuse<T>(field: Field, reason: impl Into<String>) -> Result<T> {
    Err(Refused {
        field: Some(field),
        reason: reason.into(),
    }
    .into())
}

/// Turns a policy verdict into a refusal about `field`.
pub fn allow(field: Option<Field>, v: crate::policy::Verdict) -> Result<()> {
    v.map_err(|reason| Refused { field, reason }.into())
}

/// The acting person (R10): registered and not suspended, or a refusal.
pub fn actor<'s>(s: &'s Session) -> Result<&'s Person> {
    let p = s
        .actor()
        .ok_or_else(|| anyhow::anyhow!(tr!("refuse-actor-unregistered", actor = s.actor_cf())))?;
    if p.suspended() {
        anyhow::bail!(tr!(
            "refuse-actor-suspended",
            actor = p.label(),
            reason = p
                .suspended_reason
                .clone()
                .unwrap_or_else(|| tr!("no-reason-recorded"))
        ));
    }
    Ok(p)
}

/// Traces a bulk read of personal data (R10, §8.6): what, with which filters, how many rows.
/// Any login may read; the trace names it (and `--as` when given).
pub fn traced(
    s: &Session,
    what: events::Read,
    company: Option<&str>,
    filters: serde_json::Map<String, serde_json::Value>,
    rows: u64,
) -> Result<()> {
    let about = About {
        company,
        ..About::default()
    };
    traced_about(s, what, about, filters, rows)
}

/// What a traced read was about beyond its filters: one company, one person (recorded as
/// the event's), the text a search was given (personal, R16).
#[derive(Debug, Default, Clone, Copy)]
pub struct About<'a> {
    pub company: Option<&'a str>,
    pub person: Option<&'a str>,
    pub text: Option<&'a str>,
}

/// [`traced`], about what `about` says.
pub fn traced_about(
    s: &Session,
    what: events::Read,
    about: About<'_>,
    filters: serde_json::Map<String, serde_json::Value>,
    rows: u64,
) -> Result<()> {
    record(
        s,
        events::Event::Read {
            what,
            company: about.company,
            person: about.person,
            details: events::ReadDetails {
                filters,
                rows,
                text: about.text.map(str::to_string),
            },
        },
    )
}

/// Records an event in the session's chain.
pub fn record(s: &Session, e: events::Event<'_>) -> Result<()> {
    s.record(e.entry())
}

/// Refuses days after today: the registry records what has happened.
pub fn not_future(today: chrono::NaiveDate, on: chrono::NaiveDate, what: &str) -> Result<()> {
    if on > today {
        return refuse(
            Field::Day,
            tr!("refuse-future-day", what = what, on = on, today = today),
        );
    }
    Ok(())
}
