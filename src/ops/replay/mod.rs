//! `db check`'s replay of the audit trail (R11): the events, applied in order, rebuild who is
//! registered and suspended, who is a regional operator, which companies exist with which
//! status and name, their live units, and every live grant; each row of the state tables
//! that differs from what the events say is reported, named. An edit of a table that
//! bypassed lpt is found this way even when the chain itself is intact.
//!
//! Covered: persons (names, suspension), operators, companies (status, name), live units,
//! live grants (scope, active or requested, and the end of the relationship each rests
//! on), and every revocation (its declared day and recorded instant). Not yet: company
//! contacts, types and legal representative, e-mails, the dates of grants, reviews, legacy
//! accounts.

use std::collections::{BTreeSet, HashMap};

use anyhow::Result;
use serde_json::Value;

use super::events::Action;
use crate::store::{Db, audit};

mod compare;
use compare::compare;

/// Codes, profiles and unit names, each kept once: the state of a million grants fits in
/// tens of megabytes instead of hundreds.
#[derive(Default)]
pub(super) struct Interner {
    ids: HashMap<String, u32>,
    names: Vec<String>,
}

impl Interner {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.ids.get(s) {
            return i;
        }
        let i = u32::try_from(self.names.len()).expect("fewer than 4 billion names");
        self.ids.insert(s.to_string(), i);
        self.names.push(s.to_string());
        i
    }
    pub(super) fn get(&self, s: &str) -> Option<u32> {
        self.ids.get(s).copied()
    }
    pub(super) fn name(&self, i: u32) -> &str {
        &self.names[i as usize]
    }
}

/// A live grant: company, person, profile, unit name (None: group level), interned.
pub(super) type Key = (u32, u32, u32, Option<u32>);

#[derive(Default)]
pub(super) struct State {
    pub(super) names: Interner,
    /// Persons by code: family name, given name, suspended.
    pub(super) persons: HashMap<u32, (String, String, bool)>,
    pub(super) operators: BTreeSet<u32>,
    /// Companies by code: status, name.
    pub(super) companies: HashMap<u32, (&'static str, String)>,
    /// Live units: company, name.
    pub(super) units: BTreeSet<(u32, u32)>,
    /// Live grants: whether each is active (not a request), and which of its pair's
    /// relationships it rests on.
    pub(super) grants: HashMap<Key, Live>,
    /// Each person–company pair's current relationship, numbered from 0.
    pub(super) relationship: HashMap<(u32, u32), u32>,
    /// The end day of each ended relationship.
    pub(super) ends: HashMap<(u32, u32, u32), u32>,
    /// Every revocation: its grant, the day it declares, and the instant it was recorded
    /// (the event's, or in a historical load the declared day's first instant in Italy).
    pub(super) revocations: Vec<Revocation>,
}

pub(super) struct Revocation {
    pub(super) key: Key,
    pub(super) on: u32,
    pub(super) at: String,
}

#[derive(Clone, Copy)]
pub(super) struct Live {
    pub(super) active: bool,
    pub(super) relationship: u32,
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
    /// The relationship a new grant of this pair rests on: the open one, or a new one after
    /// an end (R8).
    fn holding(&mut self, company: u32, person: u32, active: bool) -> Live {
        let r = self.relationship.entry((company, person)).or_insert(0);
        if self.ends.contains_key(&(company, person, *r)) {
            *r += 1;
        }
        Live {
            active,
            relationship: *r,
        }
    }

    /// Applies one event; false if lpt does not write its action.
    fn apply(&mut self, e: &audit::Row) -> Result<bool> {
        let Some(action) = Action::of(&e.action) else {
            return Ok(false);
        };
        let d: Value = serde_json::from_str(&e.details)?;
        let n = &mut self.names;
        let company = n.id(e.company_cf.as_deref().unwrap_or_default());
        let person = n.id(e.person_cf.as_deref().unwrap_or_default());
        let key = |n: &mut Interner, d: &Value| -> Key {
            let unit = unit(d).map(|u| n.id(&u));
            (company, person, n.id(&text(d, "profile")), unit)
        };
        use Action as A;
        match action {
            A::Init | A::PersonRegister => {
                let names = (text(&d, "family_name"), text(&d, "given_name"), false);
                self.persons.insert(person, names);
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
                    .insert(company, ("pending", text(&d, "name")));
                let u = n.id(&text(&d, "unit"));
                self.units.insert((company, u));
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
                    let admin = n.id(&text(&d, "first_administrator"));
                    let k = (company, admin, n.id(crate::catalog::ADMIN), None);
                    let live = self.holding(company, admin, true);
                    self.grants.insert(k, live);
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
                let u = n.id(&text(&d, "unit"));
                self.units.insert((company, u));
            }
            A::UnitRename => {
                let (from, to) = (n.id(&text(&d, "from")), n.id(&text(&d, "to")));
                self.units.remove(&(company, from));
                self.units.insert((company, to));
                let moved: Vec<(Key, Live)> = self
                    .grants
                    .iter()
                    .filter(|(k, _)| k.0 == company && k.3 == Some(from))
                    .map(|(k, v)| (*k, *v))
                    .collect();
                for (mut k, v) in moved {
                    self.grants.remove(&k);
                    k.3 = Some(to);
                    self.grants.insert(k, v);
                }
                for r in &mut self.revocations {
                    if r.key.0 == company && r.key.3 == Some(from) {
                        r.key.3 = Some(to);
                    }
                }
            }
            A::UnitRemove => {
                let u = n.id(&text(&d, "unit"));
                self.units.remove(&(company, u));
            }
            A::GrantAdd | A::GrantRequest => {
                let k = key(n, &d);
                let live = self.holding(company, person, action == A::GrantAdd);
                self.grants.insert(k, live);
            }
            A::GrantApprove => {
                let k = key(n, &d);
                if let Some(live) = self.grants.get_mut(&k) {
                    live.active = true;
                }
            }
            A::RelationshipEnd => {
                let day = n.id(&text(&d, "ended_on"));
                let r = *self.relationship.entry((company, person)).or_insert(0);
                self.ends.insert((company, person, r), day);
            }
            A::GrantRevoke => {
                let k = key(n, &d);
                self.grants.remove(&k);
                self.revocations.push(Revocation {
                    key: k,
                    on: n.id(&text(&d, "revoked_on")),
                    at: e.at.clone(),
                });
            }
            A::RegistryImport if d["historical"] == Value::Bool(true) => {
                // The load's revocations, all recorded at its instant, stood for their
                // declared days (R8).
                for r in self.revocations.iter_mut().rev() {
                    if r.at != e.at {
                        break;
                    }
                    if let Ok(day) = crate::dates::parse_date(n.name(r.on)) {
                        r.at = crate::dates::start_of(day);
                    }
                }
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
