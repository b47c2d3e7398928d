//! Companies: registration (R2), the Region's verification (R3), and the upkeep of their
//! data by their administrators (R4).

use anyhow::{Context, Result, anyhow, bail};
use serde_json::{Map, Value, json};

use super::events::{CompanyRegistered, Event};
use super::grant::{self, NewGrant};
use super::{InCompany, actor, allow, find_company, person_cf, record, text};
use crate::catalog::{ADMIN, Catalog};
use crate::dates::parse_date;
use crate::policy::{self, Scope};
use crate::store::company::{self as cstore, Company, Data, Fields, HeldType, Register};
use crate::store::{Session, grant as gstore, person};

/// Parses `CODE=NAME:NUMBER:DATE` (the name may itself contain colons).
pub fn parse_register(s: &str) -> Result<(String, Register)> {
    let bad = || {
        anyhow!(
            "--register '{s}' is not CODE=NAME:NUMBER:DATE (for example CONSULENTE_LAVORO=Albo CZ:1234:2010-05-04)"
        )
    };
    let (code, rest) = s.split_once('=').ok_or_else(bad)?;
    let mut parts = rest.rsplitn(3, ':');
    let date = parts.next().ok_or_else(bad)?;
    let number = parts.next().ok_or_else(bad)?;
    let name = parts.next().ok_or_else(bad)?;
    let date = parse_date(date).map_err(|e| anyhow!("--register {}: {e}", code.trim()))?;
    Ok((
        code.trim().to_ascii_uppercase(),
        Register {
            name: text("register name", name)?,
            number: text("register number", number)?,
            date: date.to_string(),
        },
    ))
}

/// R2: the held types from `--type` and `--register`, checked against the catalog.
pub fn held_types(
    catalog: &Catalog,
    types: &[String],
    registers: &[String],
) -> Result<Vec<HeldType>> {
    let mut held: Vec<HeldType> = types
        .iter()
        .map(|t| {
            catalog
                .company_type(t)
                .map(|info| HeldType {
                    code: info.code.clone(),
                    register: None,
                })
                .map_err(|e| anyhow!(e))
        })
        .collect::<Result<_>>()?;
    for r in registers {
        let (code, reg) = parse_register(r)?;
        let slot = held.iter_mut().find(|h| h.code == code).ok_or_else(|| {
            anyhow!("--register names {code}, which is not among the --type given")
        })?;
        slot.register = Some(reg);
    }
    catalog.check_types(&held).map_err(|e| anyhow!(e))?;
    Ok(held)
}

/// The legal representative as named: a registered person's code, or a code with names.
pub struct LegalRep<'a> {
    pub cf: &'a str,
    pub family_name: Option<&'a str>,
    pub given_name: Option<&'a str>,
}

/// The legal representative's code and names: from the person register, or as given.
fn legal_rep(s: &Session, r: &LegalRep<'_>) -> Result<(String, String, String)> {
    let cf = person_cf(r.cf).context("--legal-rep")?;
    if let Some(p) = person::by_cf(s, cf.as_str())? {
        return Ok((p.cf, p.family_name, p.given_name));
    }
    match (r.family_name, r.given_name) {
        (Some(f), Some(g)) => Ok((
            cf.into_string(),
            super::name("--legal-rep-family-name", f)?,
            super::name("--legal-rep-given-name", g)?,
        )),
        _ => bail!(
            "the legal representative {cf} is not a registered person: give their names with \
             --legal-rep-family-name and --legal-rep-given-name"
        ),
    }
}

/// A company's types as its events record them.
pub(super) fn types_json(held: &[HeldType]) -> Value {
    held.iter()
        .map(|h| match &h.register {
            Some(r) => {
                json!({"type": h.code, "register": r.name, "number": r.number, "date": r.date})
            }
            None => json!({"type": h.code}),
        })
        .collect()
}

/// R2: the acting person registers a company, pending verification, with its first unit.
pub fn register(
    s: &Session,
    cf: &str,
    d: &Data<'_>,
    rep: &LegalRep<'_>,
    held: &[HeldType],
    unit: &str,
) -> Result<()> {
    let actor = actor(s)?;
    if let Some(c) = cstore::by_cf(s, cf)? {
        bail!(
            "a company with fiscal code {cf} is already registered ({}, {}); nothing changed",
            c.name,
            c.status
        );
    }
    let (rep_cf, rep_family, rep_given) = legal_rep(s, rep)?;
    let fields = Fields {
        data: *d,
        legal_rep_cf: &rep_cf,
        legal_rep_family_name: &rep_family,
        legal_rep_given_name: &rep_given,
    };
    let id = cstore::insert(s, cf, &fields, actor.id)?;
    cstore::set_types(s, id, held)?;
    cstore::add_unit(s, id, unit)?;
    record(
        s,
        Event::CompanyRegister {
            company: cf,
            details: CompanyRegistered {
                data: *d,
                legal_rep_cf: &rep_cf,
                types: types_json(held),
                unit,
                legal_rep_family_name: &rep_family,
                legal_rep_given_name: &rep_given,
            },
        },
    )
}

fn pending(c: &Company) -> Result<()> {
    if c.status != "pending" {
        bail!(
            "{} is already {}: only a pending company can be verified; nothing changed",
            c.label(),
            c.status
        );
    }
    Ok(())
}

