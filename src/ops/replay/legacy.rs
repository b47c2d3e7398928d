//! The replay of the legacy accounts listed for correction (R13, case b): the listing each
//! `legacy.to-correct` event recorded, closed by `legacy.complete`, against the table an
//! operator completes accounts from (a name edited there would be registered).

use anyhow::Result;
use serde_json::{Map, Value, json};

use super::State;
use super::compare::Out;
use crate::store::{Db, legacy as lstore};

const LEGACY: &str = "legacy account to correct differs from the audit trail (R11)";

impl State {
    /// An account listed for correction, or its listing brought up to date.
    pub(super) fn list_legacy(&mut self, d: &Value) {
        let Some(user) = d["username"].as_str() else {
            return;
        };
        let mut m = d.as_object().cloned().unwrap_or_default();
        m.remove("username");
        m.insert("completed_cf".into(), Value::Null);
        self.legacy.insert(user.to_string(), m);
    }

    /// An account completed with a valid code.
    pub(super) fn complete_legacy(&mut self, d: &Value, cf: Option<&str>) {
        if let Some(m) = d["username"].as_str().and_then(|u| self.legacy.get_mut(u)) {
            m.insert("completed_cf".into(), json!(cf));
        }
    }
}

/// Each listing in the table against the trail's; one the trail never made, or lost.
pub(super) fn compare(
    db: &impl Db,
    trail: &mut std::collections::BTreeMap<String, Map<String, Value>>,
    out: &mut Out,
) -> Result<()> {
    lstore::each_pending(db, |p| {
        let Some(says) = trail.remove(&p.username) else {
            out.push((
                LEGACY,
                format!("{} is listed, but no event listed it", p.username),
            ));
            return Ok(());
        };
        let is = json!({
            "cf": p.cf, "family_name": p.family_name, "given_name": p.given_name,
            "email": p.email, "country": p.country, "reason": p.reason,
            "completed_cf": p.completed_cf,
        });
        for (k, v) in &says {
            // A field the event never carried, or whose personal part was erased (R16).
            if is.get(k).is_some_and(|i| i != v) {
                out.push((
                    LEGACY,
                    format!("{}'s {k} is {}, but the trail says {v}", p.username, is[k]),
                ));
            }
        }
        Ok(())
    })?;
    for user in trail.keys() {
        out.push((
            LEGACY,
            format!("{user} was listed by the trail, but is missing"),
        ));
    }
    Ok(())
}
