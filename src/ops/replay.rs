//! `db check`'s replay of the audit trail (R11): the events, applied in order, rebuild who is
//! registered and suspended, who is a regional operator, which companies exist with which
//! status and name, their live units, and every live grant; each row of the state tables
//! that differs from what the events say is reported, named. An edit of a table that
//! bypassed lpt is found this way even when the chain itself is intact.
//!
//! Covered: persons (names, suspension), operators, companies (status, name), live units,
//! live grants (scope, and active or requested). Not yet: relationships, company contacts,
//! types and legal representative, e-mails, the dates of grants, reviews, legacy accounts.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use serde_json::Value;

use super::events::Action;
use crate::store::{Db, audit, company as cstore, grant as gstore, person as pstore};

/// A live grant: company, person, profile, unit name (None: group level).
type Key = (String, String, String, Option<String>);

#[derive(Default)]
struct State {
    /// Persons by code: family name, given name, suspended.
    persons: BTreeMap<String, (String, String, bool)>,
    operators: BTreeSet<String>,
    /// Companies by code: status, name.
    companies: BTreeMap<String, (&'static str, String)>,
    /// Live units: company, name.
    units: BTreeSet<(String, String)>,
    /// Live grants, and whether each is active (not a request).
    grants: BTreeMap<Key, bool>,
}

/// What the replay found: each difference as (what, detail), and the event it stopped at if
/// the trail holds an event lpt does not write (then the state is not compared).
pub struct Findings {
    pub differences: Vec<(&'static str, String)>,
    pub events: u64,
    pub stopped: Option<(i64, String)>,
}

fn text(d: &Value, k: &str) -> String {
    d[k].as_str().unwrap_or_default().to_string()
}

fn unit(d: &Value) -> Option<String> {
    d["unit"].as_str().map(str::to_string)
}

impl State {
    /// Applies one event; false if lpt does not write its action.
    fn apply(&mut self, e: &audit::Row) -> Result<bool> {
        let Some(action) = Action::of(&e.action) else {
            return Ok(false);
        };
        let d: Value = serde_json::from_str(&e.details)?;
        let company = e.company_cf.clone().unwrap_or_default();
        let person = e.person_cf.clone().unwrap_or_default();
        let key = |d: &Value| (company.clone(), person.clone(), text(d, "profile"), unit(d));
        use Action as A;
        match action {
            A::Init | A::PersonRegister => {
                let names = (text(&d, "family_name"), text(&d, "given_name"), false);
                self.persons.insert(person.clone(), names);
                if action == A::Init {
                    self.operators.insert(person);
                }
            }
            A::PersonSuspend | A::PersonReinstate => {
                let suspended = action == A::PersonSuspend;
                if let Some(p) = self.persons.get_mut(&person) {
                    p.2 = suspended;
                }
                if suspended {
                    self.grants.retain(|k, _| k.1 != person);
                }
            }
            A::OperatorAdd => {
                self.operators.insert(person);
            }
            A::CompanyRegister => {
                self.companies
                    .insert(company.clone(), ("pending", text(&d, "name")));
                self.units.insert((company, text(&d, "unit")));
            }
            A::CompanyApprove | A::CompanyReject => {
                if let Some(c) = self.companies.get_mut(&company) {
                    c.0 = if action == A::CompanyApprove {
                        "approved"
                    } else {
                        "rejected"
                    };
                }
                if action == A::CompanyApprove {
                    let admin = text(&d, "first_administrator");
                    let k = (company, admin, crate::catalog::ADMIN.to_string(), None);
                    self.grants.insert(k, true);
                }
            }
            A::CompanyUpdate => {
                if let (Some(to), Some(c)) =
                    (d["name"]["to"].as_str(), self.companies.get_mut(&company))
                {
                    c.1 = to.to_string();
                }
            }
            A::UnitAdd => {
                self.units.insert((company, text(&d, "unit")));
            }
            A::UnitRename => {
                let (from, to) = (text(&d, "from"), text(&d, "to"));
                self.units.remove(&(company.clone(), from.clone()));
                self.units.insert((company.clone(), to.clone()));
                let moved: Vec<(Key, bool)> = self
                    .grants
                    .iter()
                    .filter(|(k, _)| k.0 == company && k.3.as_deref() == Some(from.as_str()))
                    .map(|(k, v)| (k.clone(), *v))
                    .collect();
                for (mut k, v) in moved {
                    self.grants.remove(&k);
                    k.3 = Some(to.clone());
                    self.grants.insert(k, v);
                }
            }
            A::UnitRemove => {
                self.units.remove(&(company, text(&d, "unit")));
            }
            A::GrantAdd | A::GrantRequest => {
                self.grants.insert(key(&d), action == A::GrantAdd);
            }
            A::GrantApprove => {
                if let Some(active) = self.grants.get_mut(&key(&d)) {
                    *active = true;
                }
            }
            A::GrantRevoke => {
                self.grants.remove(&key(&d));
            }
            // Nothing the replay rebuilds yet, or reads.
            _ => {}
        }
        Ok(true)
    }
}

/// Replays the trail and compares the state tables with it.
pub fn check(db: &impl Db) -> Result<Findings> {
    let mut state = State::default();
    let mut stopped = None;
    let mut events = 0u64;
    audit::each(db, None, None, None, |e| {
        if stopped.is_none() {
            events += 1;
            if !state.apply(&e)? {
                stopped = Some((e.id, e.action));
            }
        }
        Ok(())
    })?;
    let mut differences = Vec::new();
    if stopped.is_none() {
        compare(db, state, &mut differences)?;
    }
    Ok(Findings {
        differences,
        events,
        stopped,
    })
}

fn compare(db: &impl Db, mut s: State, out: &mut Vec<(&'static str, String)>) -> Result<()> {
    const PERSON: &str = "person differs from the audit trail (R11)";
    const OPERATOR: &str = "regional operator differs from the audit trail (R11)";
    const COMPANY: &str = "company differs from the audit trail (R11)";
    const UNIT: &str = "unit differs from the audit trail (R11)";
    const GRANT: &str = "grant differs from the audit trail (R11)";
    pstore::each(db, false, false, |p| {
        match s.persons.remove(&p.cf) {
            None => out.push((
                PERSON,
                format!("{} is registered, but no event registered them", p.cf),
            )),
            Some((family, given, suspended)) => {
                if (family.as_str(), given.as_str())
                    != (p.family_name.as_str(), p.given_name.as_str())
                {
                    out.push((
                        PERSON,
                        format!(
                            "{} is named {} {}, but the trail says {given} {family}",
                            p.cf, p.given_name, p.family_name
                        ),
                    ));
                }
                if suspended != p.suspended() {
                    let (is, says) = if p.suspended() {
                        ("suspended", "active")
                    } else {
                        ("active", "suspended")
                    };
                    out.push((
                        PERSON,
                        format!("{} is {is}, but the trail says {says}", p.cf),
                    ));
                }
            }
        }
        if p.operator != s.operators.remove(&p.cf) {
            let (is, says) = if p.operator {
                ("is", "no event made them one")
            } else {
                ("is not", "the trail made them one")
            };
            out.push((
                OPERATOR,
                format!("{} {is} a regional operator, but {says}", p.cf),
            ));
        }
        Ok(())
    })?;
    for cf in s.persons.keys() {
        out.push((
            PERSON,
            format!("{cf} was registered by the trail, but is missing"),
        ));
    }
    for cf in &s.operators {
        out.push((
            OPERATOR,
            format!("{cf} was made a regional operator by the trail, but is not one"),
        ));
    }
    for c in cstore::list(db, None)? {
        match s.companies.remove(&c.cf) {
            None => out.push((
                COMPANY,
                format!("{} exists, but no event registered it", c.cf),
            )),
            Some((status, name)) => {
                if status != c.status {
                    out.push((
                        COMPANY,
                        format!("{} is {}, but the trail says {status}", c.cf, c.status),
                    ));
                }
                if name != c.name {
                    out.push((
                        COMPANY,
                        format!(
                            "{} is named {:?}, but the trail says {name:?}",
                            c.cf, c.name
                        ),
                    ));
                }
            }
        }
        for u in cstore::units(db, c.id)? {
            if !s.units.remove(&(c.cf.clone(), u.name.clone())) {
                out.push((
                    UNIT,
                    format!(
                        "{} has a unit {:?} no event made (or one removed)",
                        c.cf, u.name
                    ),
                ));
            }
        }
    }
    for cf in s.companies.keys() {
        out.push((
            COMPANY,
            format!("{cf} was registered by the trail, but is missing"),
        ));
    }
    for (c, name) in &s.units {
        out.push((
            UNIT,
            format!("{c}'s unit {name:?} is live by the trail, but missing or removed"),
        ));
    }
    gstore::each_live_key(db, |company, person, profile, unit, active| {
        let scope = unit.clone().map_or_else(
            || "at group level".to_string(),
            |u| format!("in unit {u:?}"),
        );
        match s.grants.remove(&(company.clone(), person.clone(), profile.clone(), unit)) {
            None => out.push((GRANT, format!("{person} holds {profile} {scope} in {company}, but the trail granted it to no one or revoked it"))),
            Some(was) if was != active => {
                let (is, says) = if active { ("active", "a request awaiting the Region") } else { ("a request", "active") };
                out.push((GRANT, format!("{person}'s {profile} {scope} in {company} is {is}, but the trail says {says}")));
            }
            Some(_) => {}
        }
        Ok(())
    })?;
    for ((company, person, profile, unit), _) in &s.grants {
        let scope = unit.clone().map_or_else(
            || "at group level".to_string(),
            |u| format!("in unit {u:?}"),
        );
        out.push((GRANT, format!("{person}'s {profile} {scope} in {company} is live by the trail, but revoked or missing")));
    }
    Ok(())
}
