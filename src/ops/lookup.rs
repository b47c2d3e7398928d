//! Lookups that refuse: codes as persons' or companies' codes, registered persons,
//! companies and units, free text, and what the acting person is in a company.

use anyhow::{Result, anyhow, bail};

use super::{Field, refuse};
use crate::cf::{self as fiscal, Cf, Kind};
use crate::policy::{Scope, Standing};
use crate::store::company::{self as cstore, Company, Unit};
use crate::store::person::{self as pstore, Person};
use crate::store::{Db, grant};
use crate::tr;

/// A person's code: 16 characters; provisional and company codes are refused with the reason.
pub fn person_cf(raw: &str) -> Result<Cf> {
    let cf = fiscal::parse(raw)?;
    match cf.kind() {
        Kind::Person => Ok(cf),
        Kind::Provisional => bail!(tr!("refuse-cf-provisional", cf = cf)),
        Kind::Company | Kind::Body => bail!(tr!(
            "refuse-cf-not-person",
            cf = cf,
            kind = kind_of(cf.kind())
        )),
    }
}

/// A kind of code as a person reads it after "the code of" ("a company", "un'azienda").
pub fn kind_of(kind: Kind) -> String {
    match kind {
        Kind::Person => tr!("cf-kind-of-person"),
        Kind::Provisional => tr!("cf-kind-of-provisional"),
        Kind::Company => tr!("cf-kind-of-company"),
        Kind::Body => tr!("cf-kind-of-body"),
    }
}

/// A company's code: 11 digits of a company or body, or a sole trader's personal code.
pub fn company_cf(raw: &str) -> Result<Cf> {
    let cf = fiscal::parse(raw)?;
    if cf.kind() == Kind::Provisional {
        bail!(tr!("refuse-cf-provisional-company", cf = cf));
    }
    Ok(cf)
}

/// A registered person, or a refusal.
pub fn find_person(db: &impl Db, raw: &str) -> Result<Person> {
    let cf = person_cf(raw)?;
    pstore::by_cf(db, cf.as_str())?.ok_or_else(|| anyhow!(no_such_person(cf.as_str())))
}

/// The refusal for a code no registered person has.
pub fn no_such_person(cf: &str) -> String {
    tr!("refuse-no-such-person", cf = cf)
}

/// The refusal for a unit name a company does not have, listing the units it has.
pub fn no_such_unit<'u>(
    company: &Company,
    name: &str,
    units: impl IntoIterator<Item = &'u Unit>,
) -> String {
    let names: Vec<&str> = units.into_iter().map(|u| u.name.as_str()).collect();
    tr!(
        "refuse-no-such-unit",
        company = company.label(),
        unit = name.trim(),
        units = names.join(", ")
    )
}

/// A registered company, or a refusal.
pub fn find_company(db: &impl Db, raw: &str) -> Result<Company> {
    let cf = company_cf(raw)?;
    cstore::by_cf(db, cf.as_str())?.ok_or_else(|| anyhow!(tr!("refuse-no-such-company", cf = cf)))
}

/// A live unit of a company by name (case-insensitive), or a refusal listing the units.
pub fn find_unit(db: &impl Db, company: &Company, name: &str) -> Result<Unit> {
    if let Some(u) = cstore::unit_by_name(db, company.id, name.trim())? {
        return Ok(u);
    }
    let units = cstore::units(db, company.id)?;
    refuse(Field::Unit, no_such_unit(company, name, &units))
}

/// The scope a unit names: the whole company when there is none.
pub fn scope(unit: Option<&Unit>) -> Scope<'_> {
    match unit {
        Some(u) => Scope::Unit(u.id, &u.name),
        None => Scope::Group,
    }
}

/// The acting person's standing in a company: only what their live grants give them
/// (R14), and nothing once their relationship with it has ended.
pub fn standing(db: &impl Db, actor: &Person, company: &Company) -> Result<Standing> {
    Ok(Standing::from(grant::powers(db, actor.id, company.id)?))
}

/// What an operation needs to know of the company it acts in: the company, its types and
/// the actor's standing there. A single command loads it; a bulk import keeps one per
/// company for the whole file.
#[derive(Debug, Clone)]
pub struct InCompany {
    pub company: Company,
    pub types: Vec<String>,
    pub standing: Standing,
}

/// A borrowed view of what is known of a company, for one operation.
#[derive(Debug, Clone, Copy)]
pub struct At<'a> {
    pub company: &'a Company,
    pub types: &'a [String],
    pub standing: &'a Standing,
}

impl InCompany {
    pub fn at(&self) -> At<'_> {
        At {
            company: &self.company,
            types: &self.types,
            standing: &self.standing,
        }
    }

    pub fn load(db: &impl Db, actor: &Person, company: Company) -> Result<InCompany> {
        Ok(InCompany {
            types: cstore::types(db, company.id)?
                .into_iter()
                .map(|t| t.code)
                .collect(),
            standing: standing(db, actor, &company)?,
            company,
        })
    }
}

/// A required free-text value: trimmed, not empty, one line.
pub fn text(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        bail!(tr!("refuse-field-empty", field = field));
    }
    if v.chars().any(char::is_control) {
        bail!(tr!("refuse-field-control", field = field));
    }
    if v.chars().count() > 500 {
        bail!(tr!("refuse-field-long", field = field));
    }
    Ok(v.to_string())
}

/// A name of a person, unit or company (R15), as every path stores it: NFC, one line of
/// visible text, spaces collapsed (see [`crate::names`]); or the refusal, naming `field`.
pub fn name(field: &str, value: &str) -> Result<String> {
    crate::names::normal(field, value).map_err(anyhow::Error::msg)
}

/// Whether two names are one after NFC and case folding (R15).
pub fn same_name(a: &str, b: &str) -> bool {
    a == b || crate::names::key(a) == crate::names::key(b)
}

/// What a command about one person in one company names, looked up in the order a reader
/// expects the refusals: the company, the person, the unit (if one), then the facts.
pub struct Named {
    pub here: InCompany,
    pub person: Person,
    pub unit: Option<Unit>,
}

impl Named {
    pub fn load(
        db: &impl Db,
        actor: &Person,
        company: &str,
        person: &str,
        unit: Option<&str>,
    ) -> Result<Named> {
        let company = find_company(db, company)?;
        let person = find_person(db, person)?;
        let unit = unit.map(|u| find_unit(db, &company, u)).transpose()?;
        Ok(Named {
            here: InCompany::load(db, actor, company)?,
            person,
            unit,
        })
    }

    /// The scope the unit names.
    pub fn scope(&self) -> Scope<'_> {
        scope(self.unit.as_ref())
    }
}
