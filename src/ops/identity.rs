//! One person, one code (R15): a new registration against the registered persons whose
//! codes are omocodic variants of its own, and the Region's correction of a person's names
//! or e-mail.

use anyhow::{Result, bail};
use serde_json::{Map, Value, json};

use super::events::Event;
use super::{actor, allow, find_person, record, same_name};
use crate::i18n::{Lang, lang};
use crate::policy;
use crate::store::Session;
use crate::store::person::{self as pstore, Person};
use crate::{tr, tr_in};

/// What a new registration meets among the registered persons (R15).
pub enum Clash {
    /// A variant of a suspended person's code: never registered, not even by an operator.
    Suspended(Person),
    /// A variant of a registered person's code, with the same names: almost always the same
    /// person, registered only by a regional operator.
    SameNames(Person),
}

impl Clash {
    /// The reason, for the refusal (or, for an operator, the warning).
    pub fn reason(&self, cf: &str, lang: Lang) -> String {
        match self {
            Clash::Suspended(p) => tr_in!(
                lang,
                "refuse-omocode-suspended",
                cf = cf,
                person = p.label()
            ),
            Clash::SameNames(p) => tr_in!(
                lang,
                "refuse-omocode-same-names",
                cf = cf,
                person = p.label()
            ),
        }
    }
}

/// A refusal's reason, and that nothing changed.
pub fn nothing_changed(reason: impl std::fmt::Display) -> String {
    tr!("refuse-nothing-changed", reason = reason)
}

/// R15: the registered persons whose codes are omocodic variants of `cf` (not `cf` itself):
/// a suspended one first, else one with the same names (after NFC and case folding).
pub fn clash(s: &Session, cf: &str, family: &str, given: &str) -> Result<Option<Clash>> {
    let twins: Vec<Person> = pstore::with_codes(s, &crate::cf::omocode_family(cf))?
        .into_iter()
        .filter(|p| p.cf != cf)
        .collect();
    if let Some(p) = twins.iter().find(|p| p.suspended()) {
        return Ok(Some(Clash::Suspended(p.clone())));
    }
    Ok(twins
        .into_iter()
        .find(|p| same_name(&p.family_name, family) && same_name(&p.given_name, given))
        .map(Clash::SameNames))
}

/// R15 for a registration someone decides on: refused for a variant of a suspended
/// person's code, and for the same names unless an active regional operator registers it
/// (then the warning to show).
pub fn one_code(s: &Session, cf: &str, family: &str, given: &str) -> Result<Option<String>> {
    match clash(s, cf, family, given)? {
        None => Ok(None),
        Some(c @ Clash::Suspended(_)) => bail!(nothing_changed(c.reason(cf, lang()))),
        Some(c) if s.actor().is_some_and(Person::active_operator) => Ok(Some(tr!(
            "warn-omocode-registered",
            reason = c.reason(cf, lang())
        ))),
        Some(c) => bail!(nothing_changed(c.reason(cf, lang()))),
    }
}

/// What `person update` was asked to change: `None` keeps a field; an empty e-mail clears it.
pub struct Update<'a> {
    pub family_name: Option<&'a str>,
    pub given_name: Option<&'a str>,
    pub email: Option<&'a str>,
}

/// R15: a regional operator corrects a person's names or e-mail; the code never changes.
/// Returns the person as they were and the fields changed (none: nothing written).
pub fn update(s: &Session, cf: &str, u: &Update<'_>) -> Result<(Person, Vec<String>)> {
    allow(
        None,
        policy::operator(actor(s)?, &tr!("doing-correct-person")),
    )?;
    let p = find_person(s, cf)?;
    let family = match u.family_name {
        Some(f) => super::name("--family-name", f)?,
        None => p.family_name.clone(),
    };
    let given = match u.given_name {
        Some(g) => super::name("--given-name", g)?,
        None => p.given_name.clone(),
    };
    let email = match u.email {
        Some(e) if e.trim().is_empty() => None,
        Some(e) => Some(super::text("--email", e)?),
        None => p.email.clone(),
    };
    let mut changes = Map::new();
    let mut diff = |k: &str, old: Value, new: Value| {
        if old != new {
            changes.insert(k.into(), json!({"from": old, "to": new}));
        }
    };
    diff("family_name", json!(p.family_name), json!(family));
    diff("given_name", json!(p.given_name), json!(given));
    diff("email", json!(p.email), json!(email));
    if changes.is_empty() {
        return Ok((p, Vec::new()));
    }
    pstore::update(s, p.id, &family, &given, email.as_deref())?;
    let fields: Vec<String> = changes.keys().cloned().collect();
    record(
        s,
        Event::PersonUpdate {
            person: &p.cf,
            fields: fields.clone(),
            changes,
        },
    )?;
    Ok((p, fields))
}