/// R3: a regional operator approves a pending company; its requester becomes the first
/// group-level administrator. Returns the company and the requester, for the message.
pub fn approve(s: &Session, catalog: &Catalog, cf: &str) -> Result<(Company, person::Person)> {
    let actor = actor(s)?;
    let mut c = find_company(s, cf)?;
    allow(None, policy::operator(actor, "approve companies"))?;
    pending(&c)?;
    let requester = person::by_id(s, c.requested_by)?;
    cstore::decide(s, c.id, "approved", actor.id, None)?;
    c.status = "approved".into();
    record(
        s,
        Event::CompanyApprove {
            company: &c.cf,
            first_administrator: &requester.cf,
        },
    )?;
    let here = InCompany::load(s, actor, c)?;
    let today = s.today().to_string();
    let g = NewGrant {
        person: &requester,
        profile: catalog.profile(ADMIN).map_err(|e| anyhow!(e))?,
        scope: Scope::Group,
        on: &today,
        attested: false,
    };
    grant::first_administrator(s, here.at(), &g).context(
        "the requester cannot become the first administrator; reject the company instead",
    )?;
    Ok((here.company, requester))
}

/// R3: a regional operator rejects a pending company, with the reason.
pub fn reject(s: &Session, cf: &str, reason: &str) -> Result<Company> {
    let actor = actor(s)?;
    let c = find_company(s, cf)?;
    allow(None, policy::operator(actor, "reject companies"))?;
    pending(&c)?;
    cstore::decide(s, c.id, "rejected", actor.id, Some(reason))?;
    record(
        s,
        Event::CompanyReject {
            company: &c.cf,
            reason,
        },
    )?;
    Ok(c)
}

/// What `company update` was asked to change: `None` keeps a field; an empty PEC or phone
/// clears it; `types` replaces the whole set.
pub struct Update<'a> {
    pub name: Option<&'a str>,
    pub office: Option<&'a str>,
    pub email: Option<&'a str>,
    pub pec: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub legal_rep: Option<LegalRep<'a>>,
    /// `--type` and `--register` as typed (both empty: the types stay).
    pub types: &'a [String],
    pub registers: &'a [String],
}

/// R4: the legal representative or a group-level administrator changes the company's data.
/// Returns the company and the names of the fields changed (none: nothing written).
pub fn update(
    s: &Session,
    catalog: &Catalog,
    cf: &str,
    u: &Update<'_>,
) -> Result<(Company, Vec<String>)> {
    let actor = actor(s)?;
    let c = find_company(s, cf)?;
    let st = super::standing(s, actor, &c)?;
    allow(
        None,
        policy::manage_company(actor, &st, &c, "change the data"),
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
        Some(n) => super::name("--name", n)?,
        None => c.name.clone(),
    };
    let office = keep(u.office, "--office", &c.office)?;
    let email = keep(u.email, "--email", &c.email)?;
    let pec = clearable(u.pec, "--pec", &c.pec)?;
    let phone = clearable(u.phone, "--phone", &c.phone)?;
    let (rep_cf, rep_family, rep_given) = match &u.legal_rep {
        Some(r) => legal_rep(s, r)?,
        None => (
            c.legal_rep_cf.clone(),
            c.legal_rep_family_name.clone(),
            c.legal_rep_given_name.clone(),
        ),
    };
    let mut changes = Map::new();
    let mut diff = |k: &str, old: Value, new: Value| {
        if old != new {
            changes.insert(k.into(), json!({"from": old, "to": new}));
        }
    };
    diff("name", json!(c.name), json!(name));
    diff("office", json!(c.office), json!(office));
    diff("email", json!(c.email), json!(email));
    diff("pec", json!(c.pec), json!(pec));
    diff("phone", json!(c.phone), json!(phone));
    diff("legal_rep_cf", json!(c.legal_rep_cf), json!(rep_cf));
    diff(
        "legal_rep_family_name",
        json!(c.legal_rep_family_name),
        json!(rep_family),
    );
    diff(
        "legal_rep_given_name",
        json!(c.legal_rep_given_name),
        json!(rep_given),
    );
    if !u.types.is_empty() || !u.registers.is_empty() {
        if u.types.is_empty() {
            bail!("--register needs the full set of --type it belongs to");
        }
        let held = &held_types(catalog, u.types, u.registers)?;
        let old = cstore::types(s, c.id)?;
        if *held != old {
            let codes: Vec<&str> = held.iter().map(|h| h.code.as_str()).collect();
            let broken: Vec<String> = gstore::of_company(s, c.id, None, None, true)?
                .into_iter()
                .filter(|g| {
                    catalog
                        .profile(&g.profile)
                        .map(|p| !p.eligible(codes.iter().copied()))
                        .unwrap_or(true)
                })
                .map(|g| format!("{} {}", g.person_cf, g.describe()))
                .collect();
            if !broken.is_empty() {
                bail!(
                    "the new types would leave live grants without an eligible type; revoke them first: {}",
                    broken.join("; ")
                );
            }
            cstore::set_types(s, c.id, held)?;
            diff("types", types_json(&old), types_json(held));
        }
    }
    if changes.is_empty() {
        return Ok((c, Vec::new()));
    }
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
            legal_rep_cf: &rep_cf,
            legal_rep_family_name: &rep_family,
            legal_rep_given_name: &rep_given,
        },
    )?;
    let fields: Vec<String> = changes.keys().cloned().collect();
    record(
        s,
        Event::CompanyUpdate {
            company: &c.cf,
            changes,
        },
    )?;
    Ok((c, fields))
}
