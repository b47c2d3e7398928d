//! Companies, their types and register entries, and their units.

use crate::params;
use anyhow::Result;

use super::{CompanyId, Db, PersonId, Session, UnitId, optional};
pub use crate::catalog::{HeldType, Register};

#[derive(Debug, Clone)]
pub struct Company {
    pub id: CompanyId,
    pub cf: String,
    pub name: String,
    pub office: String,
    pub email: String,
    pub pec: Option<String>,
    pub phone: Option<String>,
    pub legal_rep_cf: String,
    pub legal_rep_family_name: String,
    pub legal_rep_given_name: String,
    pub status: String,
    pub requested_by: PersonId,
    pub registered_at: String,
    pub decided_by: Option<PersonId>,
    pub decided_at: Option<String>,
    pub reject_reason: Option<String>,
}

impl Company {
    pub fn approved(&self) -> bool {
        self.status == "approved"
    }
    /// "ACME S.p.A. (01234567890)", the form used in messages.
    pub fn label(&self) -> String {
        format!("{} ({})", self.name, self.cf)
    }
}

#[derive(Debug, Clone)]
pub struct Unit {
    pub id: UnitId,
    pub name: String,
    pub created_at: String,
}

const SELECT: &str = "SELECT id, cf, name, office, email, pec, phone, legal_rep_cf, legal_rep_family_name,
        legal_rep_given_name, status, requested_by, registered_at, decided_by, decided_at, reject_reason
     FROM company";

fn row(r: &crate::store::Row<'_>) -> crate::store::db::Result<Company> {
    Ok(Company {
        id: r.get(0)?,
        cf: r.get(1)?,
        name: r.get(2)?,
        office: r.get(3)?,
        email: r.get(4)?,
        pec: r.get(5)?,
        phone: r.get(6)?,
        legal_rep_cf: r.get(7)?,
        legal_rep_family_name: r.get(8)?,
        legal_rep_given_name: r.get(9)?,
        status: r.get(10)?,
        requested_by: r.get(11)?,
        registered_at: r.get(12)?,
        decided_by: r.get(13)?,
        decided_at: r.get(14)?,
        reject_reason: r.get(15)?,
    })
}

/// The company with this code: the pending or approved one, else the latest rejected
/// registration (R2: a rejected one stays as history and does not block the code).
pub fn by_cf(db: &impl Db, cf: &str) -> Result<Option<Company>> {
    let mut st = db.conn().prepare_cached(&format!(
        "{SELECT} WHERE cf = ?1 ORDER BY status = 'rejected', id DESC LIMIT 1"
    ))?;
    optional(st.query_row([cf], row))
}

pub fn by_id(db: &impl Db, id: CompanyId) -> Result<Company> {
    let mut st = db
        .conn()
        .prepare_cached(&format!("{SELECT} WHERE id = ?1"))?;
    Ok(st.query_row([id], row)?)
}

/// The company's rejected registrations superseded by a later one (R2), oldest first.
pub fn superseded(db: &impl Db, company: &Company) -> Result<Vec<Company>> {
    let mut st = db.conn().prepare_cached(&format!(
        "{SELECT} WHERE cf = ?1 AND id <> ?2 AND status = 'rejected' ORDER BY id"
    ))?;
    let v = st
        .query_map(params![company.cf, company.id], row)?
        .collect::<crate::store::db::Result<_>>()?;
    Ok(v)
}

/// A company with its type codes and live units.
pub type Loaded = (Company, Vec<String>, Vec<Unit>);

/// Every company with its type codes and live units, in three scans (for bulk work).
pub fn all_with_types_and_units(db: &impl Db) -> Result<Vec<Loaded>> {
    loaded(db, None)
}

/// The companies registered with these codes (the live registration of each, as
/// [`by_cf`] finds it), with their type codes and live units: three queries (for bulk work
/// a batch at a time).
pub fn with_codes_types_and_units(db: &impl Db, codes: &[String]) -> Result<Vec<Loaded>> {
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    loaded(db, Some(codes))
}

