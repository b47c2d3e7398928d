//! One event applied to the replayed state: what each kind of change did to the tables.

use anyhow::Result;
use serde_json::Value;

use super::{Dated, Interner, Key, Live, Person, Revocation, State};
use crate::ops::events::Action;
use crate::store::audit;

fn text(d: &Value, k: &str) -> String {
    d[k].as_str().unwrap_or_default().to_string()
}

/// A field the event may not carry: None when absent (never recorded, or erased).
fn known(d: &Value, k: &str) -> Option<String> {
    d.get(k).and_then(Value::as_str).map(str::to_string)
}

/// A field that may be null: None when absent, Some(None) when recorded as null.
fn nullable(d: &Value, k: &str) -> Option<Option<String>> {
    d.get(k).map(|v| v.as_str().map(str::to_string))
}

/// The first instant of a day in Italy, for a historical load's declared days (R8).
fn start_of(n: &Interner, day: u32) -> Option<String> {
    crate::dates::parse_date(n.name(day))
        .ok()
        .map(crate::dates::start_of)
}

/// The company fields a registration or an update records, by column name.
const COMPANY_FIELDS: &[&str] = &[
    "name",
    "office",
    "email",
    "pec",
    "phone",
    "legal_rep_cf",
    "legal_rep_family_name",
    "legal_rep_given_name",
    "types",
];

impl State {
    /// The relationship a new grant of this pair rests on: the open one, or a new one
    /// starting on the grant's day (R8).
    fn holding(&mut self, company: u32, person: u32, started: Dated) -> u32 {
        let rs = self.relationships.entry((company, person)).or_default();
        if !matches!(rs.last(), Some((_, None))) {
            rs.push((started, None));
        }
        u32::try_from(rs.len() - 1).expect("fewer than 4 billion relationships a pair")
    }

