//! A company's upkeep (R4): its own data changes at once, and so does a type removed; the
//! changes that confer rights (a type added with its register entry, a different legal
//! representative) are requests that a regional operator approves or rejects, as at
//! registration (§5.1), and take effect only then.

use anyhow::{Result, anyhow, bail};
use serde_json::{Map, Value, json};

use super::{give_legal_rep, held_types, legal_rep, types_json};
use crate::catalog::{Catalog, LEGAL_REP};
use crate::ops::events::Event;
use crate::ops::grant::{self, Target};
use crate::ops::{Field, InCompany, actor, allow, find_company, record, refuse, text};
use crate::policy;
use crate::store::change::{self as chstore, NewLegalRep};
use crate::store::company::{self as cstore, Company, Data, Fields, HeldType};
use crate::store::{Session, grant as gstore, person};
use crate::tr;

/// What `company update` was asked to change: `None` keeps a field; an empty PEC or phone
/// clears it; `types` replaces the whole set.
pub struct Update<'a> {
    pub name: Option<&'a str>,
    pub office: Option<&'a str>,
    pub email: Option<&'a str>,
    pub pec: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub legal_rep: Option<super::LegalRep<'a>>,
    /// `--type` and `--register` as typed (both empty: the types stay).
    pub types: &'a [String],
    pub registers: &'a [String],
}

/// What an approved change did: the company, the fields changed, and the legal
/// representative's grant as [`super::give_legal_rep`] left it (None: the legal
/// representative stays).
pub type ChangeApproved = (Company, Vec<String>, Option<Result<person::Person, String>>);

/// What an update did.
pub struct Updated {
    pub company: Company,
    /// The fields changed at once (none: nothing written at once).
    pub fields: Vec<String>,
    /// What now awaits the Region (none: no request filed).
    pub requested: Vec<String>,
    /// Live grants the remaining types no longer allow, each described.
    pub unallowed: Vec<String>,
}

/// The difference of two values, as `{"from": …, "to": …}` under `k`, when they differ.
fn diff(changes: &mut Map<String, Value>, k: &str, old: Value, new: Value) {
    if old != new {
        changes.insert(k.into(), json!({"from": old, "to": new}));
    }
}

