//! Companies: registration (R2), the Region's verification (R3), and the upkeep of their
//! data by their administrators (R4).

use anyhow::{Context, Result, anyhow, bail};
use serde_json::{Value, json};

mod change;

pub use change::{Update, approve_change, reject_change, update};

use super::events::{CompanyRegistered, Event};
use super::grant::{self, NewGrant};
use super::{At, InCompany, actor, allow, find_company, person_cf, record, text};
use crate::catalog::{ADMIN, Catalog, LEGAL_REP};
use crate::dates::parse_date;
use crate::policy::{self, Scope};
use crate::store::company::{self as cstore, Company, Data, Fields, HeldType, Register};
use crate::store::{Session, person};
use crate::tr;

/// Parses `CODE=NAME:NUMBER:DATE` (the name may itself contain colons).
pub fn parse_register(s: &str) -> Result<(String, Register)> {
    let bad = || anyhow!(tr!("refuse-register-format", s = s));
    let (code, rest) = s.split_once('=').ok_or_else(bad)?;
    let mut parts = rest.rsplitn(3, ':');
    let date = parts.next().ok_or_else(bad)?;
    let number = parts.next().ok_or_else(bad)?;
    let name = parts.next().ok_or_else(bad)?;
    let date = parse_date(date)
        .map_err(|e| anyhow!(tr!("refuse-register-date", code = code.trim(), e = e)))?;
    Ok((
        code.trim().to_ascii_uppercase(),
        Register {
            name: text(&tr!("field-register-name"), name)?,
            number: text(&tr!("field-register-number"), number)?,
            date: date.to_string(),
        },
    ))
}

/// R2: the held types from `--type` and `--register`, checked against the catalog.
pub fn held_types(
    catalog: &Catalog,
    types: &[String],
    registers: &[String],
    today: chrono::NaiveDate,
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
        if reg.date.as_str() > today.to_string().as_str() {
            bail!(tr!(
                "refuse-register-future",
                code = code,
                date = reg.date,
                today = today
            ));
        }
        let slot = held
            .iter_mut()
            .find(|h| h.code == code)
            .ok_or_else(|| anyhow!(tr!("refuse-register-no-type", code = code)))?;
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
pub(super) fn legal_rep(s: &Session, r: &LegalRep<'_>) -> Result<(String, String, String)> {
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
        _ => bail!(tr!("refuse-legal-rep-unregistered", cf = cf)),
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
    let rejected = match cstore::by_cf(s, cf)? {
        Some(c) if c.status == "rejected" => Some(c),
        Some(c) => bail!(tr!(
            "refuse-company-exists",
            cf = cf,
            name = c.name,
            status = c.status
        )),
        None => None,
    };
    // R2: a rejected registration stays as history; the code is registered again, and the
    // units of the rejected one go with it.
    if let Some(old) = rejected {
        for u in cstore::units(s, old.id)? {
            cstore::remove_unit(s, u.id)?;
        }
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
        bail!(tr!(
            "refuse-company-not-pending",
            company = c.label(),
            status = c.status
        ));
    }
    Ok(())
}

/// R3, R14: a regional operator approves a pending company; its requester becomes the
/// first group-level administrator, and its legal representative, if a registered and
/// active person, receives the legal representative's grant.
pub fn approve(s: &Session, catalog: &Catalog, cf: &str) -> Result<Approved> {
    let actor = actor(s)?;
    let mut c = find_company(s, cf)?;
    allow(
        None,
        policy::operator(actor, &tr!("doing-approve-companies")),
    )?;
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
    grant::by_the_region(s, here.at(), &g).with_context(|| tr!("refuse-first-admin"))?;
    let legal_rep = give_legal_rep(s, catalog, here.at(), &here.company.legal_rep_cf)?;
    Ok(Approved {
        company: here.company,
        first_administrator: requester,
        legal_rep,
    })
}

/// What an approval did.
pub struct Approved {
    pub company: Company,
    pub first_administrator: person::Person,
    /// Who holds the legal representative's grant now, or why nobody does.
    pub legal_rep: Result<person::Person, String>,
}

/// R14: the legal representative's grant, given by the Region's decision to the person
/// the company names, when that person is registered and active; otherwise why not.
pub(super) fn give_legal_rep(
    s: &Session,
    catalog: &Catalog,
    at: At<'_>,
    rep_cf: &str,
) -> Result<Result<person::Person, String>> {
    let Some(rep) = person::by_cf(s, rep_cf)? else {
        return Ok(Err(tr!("warn-legal-rep-unregistered", rep_cf = rep_cf)));
    };
    if rep.suspended() {
        return Ok(Err(tr!("warn-legal-rep-suspended", person = rep.label())));
    }
    let today = s.today().to_string();
    let g = NewGrant {
        person: &rep,
        profile: catalog.profile(LEGAL_REP).map_err(|e| anyhow!(e))?,
        scope: Scope::Group,
        on: &today,
        attested: false,
    };
    grant::by_the_region(s, at, &g)
        .with_context(|| tr!("refuse-legal-rep-cannot-hold", person = rep.label()))?;
    Ok(Ok(rep))
}

/// R3: a regional operator rejects a pending company, with the reason.
pub fn reject(s: &Session, cf: &str, reason: &str) -> Result<Company> {
    let actor = actor(s)?;
    let c = find_company(s, cf)?;
    allow(
        None,
        policy::operator(actor, &tr!("doing-reject-companies")),
    )?;
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

/// The upgrade to schema 0007 (R14): each approved company's current legal representative,
/// a registered and active person whose relationship with it has not ended, receives the
/// grant the field used to confer, on the authority of the operator who approved the
/// company, and its event says it came from the migration. Returns how many were given.
pub fn upgrade_legal_reps(s: &Session, catalog: &Catalog) -> Result<usize> {
    let profile = catalog.profile(LEGAL_REP).map_err(|e| anyhow!(e))?;
    let today = s.today().to_string();
    let mut given = 0;
    for c in cstore::list(s, Some("approved"))? {
        let Some(rep) = person::by_cf(s, &c.legal_rep_cf)? else {
            continue;
        };
        let Some(by) = c.decided_by else { continue };
        let rels = crate::store::relationship::of(s, rep.id, c.id)?;
        let ended = !rels.is_empty() && rels.iter().all(|r| r.2.is_some());
        if rep.suspended() || ended {
            continue;
        }
        let granter = person::by_id(s, by)?;
        let here = InCompany::load(s, &granter, c)?;
        let g = NewGrant {
            person: &rep,
            profile,
            scope: Scope::Group,
            on: &today,
            attested: false,
        };
        let migration = "0007_power_from_grants";
        if grant::by_migration(s, here.at(), &g, &granter, migration)? == grant::Added::Granted {
            given += 1;
        }
    }
    crate::store::change::legal_rep_grants_done(s)?;
    Ok(given)
}