    /// Applies one event; false if lpt does not write its action.
    pub(super) fn apply(&mut self, e: &audit::Row) -> Result<bool> {
        let Some(action) = Action::of(&e.action) else {
            return Ok(false);
        };
        let d: Value = serde_json::from_str(&e.details)?;
        self.vet(e, action, &d);
        let at = self.names.id(&e.at);
        while self.historical.first().is_some_and(|r| r.1 < e.id) {
            self.historical.remove(0);
        }
        let historical = self.historical.first().is_some_and(|r| r.0 <= e.id);
        let n = &mut self.names;
        // The instant a declared day was recorded at: the event's, or in a historical load
        // the day's first instant in Italy (R8).
        let recorded = |n: &mut Interner, day: &str| -> Dated {
            let day = n.id(day);
            match historical.then(|| start_of(n, day)).flatten() {
                Some(s) => (day, n.id(&s)),
                None => (day, at),
            }
        };
        let company = n.id(e.company_cf.as_deref().unwrap_or_default());
        let person = n.id(e.person_cf.as_deref().unwrap_or_default());
        let key = |n: &mut Interner, d: &Value| -> Key {
            let unit = d["unit"].as_str().map(|u| n.id(u));
            (company, person, n.id(&text(d, "profile")), unit)
        };
        use Action as A;
        match action {
            A::Init | A::PersonRegister => {
                self.persons.insert(
                    person,
                    Person {
                        family_name: known(&d, "family_name"),
                        given_name: known(&d, "given_name"),
                        email: nullable(&d, "email"),
                        via: known(&d, "via"),
                        first_access_on: known(&d, "first_access_on"),
                        suspended: None,
                    },
                );
                if action == A::Init {
                    self.operators.insert(person);
                }
            }
            A::PersonSuspend => {
                if let Some(p) = self.persons.get_mut(&person) {
                    p.suspended = Some(known(&d, "reason"));
                }
            }
            A::PersonReinstate => {
                if let Some(p) = self.persons.get_mut(&person) {
                    p.suspended = None;
                }
            }
            A::PersonUpdate => {
                // Each field changed takes its new value; one whose personal part is erased
                // (R16) is unknown from then on.
                if let Some(p) = self.persons.get_mut(&person) {
                    for f in d["fields"].as_array().into_iter().flatten() {
                        let to = d.get(f.as_str().unwrap_or_default()).map(|c| &c["to"]);
                        let text = to.and_then(Value::as_str).map(str::to_string);
                        match f.as_str() {
                            Some("family_name") => p.family_name = text,
                            Some("given_name") => p.given_name = text,
                            Some("email") => p.email = to.map(|_| text),
                            _ => {}
                        }
                    }
                }
            }
            A::OperatorAdd => {
                self.operators.insert(person);
            }
            A::OperatorRemove => {
                self.operators.remove(&person);
            }
            A::CompanyRegister => {
                let mut fields = serde_json::Map::new();
                for k in COMPANY_FIELDS {
                    if let Some(v) = d.get(*k) {
                        fields.insert((*k).to_string(), v.clone());
                    }
                }
                // Who registered it: its first administrator once approved (R3).
                fields.insert("requested_by".into(), e.actor_cf.clone().into());
                fields.insert("status".into(), "pending".into());
                fields.insert("reject_reason".into(), Value::Null);
                // A rejected registration registered again: its units went with it (R2).
                let registrations = self.companies.entry(company).or_default();
                if !registrations.is_empty() {
                    let units = (company, 0)..(company + 1, 0);
                    let gone: Vec<_> = self.units.range(units).copied().collect();
                    for u in gone {
                        self.units.remove(&u);
                    }
                }
                registrations.push(fields);
                let u = n.id(&text(&d, "unit"));
                self.units.insert((company, u));
            }
            A::CompanyApprove | A::CompanyReject => {
                // The first administrator's grant is its own event, which follows.
                if let Some(c) = self.company(company) {
                    let approved = action == A::CompanyApprove;
                    c.insert(
                        "status".into(),
                        if approved { "approved" } else { "rejected" }.into(),
                    );
                    match d.get("reason") {
                        Some(r) => c.insert("reject_reason".into(), r.clone()),
                        None if approved => None,
                        None => c.shift_remove("reject_reason"),
                    };
                }
            }
            A::LegacyToCorrect => self.list_legacy(&d),
            A::LegacyComplete => self.complete_legacy(&d, e.person_cf.as_deref()),
            A::CompanyRequestChange => {
                if let Some(d) = d.as_object() {
                    self.pending_changes.insert(company, d.clone());
                }
            }
            A::CompanyRejectChange => {
                self.pending_changes.remove(&company);
            }
            // An approved change applies as an update does (R4).
            A::CompanyUpdate | A::CompanyApproveChange => {
                if action == A::CompanyApproveChange {
                    self.pending_changes.remove(&company);
                }
                if let (Some(changes), Some(c)) = (d.as_object(), self.company(company)) {
                    for (k, change) in changes {
                        c.insert(k.clone(), change["to"].clone());
                    }
                }
            }
            A::UnitAdd => {
                let u = n.id(&text(&d, "unit"));
                self.units.insert((company, u));
            }
            A::UnitRename => {
                let (from, to) = (n.id(&text(&d, "from")), n.id(&text(&d, "to")));
                self.rename_unit(company, from, to);
            }
            A::UnitRemove => {
                let u = n.id(&text(&d, "unit"));
                self.units.remove(&(company, u));
            }
            A::GrantAdd | A::GrantRequest => {
                let k = key(n, &d);
                let granted = recorded(n, &text(&d, "granted_on"));
                let relationship = self.holding(company, person, granted);
                let live = Live {
                    granted,
                    data_processing_authorised: d["data_processing_authorised"].as_bool(),
                    approved_at: (action == A::GrantAdd).then_some(granted.1),
                    confirmed: None,
                    disable_requested: None,
                    relationship,
                };
                self.grants.insert(k, live);
            }
            A::GrantApprove => {
                let k = key(n, &d);
                if let Some(live) = self.grants.get_mut(&k) {
                    live.approved_at = Some(at);
                }
            }
            A::GrantConfirm => {
                // Every active grant of the person in the company, confirmed today (R12).
                let day = n.id(&crate::dates::day_of_stamp(&e.at));
                let pair = (company, person, 0, None)..(company, person + 1, 0, None);
                for live in self.grants.range_mut(pair).map(|(_, v)| v) {
                    if live.approved_at.is_some() {
                        live.confirmed = Some((day, at));
                    }
                }
            }
            A::RelationshipEnd => {
                let ended = recorded(n, &text(&d, "ended_on"));
                if let Some(last) = self
                    .relationships
                    .get_mut(&(company, person))
                    .and_then(|rs| rs.last_mut())
                {
                    last.1 = Some(ended);
                }
            }
            A::GrantDisableRequest => {
                // R7: the grant stays active; the request waits on it.
                let k = key(n, &d);
                let requested = recorded(n, &text(&d, "revoked_on"));
                if let Some(live) = self.grants.get_mut(&k) {
                    live.disable_requested = Some(requested);
                }
            }
            A::RoleChange => self.role_changes.push(super::RoleChange {
                company: n.name(company).to_string(),
                person: n.name(person).to_string(),
                changed_on: text(&d, "changed_on"),
                at: e.at.clone(),
                by: e.actor_cf.clone(),
                note: known(&d, "note"),
            }),
            // A regional operator's approval of a request to disable revokes as a revocation.
            A::GrantRevoke | A::GrantDisable => {
                let k = key(n, &d);
                let revoked = recorded(n, &text(&d, "revoked_on"));
                if let Some(grant) = self.grants.remove(&k) {
                    self.revocations.push(Revocation {
                        key: k,
                        grant,
                        revoked,
                    });
                }
            }
            // Reads, exports, legacy accounts kept aside (not a state table the replay
            // rebuilds) and logins (replayed by `ops::login::check`).
            _ => {}
        }
        Ok(true)
    }

    /// The latest registration of a company code.
    fn company(&mut self, company: u32) -> Option<&mut serde_json::Map<String, Value>> {
        self.companies.get_mut(&company).and_then(|v| v.last_mut())
    }

    /// A unit renamed: its grants and revocations follow it.
    fn rename_unit(&mut self, company: u32, from: u32, to: u32) {
        self.units.remove(&(company, from));
        self.units.insert((company, to));
        let moved: Vec<Key> = self
            .grants
            .range((company, 0, 0, None)..(company + 1, 0, 0, None))
            .filter(|(k, _)| k.3 == Some(from))
            .map(|(k, _)| *k)
            .collect();
        for k in moved {
            if let Some(v) = self.grants.remove(&k) {
                self.grants.insert((k.0, k.1, k.2, Some(to)), v);
            }
        }
        for r in &mut self.revocations {
            if r.key.0 == company && r.key.3 == Some(from) {
                r.key.3 = Some(to);
            }
        }
    }
}
