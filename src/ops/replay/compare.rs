//! The replay's comparison of persons, operators, companies and units: the state tables,
//! read row by row, against the state the trail rebuilt; every difference named. Grants and
//! relationships are compared in [`super::grants`].

use anyhow::Result;
use serde_json::{Map, Value, json};

use super::{Person, State};
use crate::store::{Db, company as cstore, person as pstore};

pub(super) type Out = Vec<(&'static str, String)>;

const PERSON: &str = "person differs from the audit trail (R11)";
const OPERATOR: &str = "regional operator differs from the audit trail (R11)";
const COMPANY: &str = "company differs from the audit trail (R11)";
const UNIT: &str = "unit differs from the audit trail (R11)";
const CHANGE: &str = "company change request differs from the audit trail (R11)";

/// A company's pending change request against the one the trail left pending (R4): the
/// types it adds and the legal representative it names, names only where still recorded.
fn pending_change(
    db: &impl Db,
    c: &cstore::Company,
    trail: Option<Map<String, Value>>,
    out: &mut Out,
) -> Result<()> {
    let row = crate::store::change::pending(db, c.id)?;
    let (row, trail) = match (row, trail) {
        (None, None) => return Ok(()),
        (Some(_), None) => {
            out.push((
                CHANGE,
                format!("{} has a change request no event filed", c.cf),
            ));
            return Ok(());
        }
        (None, Some(_)) => {
            out.push((
                CHANGE,
                format!(
                    "{} has a change request awaiting the Region by the trail, but none in the table",
                    c.cf
                ),
            ));
            return Ok(());
        }
        (Some(r), Some(t)) => (r, t),
    };
    let mut is = Map::new();
    if !row.add_types.is_empty() {
        is.insert(
            "types".into(),
            sorted_types(&crate::ops::company::types_json(&row.add_types)),
        );
    }
    if let Some(r) = &row.legal_rep {
        is.insert("legal_rep_cf".into(), json!(r.cf));
        is.insert("legal_rep_family_name".into(), json!(r.family_name));
        is.insert("legal_rep_given_name".into(), json!(r.given_name));
    }
    let keys: std::collections::BTreeSet<&String> = is.keys().chain(trail.keys()).collect();
    for k in keys {
        let says = trail.get(k).map(|v| {
            if k == "types" {
                sorted_types(v)
            } else {
                v.clone()
            }
        });
        let personal = crate::ops::events::PERSONAL.contains(&k.as_str());
        match (is.get(k), says) {
            // A name the trail no longer holds (erased, R16) is not compared.
            (_, None) if personal => {}
            (is, says) if is != says.as_ref() => out.push((
                CHANGE,
                format!(
                    "{}'s pending change: {k} is {}, but the trail says {}",
                    c.cf,
                    is.cloned().unwrap_or(Value::Null),
                    says.unwrap_or(Value::Null)
                ),
            )),
            _ => {}
        }
    }
    Ok(())
}

/// `"x"` for text, `null` for nothing: how a field is named in a difference.
fn shown(v: &Option<String>) -> String {
    v.as_ref()
        .map_or_else(|| "none".to_string(), |s| format!("{s:?}"))
}

/// Each field the trail knows that the row has otherwise, as "field is X, but the trail says Y".
fn person(row: &pstore::Person, trail: &Person, out: &mut Out) {
    let cf = &row.cf;
    let mut differs = |field: &str, is: String, says: String| {
        out.push((
            PERSON,
            format!("{cf}'s {field} is {is}, but the trail says {says}"),
        ));
    };
    let text = [
        ("family name", &trail.family_name, &row.family_name),
        ("given name", &trail.given_name, &row.given_name),
        ("means of first access", &trail.via, &row.via),
        ("first access", &trail.first_access_on, &row.first_access_on),
    ];
    for (field, says, is) in text {
        if let Some(says) = says
            && says != is
        {
            differs(field, format!("{is:?}"), format!("{says:?}"));
        }
    }
    if let Some(says) = &trail.email
        && *says != row.email
    {
        differs("e-mail", shown(&row.email), shown(says));
    }
    match (&trail.suspended, row.suspended()) {
        (None, true) => differs("state", "suspended".into(), "active".into()),
        (Some(_), false) => differs("state", "active".into(), "suspended".into()),
        (Some(Some(reason)), true) if Some(reason) != row.suspended_reason.as_ref() => differs(
            "reason for suspension",
            shown(&row.suspended_reason),
            format!("{reason:?}"),
        ),
        _ => {}
    }
}

/// A company row as the fields its events record, `types` sorted by code.
fn company_fields(db: &impl Db, c: &cstore::Company) -> Result<Map<String, Value>> {
    let types = sorted_types(&crate::ops::company::types_json(&cstore::types(db, c.id)?));
    let requested_by = pstore::by_id(db, c.requested_by)?.cf;
    let Value::Object(m) = json!({
        "name": c.name, "office": c.office, "email": c.email, "pec": c.pec, "phone": c.phone,
        "legal_rep_cf": c.legal_rep_cf, "legal_rep_family_name": c.legal_rep_family_name,
        "legal_rep_given_name": c.legal_rep_given_name, "types": types, "status": c.status,
        "reject_reason": c.reject_reason, "requested_by": requested_by,
    }) else {
        unreachable!("an object literal");
    };
    Ok(m)
}

fn sorted_types(v: &Value) -> Value {
    let mut types = v.as_array().cloned().unwrap_or_default();
    types.sort_by(|a, b| a["type"].as_str().cmp(&b["type"].as_str()));
    Value::Array(types)
}

pub(super) fn compare(db: &impl Db, mut s: State, out: &mut Out) -> Result<()> {
    out.append(&mut s.anomalies);
    super::legacy::compare(db, &mut s.legacy, out)?;
    let n = &s.names;
    pstore::each(db, false, false, |p| {
        let id = n.get(&p.cf);
        match id.and_then(|i| s.persons.remove(&i)) {
            None => out.push((
                PERSON,
                format!("{} is registered, but no event registered them", p.cf),
            )),
            Some(trail) => person(&p, &trail, out),
        }
        let made = id.is_some_and(|i| s.operators.remove(&i));
        if p.operator != made {
            let (is, says) = if p.operator {
                ("is", "the trail says they are not")
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
    let mut persons: Vec<&str> = s.persons.keys().map(|i| n.name(*i)).collect();
    persons.sort_unstable();
    for cf in persons {
        out.push((
            PERSON,
            format!("{cf} was registered by the trail, but is missing"),
        ));
    }
    for cf in &s.operators {
        out.push((
            OPERATOR,
            format!(
                "{} was made a regional operator by the trail, but is not one",
                n.name(*cf)
            ),
        ));
    }
    // Each registration of a code in the order it was made: the trail's in event order.
    let mut rows = cstore::list(db, None)?;
    rows.sort_by_key(|c| c.id);
    for c in rows {
        let id = n.get(&c.cf);
        let trail = id
            .and_then(|i| s.companies.get_mut(&i))
            .filter(|v| !v.is_empty())
            .map(|v| v.remove(0));
        match trail {
            None => out.push((
                COMPANY,
                format!("{} exists, but no event registered it", c.cf),
            )),
            Some(trail) => {
                let row = company_fields(db, &c)?;
                for (field, says) in &trail {
                    let says = if field == "types" {
                        sorted_types(says)
                    } else {
                        says.clone()
                    };
                    let is = row.get(field).cloned().unwrap_or(Value::Null);
                    if is != says {
                        out.push((
                            COMPANY,
                            format!("{}'s {field} is {is}, but the trail says {says}", c.cf),
                        ));
                    }
                }
            }
        }
        // A rejected registration has no request: the code's live one takes the trail's.
        let trail = match c.status.as_str() {
            "rejected" => None,
            _ => id.and_then(|i| s.pending_changes.remove(&i)),
        };
        pending_change(db, &c, trail, out)?;
        for u in cstore::units(db, c.id)? {
            let live = match (id, n.get(&u.name)) {
                (Some(c), Some(u)) => s.units.remove(&(c, u)),
                _ => false,
            };
            if !live {
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
    for c in s.pending_changes.keys() {
        out.push((
            CHANGE,
            format!(
                "{} has a change request awaiting the Region by the trail, but none in the table",
                n.name(*c)
            ),
        ));
    }
    let mut companies: Vec<&str> = s
        .companies
        .iter()
        .flat_map(|(i, v)| v.iter().map(|_| n.name(*i)))
        .collect();
    companies.sort_unstable();
    for cf in companies {
        out.push((
            COMPANY,
            format!("{cf} was registered by the trail, but is missing"),
        ));
    }
    for (c, u) in &s.units {
        out.push((
            UNIT,
            format!(
                "{}'s unit {:?} is live by the trail, but missing or removed",
                n.name(*c),
                n.name(*u)
            ),
        ));
    }
    super::grants::relationships(db, &mut s, out)?;
    super::roles::role_changes(db, &mut s, out)?;
    super::grants::grants(db, &mut s, out)
}
