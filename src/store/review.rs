//! What the reviews of access keep (R7, R12): requests to the Region to disable a grant,
//! and the changes of role or duties that put a person's grants up for review.

use crate::params;
use crate::store::db::OptionalExtension;
use anyhow::Result;

use super::{CompanyId, Db, GrantId, PersonId, Session};

/// Whether a profile's enabling and disabling go through the Region (catalog, R7).
pub fn needs_region(db: &impl Db, profile: &str) -> Result<bool> {
    db.with(
        "SELECT needs_regional_approval FROM catalog_profile WHERE code = ?1",
        |st| {
            st.query_row([profile], |r| r.get(0))
                .optional()
                .map(|v| v.unwrap_or(false))
        },
    )
}

/// R7: records an administrator's request that the Region disable an active grant on `on`;
/// the grant stays active.
pub fn request_disable(
    s: &Session,
    id: GrantId,
    on: &str,
    by: PersonId,
    reason: &str,
) -> Result<()> {
    s.with(
        "UPDATE grants SET disable_requested_on = ?2, disable_requested_at = ?3,
             disable_requested_by = ?4, disable_request_reason = ?5
         WHERE id = ?1 AND revoked_on IS NULL",
        |st| st.execute(params![id, on, s.recorded(on), by, reason]),
    )?;
    Ok(())
}

/// A pending request to disable: the day it asks for and its reason.
pub fn disable_request(db: &impl Db, id: GrantId) -> Result<Option<(String, String)>> {
    db.with(
        "SELECT disable_requested_on, disable_request_reason FROM grants
         WHERE id = ?1 AND revoked_on IS NULL AND disable_requested_at IS NOT NULL",
        |st| {
            st.query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()
        },
    )
}

/// A change of role to record.
pub struct NewRoleChange<'a> {
    pub person: PersonId,
    pub company: CompanyId,
    pub on: &'a str,
    pub by: PersonId,
    pub note: &'a str,
}

/// R12: records a change of role, at the session's instant.
pub fn role_change(s: &Session, c: &NewRoleChange<'_>) -> Result<()> {
    s.with(
        "INSERT INTO role_change (person_id, company_id, changed_on, recorded_at, recorded_by, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        |st| st.execute(params![c.person, c.company, c.on, s.now(), c.by, c.note]),
    )?;
    Ok(())
}

/// A change of role as the replay compares it: by codes.
pub struct RoleChange {
    pub company: String,
    pub person: String,
    pub changed_on: String,
    pub recorded_at: String,
    pub recorded_by: String,
    pub note: String,
}

/// Every change of role, in the order recorded.
pub fn each_role_change(
    db: &impl Db,
    mut each: impl FnMut(RoleChange) -> Result<()>,
) -> Result<()> {
    let mut st = db.conn().prepare(
        "SELECT c.cf, p.cf, r.changed_on, r.recorded_at, b.cf, r.note
         FROM role_change r
         JOIN company c ON c.id = r.company_id JOIN person p ON p.id = r.person_id
         JOIN person b ON b.id = r.recorded_by
         ORDER BY r.id",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        each(RoleChange {
            company: r.get(0)?,
            person: r.get(1)?,
            changed_on: r.get(2)?,
            recorded_at: r.get(3)?,
            recorded_by: r.get(4)?,
            note: r.get(5)?,
        })?;
    }
    Ok(())
}
