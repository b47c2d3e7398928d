//! Legacy username/password accounts (R13, the notice): triaged by the fiscal code their
//! owners typed when the portal moves to SPID/CIE-only access.

use anyhow::Result;

use super::events::{Event, LegacyImported};
use super::{actor, allow, record};
use crate::cf::{self, Kind};
use crate::policy;
use crate::store::Session;
use crate::store::legacy::{self as lstore, NewAccount};
use crate::store::person::NewPerson;

/// Only a regional operator imports legacy accounts.
pub fn may_import(s: &Session) -> Result<()> {
    allow(None, policy::operator(actor(s)?, "import legacy accounts"))
}

/// One legacy account as read.
pub struct Account<'a> {
    pub username: &'a str,
    pub cf: &'a str,
    pub family_name: &'a str,
    pub given_name: &'a str,
    pub email: Option<&'a str>,
    pub country: &'a str,
}

/// The list an account lands in, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Triage {
    /// (a) A valid personal code: the person is registered (`cf`, normalised).
    Migrated { cf: String },
    /// (b) Nothing is migrated; the account is listed for correction.
    ToCorrect(String),
    /// (c) A foreign user keeps the legacy credentials.
    Foreign,
}

fn italian(country: &str) -> bool {
    matches!(
        country.trim().to_ascii_uppercase().as_str(),
        "" | "IT" | "ITA" | "ITALIA" | "ITALY"
    )
}

/// Triages one account and applies it; returns the list and whether this run changed
/// the database for it.
pub fn triage(s: &Session, a: &Account<'_>) -> Result<(Triage, bool)> {
    may_import(s)?;
    if a.cf.is_empty() {
        if italian(a.country) {
            return Ok((Triage::ToCorrect("missing fiscal code".into()), false));
        }
        let kept = lstore::keep(
            s,
            &NewAccount {
                username: a.username,
                family_name: a.family_name,
                given_name: a.given_name,
                email: a.email,
                country: a.country,
            },
        )?;
        if kept {
            record(
                s,
                Event::LegacyKeep {
                    username: a.username,
                    country: a.country,
                },
            )?;
        }
        return Ok((Triage::Foreign, kept));
    }
    let c = match cf::parse(a.cf) {
        Err(e) => {
            let why = format!("invalid fiscal code: {}", e.reason);
            return Ok((Triage::ToCorrect(why), false));
        }
        Ok(c) if c.kind() == Kind::Provisional => {
            let why = "provisional fiscal code: the definitive one is needed".to_string();
            return Ok((Triage::ToCorrect(why), false));
        }
        Ok(c) if c.kind() != Kind::Person => {
            let why = format!("the code of a {}, not of a person", c.kind());
            return Ok((Triage::ToCorrect(why), false));
        }
        Ok(c) => c,
    };
    let today = s.today().to_string();
    let registered = super::person::register_legacy(
        s,
        &NewPerson {
            cf: c.as_str(),
            family_name: a.family_name,
            given_name: a.given_name,
            email: a.email,
            via: "legacy",
            first_access_on: &today,
        },
        a.username,
    )?;
    Ok((
        Triage::Migrated {
            cf: c.into_string(),
        },
        registered,
    ))
}

/// The import's own event, written when it changed anything.
pub fn finish(s: &Session, counts: LegacyImported) -> Result<()> {
    record(s, Event::LegacyImport(counts))
}