/// The companies with their types and units: all, or those with `codes`.
fn loaded(db: &impl Db, codes: Option<&[String]>) -> Result<Vec<Loaded>> {
    let conn = db.conn();
    let (of_codes, of_companies) = match codes {
        Some(codes) => {
            let marks = vec!["?"; codes.len()].join(", ");
            (
                format!(" AND c.cf IN ({marks})"),
                format!(" AND company_id IN (SELECT id FROM company WHERE cf IN ({marks}))"),
            )
        }
        None => (String::new(), String::new()),
    };
    let args: &[String] = codes.unwrap_or(&[]);
    // Superseded rejected registrations are left out: the code names the live one (R2).
    let mut by_id: std::collections::HashMap<CompanyId, Loaded> = conn
        .prepare(&format!(
            "{SELECT} c WHERE NOT EXISTS (SELECT 1 FROM company o WHERE o.cf = c.cf
               AND (o.status <> 'rejected' AND c.status = 'rejected' OR o.status = c.status AND o.id > c.id)){of_codes}"
        ))?
        .query_map(args, row)?
        .map(|c| c.map(|c| (c.id, (c, Vec::new(), Vec::new()))))
        .collect::<crate::store::db::Result<_>>()?;
    // Types in the catalog's order and units by name, as [`types`] and [`units`] give them.
    let mut st = db.conn().prepare(&format!(
        "SELECT company_id, type, (SELECT position FROM catalog_type t WHERE t.code = ct.type)
         FROM company_type ct WHERE 1 = 1{of_companies}"
    ))?;
    let mut types: Vec<(CompanyId, i64, String)> = st
        .query_map(args, |r| Ok((r.get(0)?, r.get(2)?, r.get(1)?)))?
        .collect::<crate::store::db::Result<_>>()?;
    types.sort();
    for (id, _, t) in types {
        if let Some(c) = by_id.get_mut(&id) {
            c.1.push(t);
        }
    }
    let mut st = db.conn().prepare(&format!(
        "SELECT id, company_id, name, created_at FROM unit WHERE removed_at IS NULL{of_companies}"
    ))?;
    for r in st.query_map(args, |r| {
        Ok((
            r.get::<_, CompanyId>(1)?,
            Unit {
                id: r.get(0)?,
                name: r.get(2)?,
                created_at: r.get(3)?,
            },
        ))
    })? {
        let (id, u) = r?;
        if let Some(c) = by_id.get_mut(&id) {
            c.2.push(u);
        }
    }
    for c in by_id.values_mut() {
        c.2.sort_by_key(|u| u.name.to_lowercase());
    }
    Ok(by_id.into_values().collect())
}

/// Every company (each registration of a code, rejected ones included), by name.
pub fn list(db: &impl Db, status: Option<&str>) -> Result<Vec<Company>> {
    let mut st = db.conn().prepare(&format!(
        "{SELECT} WHERE ?1 IS NULL OR status = ?1 ORDER BY name, cf, id"
    ))?;
    let v = st
        .query_map([status], row)?
        .collect::<crate::store::db::Result<_>>()?;
    Ok(v)
}

/// A company's own data (R4): every field but its code and its legal representative.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Data<'a> {
    pub name: &'a str,
    pub office: &'a str,
    pub email: &'a str,
    pub pec: Option<&'a str>,
    pub phone: Option<&'a str>,
}

/// The fields a registration or an update writes.
pub struct Fields<'a> {
    pub data: Data<'a>,
    pub legal_rep_cf: &'a str,
    pub legal_rep_family_name: &'a str,
    pub legal_rep_given_name: &'a str,
}

pub fn insert(s: &Session, cf: &str, f: &Fields<'_>, requested_by: PersonId) -> Result<CompanyId> {
    let id = CompanyId(s.conn().query_row(
        "INSERT INTO company (cf, name, office, email, pec, phone, legal_rep_cf, legal_rep_family_name,
             legal_rep_given_name, status, requested_by, registered_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'pending', ?10, ?11) RETURNING id",
        params![
            cf, f.data.name, f.data.office, f.data.email, f.data.pec, f.data.phone, f.legal_rep_cf, f.legal_rep_family_name,
            f.legal_rep_given_name, requested_by, s.now()
        ],
        |r| r.get(0),
    )?);
    super::search::index_company(s, id, cf, f.data.name, f.data.office)?;
    Ok(id)
}

pub fn update(s: &Session, id: CompanyId, f: &Fields<'_>) -> Result<()> {
    s.conn().execute(
        "UPDATE company SET name = ?2, office = ?3, email = ?4, pec = ?5, phone = ?6,
             legal_rep_cf = ?7, legal_rep_family_name = ?8, legal_rep_given_name = ?9
         WHERE id = ?1",
        params![
            id,
            f.data.name,
            f.data.office,
            f.data.email,
            f.data.pec,
            f.data.phone,
            f.legal_rep_cf,
            f.legal_rep_family_name,
            f.legal_rep_given_name
        ],
    )?;
    let cf: String = s.with("SELECT cf FROM company WHERE id = ?1", |st| {
        st.query_row([id], |r| r.get(0))
    })?;
    super::search::index_company(s, id, &cf, f.data.name, f.data.office)?;
    Ok(())
}

/// Records the Region's verification: `approved`, or `rejected` with the reason.
pub fn decide(
    s: &Session,
    id: CompanyId,
    status: &str,
    by: PersonId,
    reason: Option<&str>,
) -> Result<()> {
    s.conn().execute(
        "UPDATE company SET status = ?2, decided_by = ?3, decided_at = ?4, reject_reason = ?5 WHERE id = ?1",
        params![id, status, by, s.now(), reason],
    )?;
    Ok(())
}

