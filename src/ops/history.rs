//! A person's history (issue 15): every change recorded about them in every company, in
//! the order it was recorded, read from the audit trail, with who made it (the person on
//! whose authority and the login that entered it) and both times (R8): the day declared and
//! the instant recorded.

use anyhow::Result;
use serde::Serialize;
use serde_json::Value;

use super::events::Read;
use crate::store::{Db, audit};

/// One change in a person's history: the columns of `person history` (stable for CSV and
/// JSON).
#[derive(Debug, Serialize, Default)]
pub struct Step {
    /// The audit event's number: the order of recording.
    pub event: i64,
    /// The instant recorded, and its day in Italy.
    pub recorded_at: String,
    pub recorded_on: String,
    /// The day the change declares (`--on`, a registry row's date), when it declares one.
    pub declared_on: Option<String>,
    pub action: String,
    pub company_cf: Option<String>,
    pub profile: Option<String>,
    pub unit: Option<String>,
    /// Who acted (`--as`) and the login that entered it.
    pub actor_cf: Option<String>,
    pub login: Option<String>,
    /// The reason or note given (kept unless erased, R16), or what else the event says.
    pub detail: Option<String>,
}

/// The keys of the days a change declares, the most telling first.
const DECLARED: &[&str] = &[
    "ended_on",
    "revoked_on",
    "changed_on",
    "granted_on",
    "first_access_on",
];

fn text(d: &Value, key: &str) -> Option<String> {
    d.get(key).and_then(Value::as_str).map(str::to_string)
}

/// What else an event says, in a few words.
fn detail(action: &str, d: &Value) -> Option<String> {
    let reason = text(d, "reason").or_else(|| text(d, "note"));
    let n = |k: &str| d.get(k).and_then(Value::as_u64).unwrap_or(0);
    let list = |k: &str| {
        d.get(k).and_then(Value::as_array).map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    use super::events::Action as A;
    match A::of(action) {
        Some(A::PersonSuspend) => Some(format!(
            "{}; {} grant(s) revoked",
            reason.as_deref().unwrap_or("(reason erased)"),
            n("grants_revoked")
        )),
        Some(A::RelationshipEnd) => {
            text(d, "revoke_by").map(|by| format!("grants to be revoked by {by}"))
        }
        Some(A::GrantConfirm) => list("grants").map(|g| format!("confirmed: {g}")),
        Some(A::GrantRequest) => Some("awaiting the Region's approval".into()),
        Some(A::PersonUpdate) => list("fields").map(|f| format!("corrected: {f}")),
        Some(A::PersonRegister) => text(d, "via").map(|v| format!("first access via {v}")),
        Some(A::LoginBind | A::LoginUnbind) => text(d, "login").map(|l| format!("login {l}")),
        _ => reason.or_else(|| text(d, "origin")),
    }
}

/// The person's history, oldest first, handed to `each` one step at a time. Reads of their
/// data (the traces of `person history` itself) are not changes and are left out.
pub fn each(db: &impl Db, cf: &str, mut each: impl FnMut(Step) -> Result<()>) -> Result<()> {
    audit::each_about(db, cf, |r| {
        if Read::traces(&r.action) {
            return Ok(());
        }
        let d: Value = serde_json::from_str(&r.details).unwrap_or(Value::Null);
        each(Step {
            event: r.id,
            recorded_on: crate::dates::day_of_stamp(&r.at),
            declared_on: DECLARED.iter().find_map(|k| text(&d, k)),
            profile: text(&d, "profile"),
            unit: text(&d, "unit"),
            detail: detail(&r.action, &d),
            recorded_at: r.at,
            action: r.action,
            company_cf: r.company_cf,
            actor_cf: r.actor_cf,
            login: r.login,
        })
    })
}
