//! A company's requests for changes that confer rights (R4): types to add, with their
//! register entries, and a different legal representative; pending until a regional
//! operator decides them.

use crate::params;
use anyhow::Result;

use super::{CompanyId, Db, PersonId, Session, optional};
use crate::catalog::{HeldType, Register};

/// The legal representative a request names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLegalRep {
    pub cf: String,
    pub family_name: String,
    pub given_name: String,
}

/// A pending request.
#[derive(Debug, Clone)]
pub struct Change {
    pub id: i64,
    pub add_types: Vec<HeldType>,
    pub legal_rep: Option<NewLegalRep>,
    pub requested_by: PersonId,
    pub requested_at: String,
}

/// The company's pending request, if any.
pub fn pending(db: &impl Db, company: CompanyId) -> Result<Option<Change>> {
    let mut st = db.conn().prepare_cached(
        "SELECT id, legal_rep_cf, legal_rep_family_name, legal_rep_given_name, requested_by,
                requested_at
         FROM company_change WHERE company_id = ?1 AND status = 'pending'",
    )?;
    let Some(mut c) = optional(st.query_row([company], |r| {
        let cf: Option<String> = r.get(1)?;
        Ok(Change {
            id: r.get(0)?,
            add_types: Vec::new(),
            legal_rep: match cf {
                Some(cf) => Some(NewLegalRep {
                    cf,
                    family_name: r.get(2)?,
                    given_name: r.get(3)?,
                }),
                None => None,
            },
            requested_by: r.get(4)?,
            requested_at: r.get(5)?,
        })
    }))?
    else {
        return Ok(None);
    };
    let mut st = db.conn().prepare_cached(
        "SELECT ct.type, ct.register_name, ct.register_number, ct.register_date
         FROM company_change_type ct JOIN catalog_type t ON t.code = ct.type
         WHERE ct.change_id = ?1 ORDER BY t.position",
    )?;
    c.add_types = st
        .query_map([c.id], |r| {
            let name: Option<String> = r.get(1)?;
            Ok(HeldType {
                code: r.get(0)?,
                register: match name {
                    Some(name) => Some(Register {
                        name,
                        number: r.get(2)?,
                        date: r.get(3)?,
                    }),
                    None => None,
                },
            })
        })?
        .collect::<crate::store::db::Result<_>>()?;
    Ok(Some(c))
}

/// Files a request.
pub fn request(
    s: &Session,
    company: CompanyId,
    add_types: &[HeldType],
    legal_rep: Option<&NewLegalRep>,
    by: PersonId,
) -> Result<()> {
    let change: i64 = s.conn().query_row(
        "INSERT INTO company_change (company_id, legal_rep_cf, legal_rep_family_name,
             legal_rep_given_name, requested_by, requested_at, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending') RETURNING id",
        params![
            company,
            legal_rep.map(|r| &r.cf),
            legal_rep.map(|r| &r.family_name),
            legal_rep.map(|r| &r.given_name),
            by,
            s.now()
        ],
        |r| r.get(0),
    )?;
    super::company::insert_types(
        s,
        "INSERT INTO company_change_type (change_id, type, register_name, register_number,
             register_date)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        change,
        add_types,
    )
}

/// Records the Region's decision on a request: `approved`, or `rejected` with the reason.
pub fn decide(s: &Session, id: i64, by: PersonId, reason: Option<&str>) -> Result<()> {
    let status = if reason.is_some() {
        "rejected"
    } else {
        "approved"
    };
    s.conn().execute(
        "UPDATE company_change SET status = ?2, decided_by = ?3, decided_at = ?4,
             reject_reason = ?5
         WHERE id = ?1",
        params![id, status, by, s.now(), reason],
    )?;
    Ok(())
}

/// Whether the upgrade to 0007 still has to give existing legal representatives their grant.
pub fn legal_rep_grants_pending(db: &impl Db) -> Result<bool> {
    let mut st = db
        .conn()
        .prepare_cached("SELECT legal_rep_grants_pending FROM database_info WHERE one = 1")?;
    Ok(optional(st.query_row([], |r| r.get::<_, i64>(0)))?.unwrap_or(0) != 0)
}

/// The upgrade's grants are written: in the same session.
pub fn legal_rep_grants_done(s: &Session) -> Result<()> {
    s.conn()
        .execute("UPDATE database_info SET legal_rep_grants_pending = 0", [])?;
    Ok(())
}

/// Whether the audit trail shows the database already past the upgrade to 0007: a grant of
/// LEGALE_RAPPRESENTANTE recorded, or an action only a binary of schema 7 or later writes.
/// The flag above is only a file's word; the trail is the evidence (R11).
pub fn upgraded_by_the_trail(db: &impl Db, modern: &[&str]) -> Result<bool> {
    let list = modern
        .iter()
        .map(|a| format!("'{}'", a.replace('\'', "")))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT EXISTS (SELECT 1 FROM audit_event WHERE action IN ({list})
            OR (action IN ('grant.add', 'grant.request')
                AND details LIKE '%\"profile\":\"LEGALE_RAPPRESENTANTE\"%'))"
    );
    Ok(db.conn().query_row(&sql, [], |r| r.get::<_, bool>(0))?)
}