pub fn types(db: &impl Db, id: CompanyId) -> Result<Vec<HeldType>> {
    // Sorted here rather than with ORDER BY, which would make the cached statement
    // re-prepare on every use (see person.rs).
    let mut st = db.conn().prepare_cached(
        "SELECT ct.type, ct.register_name, ct.register_number, ct.register_date,
                (SELECT position FROM catalog_type t WHERE t.code = ct.type)
         FROM company_type ct WHERE ct.company_id = ?1",
    )?;
    let mut v: Vec<(i64, HeldType)> = st
        .query_map([id], |r| {
            let name: Option<String> = r.get(1)?;
            Ok((
                r.get(4)?,
                HeldType {
                    code: r.get(0)?,
                    register: match name {
                        Some(name) => Some(Register {
                            name,
                            number: r.get(2)?,
                            date: r.get(3)?,
                        }),
                        None => None,
                    },
                },
            ))
        })?
        .collect::<crate::store::db::Result<_>>()?;
    v.sort_by_key(|(pos, _)| *pos);
    Ok(v.into_iter().map(|(_, t)| t).collect())
}

/// Replaces the company's types with `held`.
pub fn set_types(s: &Session, id: CompanyId, held: &[HeldType]) -> Result<()> {
    s.conn()
        .execute("DELETE FROM company_type WHERE company_id = ?1", [id])?;
    insert_types(
        s,
        "INSERT INTO company_type (company_id, type, register_name, register_number, register_date)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        id.0,
        held,
    )
}

/// Writes held types, each with its register entry, through `insert` (parameters: the
/// owner's id, the type, the register's name, number and date): a company's types, or the
/// types a change request adds.
pub(super) fn insert_types(s: &Session, insert: &str, owner: i64, held: &[HeldType]) -> Result<()> {
    let mut st = s.conn().prepare_cached(insert)?;
    for t in held {
        let r = t.register.as_ref();
        st.execute(params![
            owner,
            t.code,
            r.map(|r| &r.name),
            r.map(|r| &r.number),
            r.map(|r| &r.date)
        ])?;
    }
    Ok(())
}

/// The company's live units, by name.
pub fn units(db: &impl Db, id: CompanyId) -> Result<Vec<Unit>> {
    // Sorted here: an ORDER BY would make the cached statement re-prepare (see person.rs).
    let mut st = db.conn().prepare_cached(
        "SELECT id, name, created_at FROM unit WHERE company_id = ?1 AND removed_at IS NULL",
    )?;
    let mut v: Vec<Unit> = st
        .query_map([id], |r| {
            Ok(Unit {
                id: r.get(0)?,
                name: r.get(1)?,
                created_at: r.get(2)?,
            })
        })?
        .collect::<crate::store::db::Result<_>>()?;
    v.sort_by_key(|u| u.name.to_lowercase());
    Ok(v)
}

/// A live unit by name: the one so spelled, else the one whose key is the name's (R15).
pub fn unit_by_name(db: &impl Db, id: CompanyId, name: &str) -> Result<Option<Unit>> {
    let read = |r: &crate::store::Row<'_>| {
        Ok(Unit {
            id: r.get(0)?,
            name: r.get(1)?,
            created_at: r.get(2)?,
        })
    };
    let mut st = db.conn().prepare_cached(
        "SELECT id, name, created_at FROM unit
         WHERE company_id = ?1 AND name = ?2 AND removed_at IS NULL",
    )?;
    if let Some(u) = optional(st.query_row(params![id, name], read))? {
        return Ok(Some(u));
    }
    let mut st = db.conn().prepare_cached(
        "SELECT id, name, created_at FROM unit
         WHERE company_id = ?1 AND name_key = ?2 AND removed_at IS NULL",
    )?;
    optional(st.query_row(params![id, crate::names::key(name)], read))
}

/// Adds a unit, with the key its name is compared by.
pub fn add_unit(s: &Session, id: CompanyId, name: &str) -> Result<UnitId> {
    Ok(UnitId(s.conn().query_row(
        "INSERT INTO unit (company_id, name, name_key, created_at) VALUES (?1, ?2, ?3, ?4)
         RETURNING id",
        params![id, name, crate::names::key(name), s.now()],
        |r| r.get(0),
    )?))
}

pub fn rename_unit(s: &Session, unit: UnitId, name: &str) -> Result<()> {
    s.conn().execute(
        "UPDATE unit SET name = ?2, name_key = ?3 WHERE id = ?1",
        params![unit, name, crate::names::key(name)],
    )?;
    Ok(())
}

pub fn remove_unit(s: &Session, unit: UnitId) -> Result<()> {
    s.conn().execute(
        "UPDATE unit SET removed_at = ?2 WHERE id = ?1",
        params![unit, s.now()],
    )?;
    Ok(())
}