/// R4: the legal representative or a group-level administrator changes the company's data;
/// a type added or a different legal representative is filed as a request to the Region.
pub fn update(s: &Session, catalog: &Catalog, cf: &str, u: &Update<'_>) -> Result<Updated> {
    let actor = actor(s)?;
    let c = find_company(s, cf)?;
    let st = crate::ops::standing(s, actor, &c)?;
    allow(
        None,
        policy::manage_company(actor, &st, &c, &tr!("doing-change-data")),
    )?;
    let keep = |v: Option<&str>, field: &str, old: &String| -> Result<String> {
        v.map(|v| text(field, v))
            .transpose()
            .map(|v| v.unwrap_or(old.clone()))
    };
    let clearable =
        |v: Option<&str>, field: &str, old: &Option<String>| -> Result<Option<String>> {
            match v {
                Some(v) if v.trim().is_empty() => Ok(None),
                Some(v) => Ok(Some(text(field, v)?)),
                None => Ok(old.clone()),
            }
        };
    let name = match u.name {
        Some(n) => crate::ops::name("--name", n)?,
        None => c.name.clone(),
    };
    let office = keep(u.office, "--office", &c.office)?;
    let email = keep(u.email, "--email", &c.email)?;
    let pec = clearable(u.pec, "--pec", &c.pec)?;
    let phone = clearable(u.phone, "--phone", &c.phone)?;
    let mut changes = Map::new();
    diff(&mut changes, "name", json!(c.name), json!(name));
    diff(&mut changes, "office", json!(c.office), json!(office));
    diff(&mut changes, "email", json!(c.email), json!(email));
    diff(&mut changes, "pec", json!(c.pec), json!(pec));
    diff(&mut changes, "phone", json!(c.phone), json!(phone));

    // The legal representative: the same person's names change at once; a different
    // person, or a registered one who holds no grant (R14), is a request.
    let (mut rep_family, mut rep_given) = (
        c.legal_rep_family_name.clone(),
        c.legal_rep_given_name.clone(),
    );
    let mut new_rep = None;
    if let Some(r) = &u.legal_rep {
        let (cf, family, given) = legal_rep(s, r)?;
        let lacks_grant = match person::by_cf(s, &cf)? {
            Some(p) => !p.suspended() && !gstore::powers(s, p.id, c.id)?.legal_rep,
            None => false,
        };
        if cf != c.legal_rep_cf || lacks_grant {
            new_rep = Some(NewLegalRep {
                cf,
                family_name: family,
                given_name: given,
            });
        } else {
            (rep_family, rep_given) = (family, given);
        }
    }
    diff(
        &mut changes,
        "legal_rep_family_name",
        json!(c.legal_rep_family_name),
        json!(rep_family),
    );
    diff(
        &mut changes,
        "legal_rep_given_name",
        json!(c.legal_rep_given_name),
        json!(rep_given),
    );

    // Types: one removed goes at once; one added (or with a new register entry) is a request.
    let old = cstore::types(s, c.id)?;
    let (mut kept, mut added) = (old.clone(), Vec::new());
    if !u.types.is_empty() || !u.registers.is_empty() {
        if u.types.is_empty() {
            bail!(tr!("refuse-register-needs-types"));
        }
        let held = held_types(catalog, u.types, u.registers, s.today())?;
        kept.retain(|t| held.iter().any(|h| h.code == t.code));
        // A kept type with a new register entry keeps the old one until the Region approves.
        added = held.into_iter().filter(|h| !old.contains(h)).collect();
        if kept.is_empty() {
            return refuse(
                Field::Company,
                tr!("refuse-change-no-type", company = c.label()),
            );
        }
        diff(&mut changes, "types", types_json(&old), types_json(&kept));
    }

    let mut requested = Vec::new();
    if !added.is_empty() || new_rep.is_some() {
        if let Some(p) = chstore::pending(s, c.id)? {
            return refuse(
                Field::Company,
                tr!(
                    "refuse-change-pending",
                    company = c.label(),
                    since = p.requested_at,
                    cf = c.cf
                ),
            );
        }
        if !c.approved() {
            return refuse(
                Field::Company,
                tr!(
                    "refuse-change-not-approved",
                    company = c.label(),
                    status = c.status
                ),
            );
        }
        chstore::request(s, c.id, &added, new_rep.as_ref(), actor.id)?;
        let mut d = Map::new();
        if !added.is_empty() {
            d.insert("types".into(), types_json(&added));
            requested.extend(
                added
                    .iter()
                    .map(|t| tr!("change-requested-type", code = t.code)),
            );
        }
        if let Some(r) = &new_rep {
            d.insert("legal_rep_cf".into(), json!(r.cf));
            d.insert("legal_rep_family_name".into(), json!(r.family_name));
            d.insert("legal_rep_given_name".into(), json!(r.given_name));
            requested.push(tr!("change-requested-legal-rep", cf = r.cf));
        }
        record(
            s,
            Event::CompanyRequestChange {
                company: &c.cf,
                details: d,
            },
        )?;
    }

    let unallowed = unallowed(s, catalog, &c, &kept)?;
    if changes.contains_key("types") {
        cstore::set_types(s, c.id, &kept)?;
    }
    let fields: Vec<String> = changes.keys().cloned().collect();
    if !changes.is_empty() {
        cstore::update(
            s,
            c.id,
            &Fields {
                data: Data {
                    name: &name,
                    office: &office,
                    email: &email,
                    pec: pec.as_deref(),
                    phone: phone.as_deref(),
                },
                legal_rep_cf: &c.legal_rep_cf,
                legal_rep_family_name: &rep_family,
                legal_rep_given_name: &rep_given,
            },
        )?;
        record(
            s,
            Event::CompanyUpdate {
                company: &c.cf,
                changes,
            },
        )?;
    }
    Ok(Updated {
        company: c,
        fields,
        requested,
        unallowed,
    })
}

/// The live grants of a company that its types no longer allow (R4: listed until revoked).
fn unallowed(
    s: &Session,
    catalog: &Catalog,
    c: &Company,
    types: &[HeldType],
) -> Result<Vec<String>> {
    let codes: Vec<&str> = types.iter().map(|h| h.code.as_str()).collect();
    Ok(gstore::of_company(s, c.id, None, None, true)?
        .into_iter()
        .filter(|g| {
            catalog
                .profile(&g.profile)
                .map(|p| !p.eligible(codes.iter().copied()))
                .unwrap_or(true)
        })
        .map(|g| format!("{} {}", g.person_cf, crate::ops::describe(&g)))
        .collect())
}

