//! Events the replay does not simply apply but vets against the state before them (R11):
//! the grants the upgrade to 0007 made (R14), which a writer of the file could make again by
//! re-arming the upgrade, and the Region's approval of a change request (R4), which must
//! apply what the trail says was requested, whatever the request's row says by then.

use serde_json::{Map, Value};

use super::{Interner, State};
use crate::catalog::LEGAL_REP;
use crate::ops::events::Action;
use crate::store::audit;

const UPGRADE: &str = "grant made by the upgrade to 0007 that it could not have made (R14, R11)";
const APPROVAL: &str = "approved change differs from the request (R4, R11)";

/// Where the trail stands with respect to the upgrade to 0007.
#[derive(Default)]
pub(crate) struct Upgrade {
    /// An event only a binary of schema 7 or later writes has been seen (or init made the
    /// database at 7 or later): the upgrade is past, or was never needed.
    modern: bool,
    /// Inside the upgrade's block of grants.
    running: bool,
}

/// Actions that only a binary of schema 7 or later writes.
pub const MODERN: &[Action] = &[
    Action::CompanyRequestChange,
    Action::CompanyApproveChange,
    Action::CompanyRejectChange,
    Action::GrantDisableRequest,
    Action::GrantDisable,
    Action::RoleChange,
    Action::PersonUpdate,
    Action::LegacyToCorrect,
    Action::LegacyComplete,
    Action::LegacyList,
];

impl State {
    /// Vets one event before it is applied; each problem goes to `anomalies`.
    pub(super) fn vet(&mut self, e: &audit::Row, action: Action, d: &Value) {
        let by_upgrade = action == Action::GrantAdd && d.get("origin").is_some();
        if by_upgrade {
            self.vet_upgrade(e, d);
            return;
        }
        if self.upgrade.running {
            self.upgrade.running = false;
            self.upgrade.modern = true;
        }
        let lr_grant =
            matches!(action, Action::GrantAdd | Action::GrantRequest) && d["profile"] == LEGAL_REP;
        let made_at_7 =
            action == Action::Init && d["schema_version"].as_u64().is_some_and(|v| v >= 7);
        if lr_grant || made_at_7 || MODERN.contains(&action) {
            self.upgrade.modern = true;
        }
        if action == Action::CompanyApproveChange {
            self.vet_approval(e, d);
        }
    }

    /// A grant the upgrade made: only in one block, before anything a newer binary wrote,
    /// to the company's legal representative as the trail has it, registered, active and
    /// still working for it.
    fn vet_upgrade(&mut self, e: &audit::Row, d: &Value) {
        let company = e.company_cf.as_deref().unwrap_or_default();
        let person = e.person_cf.as_deref().unwrap_or_default();
        let mut wrong = |why: String| {
            self.anomalies.push((
                UPGRADE,
                format!("event {} ({company}, {person}): {why}", e.id),
            ))
        };
        if self.upgrade.modern {
            wrong("the database had been upgraded already (or made upgraded)".into());
        }
        self.upgrade.running = true;
        if d["profile"] != LEGAL_REP || !d["unit"].is_null() {
            wrong("the upgrade gives only LEGALE_RAPPRESENTANTE at group level".into());
        }
        let n: &Interner = &self.names;
        let (Some(c), Some(p)) = (n.get(company), n.get(person)) else {
            return wrong("the company or the person is unknown to the trail".into());
        };
        let latest = self.companies.get(&c).and_then(|v| v.last());
        let (status, rep) = match latest {
            Some(f) => (f["status"].clone(), f["legal_rep_cf"].clone()),
            None => (Value::Null, Value::Null),
        };
        let suspended = self.persons.get(&p).is_none_or(|x| x.suspended.is_some());
        let ended = self
            .relationships
            .get(&(c, p))
            .is_some_and(|rs| !rs.is_empty() && rs.iter().all(|r| r.1.is_some()));
        if status != "approved" || rep != person {
            wrong(format!(
                "the trail has {person} as no legal representative of an approved company"
            ));
        } else if suspended {
            wrong(format!("{person} is not a registered, active person"));
        } else if ended {
            wrong(format!("{person}'s relationship with {company} had ended"));
        }
    }

    /// The Region's approval of a change applies what the trail's request asked: the same
    /// legal representative, and the types as they were with the requested ones added.
    fn vet_approval(&mut self, e: &audit::Row, changes: &Value) {
        let company = e.company_cf.as_deref().unwrap_or_default();
        let empty = Map::new();
        let c = self.names.get(company);
        let request = c
            .and_then(|c| self.pending_changes.get(&c))
            .unwrap_or(&empty);
        let mut out = Vec::new();
        let asked_rep = request.contains_key("legal_rep_cf");
        for k in [
            "legal_rep_cf",
            "legal_rep_family_name",
            "legal_rep_given_name",
        ] {
            let Some(to) = changes.get(k).map(|c| &c["to"]) else {
                continue;
            };
            match request.get(k) {
                _ if !asked_rep => out.push(format!("{k} changed, but no request asked for it")),
                Some(asked) if asked != to => out.push(format!(
                    "{k} became {to}, but the request asked for {asked}"
                )),
                // A name the trail no longer holds (erased, R16) is not compared.
                _ => {}
            }
        }
        if asked_rep && changes.get("legal_rep_cf").is_none() {
            let current = c
                .and_then(|c| self.companies.get(&c))
                .and_then(|v| v.last())
                .map(|f| f["legal_rep_cf"].clone());
            if current.as_ref() != request.get("legal_rep_cf") {
                out.push(format!(
                    "the legal representative stayed {}, but the request asked for {}",
                    current.unwrap_or(Value::Null),
                    request["legal_rep_cf"]
                ));
            }
        }
        if let Some(types) = changes.get("types") {
            let code = |t: &Value| t["type"].as_str().unwrap_or_default().to_string();
            let asked: Vec<Value> = request
                .get("types")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let mut expected: Vec<Value> = types["from"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .filter(|t| !asked.iter().any(|a| code(a) == code(t)))
                .chain(asked.iter().cloned())
                .collect();
            let mut to = types["to"].as_array().cloned().unwrap_or_default();
            expected.sort_by_key(&code);
            to.sort_by_key(&code);
            if expected != to {
                out.push(format!(
                    "the types became {}, but the request asked to add {}",
                    Value::Array(to),
                    Value::Array(asked)
                ));
            }
        }
        for why in out {
            self.anomalies
                .push((APPROVAL, format!("event {} ({company}): {why}", e.id)));
        }
    }
}
