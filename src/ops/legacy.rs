//! Legacy username/password accounts (R13, the notice): triaged by the fiscal code their
//! owners typed when the portal moves to SPID/CIE-only access.

use anyhow::{Context, Result, bail};

use super::events::{Event, LegacyImported};
use super::identity::Clash;
use super::{actor, allow, record, same_name};
use crate::cf::{self, Kind};
use crate::i18n::Lang;
use crate::policy;
use crate::store::Session;
use crate::store::legacy::{self as lstore, NewAccount};
use crate::store::person::{self as pstore, NewPerson, Person};
use crate::{tr, tr_in};

/// Only a regional operator imports legacy accounts.
pub fn may_import(s: &Session) -> Result<()> {
    allow(
        None,
        policy::operator(actor(s)?, &tr!("doing-import-legacy")),
    )
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

/// The account's names as every path stores them (R15), or the refusal naming the column.
fn names(a: &Account<'_>) -> Result<(String, String)> {
    Ok((
        super::name("family_name", a.family_name)?,
        super::name("given_name", a.given_name)?,
    ))
}

/// What a valid personal code meets among the registered persons: the person already
/// registered with it and these names (`Ok(Some)`), nobody (`Ok(None)`), or why the account
/// cannot be migrated with it (`Err`): the code is a suspended person's, or a registered
/// person's with other names, or (`deliberate` false) a variant of a registered person's
/// code with the same names (R15).
fn holder(
    s: &Session,
    cf: &str,
    family: &str,
    given: &str,
    deliberate: bool,
) -> Result<Result<Option<Person>, String>> {
    // A deliberate completion refuses in the reader's language; the triage records its
    // reason in the database and the trail, in English.
    let lang = if deliberate {
        crate::i18n::lang()
    } else {
        Lang::En
    };
    if let Some(p) = pstore::by_cf(s, cf)? {
        return Ok(if p.suspended() {
            Err(tr_in!(
                lang,
                "refuse-legacy-suspended",
                cf = cf,
                person = p.label()
            ))
        } else if same_name(&p.family_name, family) && same_name(&p.given_name, given) {
            Ok(Some(p))
        } else {
            Err(tr_in!(
                lang,
                "refuse-legacy-other-names",
                cf = cf,
                person = p.label()
            ))
        });
    }
    Ok(match super::identity::clash(s, cf, family, given)? {
        Some(c @ Clash::Suspended(_)) => Err(c.reason(cf, lang)),
        Some(c) if !deliberate => Err(c.reason(cf, lang)),
        _ => Ok(None),
    })
}

/// Lists an account for correction (kept in the database until completed) and returns
/// the triage; true when this run changed the database for it.
fn to_correct(s: &Session, a: &NewAccount<'_>, cf: &str, why: String) -> Result<(Triage, bool)> {
    let changed = lstore::pend(s, a, cf, &why)?;
    if changed {
        record(
            s,
            Event::LegacyToCorrect {
                account: a,
                cf,
                reason: &why,
            },
        )?;
    }
    Ok((Triage::ToCorrect(why), changed))
}

/// Triages one account and applies it; returns the list and whether this run changed
/// the database for it. An account completed already stays migrated with its code.
pub fn triage(s: &Session, a: &Account<'_>) -> Result<(Triage, bool)> {
    may_import(s)?;
    let (family, given) = names(a)?;
    let kept = NewAccount {
        username: a.username,
        family_name: &family,
        given_name: &given,
        email: a.email,
        country: a.country,
    };
    if let Some(cf) = lstore::pending(s, a.username)?.and_then(|p| p.completed_cf) {
        return Ok((Triage::Migrated { cf }, false));
    }
    if a.cf.is_empty() {
        if italian(a.country) {
            return to_correct(s, &kept, a.cf, "missing fiscal code".into());
        }
        let kept = lstore::keep(s, &kept)?;
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
            return to_correct(s, &kept, a.cf, why);
        }
        Ok(c) if c.kind() == Kind::Provisional => {
            let why = "provisional fiscal code: the definitive one is needed".to_string();
            return to_correct(s, &kept, a.cf, why);
        }
        Ok(c) if c.kind() != Kind::Person => {
            let why = format!("the code of a {}, not of a person", c.kind());
            return to_correct(s, &kept, a.cf, why);
        }
        Ok(c) => c,
    };
    let registered = match holder(s, c.as_str(), &family, &given, false)? {
        Err(why) => return to_correct(s, &kept, a.cf, why),
        Ok(Some(_)) => false,
        Ok(None) => register(s, c.as_str(), &kept)?,
    };
    // An account listed before and migrated now (its code corrected in the file).
    let completed = lstore::complete(s, a.username, c.as_str())?;
    if completed {
        completion(s, a.username, c.as_str(), registered)?;
    }
    Ok((
        Triage::Migrated {
            cf: c.into_string(),
        },
        registered || completed,
    ))
}

/// Registers the account's owner (means `legacy`, first access today); true when registered.
fn register(s: &Session, cf: &str, a: &NewAccount<'_>) -> Result<bool> {
    let today = s.today().to_string();
    super::person::register_legacy(
        s,
        &NewPerson {
            cf,
            family_name: a.family_name,
            given_name: a.given_name,
            email: a.email,
            via: "legacy",
            first_access_on: &today,
        },
        a.username,
    )
}

fn completion(s: &Session, username: &str, cf: &str, registered: bool) -> Result<()> {
    record(
        s,
        Event::LegacyComplete {
            username,
            person: cf,
            registered,
        },
    )
}

/// R13, case (b): a regional operator completes an account listed for correction with the
/// valid code its owner gave. The owner is registered (means `legacy`) unless registered
/// already with the account's names; the listing stays, completed, as the account's
/// history. Returns the code, whether the person was registered now, and the R15 warning
/// when the code is a variant of a registered person's with the same names.
pub fn complete(s: &Session, username: &str, raw: &str) -> Result<(String, bool, Option<String>)> {
    may_import(s)?;
    let Some(p) = lstore::pending(s, username)? else {
        bail!(tr!("refuse-legacy-not-listed", username = username));
    };
    if let (Some(cf), Some(at)) = (&p.completed_cf, &p.completed_at) {
        bail!(tr!(
            "refuse-legacy-completed",
            username = username,
            cf = cf,
            on = crate::dates::day_of_stamp(at)
        ));
    }
    let c = super::person_cf(raw).context("--cf")?;
    let cf = c.as_str();
    let (family, given) = (&p.family_name, &p.given_name);
    let registered = match holder(s, cf, family, given, true)? {
        Err(why) => bail!(super::identity::nothing_changed(why)),
        Ok(Some(_)) => false,
        Ok(None) => true,
    };
    let warning = if registered {
        super::identity::one_code(s, cf, family, given)?
    } else {
        None
    };
    if registered {
        let a = NewAccount {
            username,
            family_name: family,
            given_name: given,
            email: p.email.as_deref(),
            country: &p.country,
        };
        register(s, cf, &a)?;
    }
    lstore::complete(s, username, cf)?;
    completion(s, username, cf, registered)?;
    Ok((c.into_string(), registered, warning))
}

/// The import's own event, written when it changed anything.
pub fn finish(s: &Session, counts: LegacyImported) -> Result<()> {
    record(s, Event::LegacyImport(counts))
}