/// The company's pending request, or a refusal.
fn pending(s: &Session, c: &Company) -> Result<chstore::Change> {
    chstore::pending(s, c.id)?
        .ok_or_else(|| anyhow!(tr!("refuse-no-pending-change", company = c.label())))
}

/// R4, R14: a regional operator approves a company's pending request: the types are added,
/// the legal representative changes, the previous one's grant is revoked and the new one
/// receives it. Returns the company, the fields changed, and the legal representative's
/// grant as [`super::give_legal_rep`] left it (None: the legal representative stays).
pub fn approve_change(s: &Session, catalog: &Catalog, cf: &str) -> Result<ChangeApproved> {
    let actor = actor(s)?;
    let mut c = find_company(s, cf)?;
    allow(None, policy::operator(actor, &tr!("doing-approve-changes")))?;
    let p = pending(s, &c)?;
    let mut changes = Map::new();
    if !p.add_types.is_empty() {
        let old = cstore::types(s, c.id)?;
        let mut new: Vec<HeldType> = old
            .iter()
            .filter(|t| !p.add_types.iter().any(|a| a.code == t.code))
            .cloned()
            .collect();
        new.extend(p.add_types.iter().cloned());
        catalog
            .check_types(&new)
            .map_err(|e| anyhow!(tr!("refuse-change-unapprovable", e = e)))?;
        cstore::set_types(s, c.id, &new)?;
        diff(&mut changes, "types", types_json(&old), types_json(&new));
    }
    if let Some(r) = &p.legal_rep {
        diff(
            &mut changes,
            "legal_rep_cf",
            json!(c.legal_rep_cf),
            json!(r.cf),
        );
        diff(
            &mut changes,
            "legal_rep_family_name",
            json!(c.legal_rep_family_name),
            json!(r.family_name),
        );
        diff(
            &mut changes,
            "legal_rep_given_name",
            json!(c.legal_rep_given_name),
            json!(r.given_name),
        );
        c.legal_rep_cf = r.cf.clone();
        c.legal_rep_family_name = r.family_name.clone();
        c.legal_rep_given_name = r.given_name.clone();
        cstore::update(
            s,
            c.id,
            &Fields {
                data: Data {
                    name: &c.name,
                    office: &c.office,
                    email: &c.email,
                    pec: c.pec.as_deref(),
                    phone: c.phone.as_deref(),
                },
                legal_rep_cf: &c.legal_rep_cf,
                legal_rep_family_name: &c.legal_rep_family_name,
                legal_rep_given_name: &c.legal_rep_given_name,
            },
        )?;
    }
    chstore::decide(s, p.id, actor.id, None)?;
    let fields: Vec<String> = changes.keys().cloned().collect();
    record(
        s,
        Event::CompanyApproveChange {
            company: &c.cf,
            changes,
        },
    )?;
    let here = InCompany::load(s, actor, c)?;
    let rep = match &p.legal_rep {
        None => None,
        Some(r) => {
            let others = gstore::of_company(s, here.company.id, None, Some(LEGAL_REP), true)?;
            let targets: Vec<Target<'_>> = others
                .iter()
                .filter(|g| g.person_cf != r.cf)
                .map(Target::from)
                .collect();
            let today = s.today().to_string();
            let reason =
                "another person became the legal representative (change approved by the Region)";
            grant::revoke(s, here.at(), &targets, &today, reason)?;
            Some(give_legal_rep(s, catalog, here.at(), &r.cf)?)
        }
    };
    Ok((here.company, fields, rep))
}

/// R4: a regional operator rejects a company's pending request, with the reason.
pub fn reject_change(s: &Session, cf: &str, reason: &str) -> Result<Company> {
    let actor = actor(s)?;
    let c = find_company(s, cf)?;
    allow(None, policy::operator(actor, &tr!("doing-reject-changes")))?;
    let p = pending(s, &c)?;
    chstore::decide(s, p.id, actor.id, Some(reason))?;
    record(
        s,
        Event::CompanyRejectChange {
            company: &c.cf,
            reason,
        },
    )?;
    Ok(c)
}
