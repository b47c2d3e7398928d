//! The state tables read whole, for `db check`'s replay of the audit trail (R11): every
//! grant and every relationship, in one scan each, by codes and names rather than ids.

use anyhow::Result;

use super::Db;

/// A grant as the replay compares it.
pub struct Grant {
    pub company: String,
    pub person: String,
    pub profile: String,
    /// The unit's name; None at group level.
    pub unit: Option<String>,
    /// The day it declares and the instant it was recorded (R8).
    pub granted_on: String,
    pub granted_at: Option<String>,
    pub data_processing_authorised: Option<bool>,
    /// When a regional operator approved it; None while it is a request (R7).
    pub approved_at: Option<String>,
    /// The end of its relationship, as copied onto it: day and instant.
    pub ended_on: Option<String>,
    pub ended_at: Option<String>,
    /// Its last confirmation (R12): day and instant.
    pub confirmed_on: Option<String>,
    pub confirmed_at: Option<String>,
    /// The day its revocation declares, and the instant it was recorded.
    pub revoked_on: Option<String>,
    pub revoked_at: Option<String>,
    /// A request to the Region to disable it (R7): the day asked for, and when recorded.
    pub disable_requested_on: Option<String>,
    pub disable_requested_at: Option<String>,
}

/// Every grant, live or revoked, in one scan, in the order they were made (on both back
/// ends: two grants alike but for their instants are matched to the trail in that order).
pub fn each_grant(db: &impl Db, mut each: impl FnMut(Grant) -> Result<()>) -> Result<()> {
    db.conn().each_row(
        "SELECT c.cf, p.cf, g.profile, u.name, g.granted_on, g.granted_at,
                g.data_processing_authorised, g.approved_at, g.ended_on, g.confirmed_on,
                g.confirmed_at, g.revoked_on, g.revoked_at, g.ended_at, g.disable_requested_on,
                g.disable_requested_at
         FROM grants g
         JOIN company c ON c.id = g.company_id JOIN person p ON p.id = g.person_id
         LEFT JOIN unit u ON u.id = g.unit_id
         ORDER BY g.id",
        [],
        |r| {
            each(Grant {
                company: r.get(0)?,
                person: r.get(1)?,
                profile: r.get(2)?,
                unit: r.get(3)?,
                granted_on: r.get(4)?,
                granted_at: r.get(5)?,
                data_processing_authorised: r.get(6)?,
                approved_at: r.get(7)?,
                ended_on: r.get(8)?,
                confirmed_on: r.get(9)?,
                confirmed_at: r.get(10)?,
                revoked_on: r.get(11)?,
                revoked_at: r.get(12)?,
                ended_at: r.get(13)?,
                disable_requested_on: r.get(14)?,
                disable_requested_at: r.get(15)?,
            })
        },
    )
}

/// A relationship as the replay compares it: its pair, and each side's day and instant.
pub struct Relationship {
    pub company: String,
    pub person: String,
    pub started_on: String,
    pub started_at: Option<String>,
    pub ended_on: Option<String>,
    pub ended_at: Option<String>,
}

/// Every relationship, each pair's in the order they were made.
pub fn each_relationship(
    db: &impl Db,
    mut each: impl FnMut(Relationship) -> Result<()>,
) -> Result<()> {
    db.conn().each_row(
        "SELECT c.cf, p.cf, r.started_on, r.started_at, r.ended_on, r.ended_at
         FROM relationship r
         JOIN company c ON c.id = r.company_id JOIN person p ON p.id = r.person_id
         ORDER BY r.company_id, r.person_id, r.id",
        [],
        |r| {
            each(Relationship {
                company: r.get(0)?,
                person: r.get(1)?,
                started_on: r.get(2)?,
                started_at: r.get(3)?,
                ended_on: r.get(4)?,
                ended_at: r.get(5)?,
            })
        },
    )
}
