//! What waits for the Region (issue 16, `lpt inbox`): one query per kind of pending item,
//! each row handed to a callback with the recorded instant it has waited since. The grants'
//! and persons' questions read the partial indexes of migration 0012; overdue revocations
//! are `report::overdue`'s, asked by `ops::inbox`.

use anyhow::Result;

use super::Db;

/// One item waiting, as the store finds it.
#[derive(Debug, Default)]
pub struct Waiting {
    /// The recorded instant (RFC 3339) it has waited since.
    pub since: String,
    pub company_cf: Option<String>,
    pub company_name: Option<String>,
    pub person_cf: Option<String>,
    /// A code saying what: the profile, the login, the change asked for.
    pub detail: Option<String>,
}

fn each_row(
    db: &impl Db,
    sql: &'static str,
    mut each: impl FnMut(Waiting) -> Result<()>,
) -> Result<()> {
    let rows: Vec<Waiting> = db.with(sql, |st| {
        st.query_map([], |r| {
            Ok(Waiting {
                since: r.get(0)?,
                company_cf: r.get(1)?,
                company_name: r.get(2)?,
                person_cf: r.get(3)?,
                detail: r.get(4)?,
            })
        })?
        .collect()
    })?;
    rows.into_iter().try_for_each(&mut each)
}

/// Companies waiting for verification (R3), since their registration was recorded.
pub fn pending_companies(db: &impl Db, each: impl FnMut(Waiting) -> Result<()>) -> Result<()> {
    each_row(
        db,
        "SELECT c.registered_at, c.cf, c.name, p.cf, NULL
         FROM company c JOIN person p ON p.id = c.requested_by
         WHERE c.status = 'pending'",
        each,
    )
}

/// Requests to change a company's types or legal representative (R4).
pub fn change_requests(db: &impl Db, each: impl FnMut(Waiting) -> Result<()>) -> Result<()> {
    each_row(
        db,
        "SELECT cc.requested_at, c.cf, c.name, p.cf,
                CASE WHEN cc.legal_rep_cf IS NULL THEN 'types' ELSE 'legal_rep' END
         FROM company_change cc
         JOIN company c ON c.id = cc.company_id
         JOIN person p ON p.id = cc.requested_by
         WHERE cc.status = 'pending'",
        each,
    )
}

/// Requests to enable a profile the Region approves (R7), since they were recorded.
pub fn enable_requests(db: &impl Db, each: impl FnMut(Waiting) -> Result<()>) -> Result<()> {
    each_row(
        db,
        "SELECT g.granted_at, c.cf, c.name, p.cf, g.profile
         FROM grants g
         JOIN company c ON c.id = g.company_id
         JOIN person p ON p.id = g.person_id
         WHERE g.approved_at IS NULL AND g.revoked_on IS NULL",
        each,
    )
}

/// Requests to disable a profile the Region approves (R7), since they were recorded.
pub fn disable_requests(db: &impl Db, each: impl FnMut(Waiting) -> Result<()>) -> Result<()> {
    each_row(
        db,
        "SELECT g.disable_requested_at, c.cf, c.name, p.cf, g.profile
         FROM grants g
         JOIN company c ON c.id = g.company_id
         JOIN person p ON p.id = g.person_id
         WHERE g.disable_requested_at IS NOT NULL AND g.revoked_on IS NULL",
        each,
    )
}

/// Suspended persons (R9), since their suspension was recorded.
pub fn suspended_persons(db: &impl Db, each: impl FnMut(Waiting) -> Result<()>) -> Result<()> {
    each_row(
        db,
        "SELECT p.suspended_at, NULL, NULL, p.cf, NULL
         FROM person p WHERE p.suspended_at IS NOT NULL",
        each,
    )
}

/// Logins bound to a suspended person (R9, R10): since the later of the binding and the
/// suspension.
pub fn logins_of_suspended(db: &impl Db, each: impl FnMut(Waiting) -> Result<()>) -> Result<()> {
    each_row(
        db,
        "SELECT CASE WHEN l.bound_at > p.suspended_at THEN l.bound_at ELSE p.suspended_at END,
                NULL, NULL, p.cf, l.name
         FROM person p JOIN login l ON l.cf = p.cf
         WHERE p.suspended_at IS NOT NULL",
        each,
    )
}

/// Approved companies without a live group-level administrator (R6: only the Region can
/// name one then), since the last one's revocation was recorded, or the approval.
pub fn without_group_admin(db: &impl Db, each: impl FnMut(Waiting) -> Result<()>) -> Result<()> {
    each_row(
        db,
        "SELECT coalesce((SELECT max(h.revoked_at) FROM grants h
                          WHERE h.company_id = c.id AND h.unit_id IS NULL
                            AND h.profile = 'AMMINISTRATORE'), c.decided_at),
                c.cf, c.name, NULL, NULL
         FROM company c
         WHERE c.status = 'approved'
           AND NOT EXISTS (SELECT 1 FROM grants g
                           WHERE g.company_id = c.id AND g.profile = 'AMMINISTRATORE'
                             AND g.unit_id IS NULL AND g.revoked_on IS NULL
                             AND g.approved_at IS NOT NULL AND g.ended_on IS NULL)",
        each,
    )
}

/// The instant event `id` of the audit chain was recorded (a checkpoint's age).
pub fn event_at(db: &impl Db, id: i64) -> Result<Option<String>> {
    use super::db::OptionalExtension;
    db.with("SELECT at FROM audit_event WHERE id = ?1", |st| {
        st.query_row([id], |r| r.get(0)).optional()
    })
}
