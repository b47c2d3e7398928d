//! Grants (abilitazioni) and the work relationships they rest on.

use crate::params;
use crate::store::db::OptionalExtension;
use anyhow::Result;

use super::{CompanyId, Db, GrantId, PersonId, RelationshipId, Session, UnitId};

pub use super::powers::{Powers, powers, powers_everywhere};

/// A grant with the names a reader needs.
#[derive(Debug, Clone)]
pub struct Grant {
    pub id: GrantId,
    pub person_id: PersonId,
    pub person_cf: String,
    pub family_name: String,
    pub given_name: String,
    pub company_id: CompanyId,
    pub company_cf: String,
    pub profile: String,
    pub unit_id: Option<UnitId>,
    pub unit: Option<String>,
    pub relationship_id: RelationshipId,
    pub started_on: String,
    pub granted_on: String,
    pub granted_by: String,
    pub data_processing_authorised: Option<bool>,
    pub approved_at: Option<String>,
    pub approved_by: Option<String>,
    pub ended_on: Option<String>,
    pub confirmed_on: Option<String>,
    pub confirmed_by: Option<String>,
    pub revoked_on: Option<String>,
    pub revoked_by: Option<String>,
    pub revoke_reason: Option<String>,
    /// Recorded time (R8): the instants lpt recorded the grant, the end of its
    /// relationship, its revocation and its last confirmation.
    pub granted_at: Option<String>,
    pub ended_at: Option<String>,
    pub revoked_at: Option<String>,
    pub confirmed_at: Option<String>,
    /// R7: the day an administrator asked the Region to disable it, while it awaits.
    pub disable_requested_on: Option<String>,
}

impl Grant {
    pub fn live(&self) -> bool {
        self.revoked_on.is_none()
    }
    pub fn requested(&self) -> bool {
        self.live() && self.approved_at.is_none()
    }
    pub fn active(&self) -> bool {
        self.live() && self.approved_at.is_some()
    }
    pub fn state(&self) -> &'static str {
        if !self.live() {
            "revoked"
        } else if self.requested() {
            "requested"
        } else {
            "active"
        }
    }
    /// "GESTIONE_CO at group level" / "GESTIONE_CO in unit Napoli".
    pub fn describe(&self) -> String {
        match &self.unit {
            Some(u) => format!("{} in unit {u}", self.profile),
            None => format!("{} at group level", self.profile),
        }
    }
}

const SELECT: &str =
    "SELECT g.id, g.person_id, p.cf, p.family_name, p.given_name, g.company_id, c.cf,
        g.profile, g.unit_id, u.name, g.relationship_id, r.started_on, g.granted_on, gb.cf,
        g.data_processing_authorised, g.approved_at, ab.cf, g.ended_on, g.confirmed_on, cb.cf,
        g.revoked_on, rb.cf, g.revoke_reason, g.granted_at, g.ended_at, g.revoked_at,
        g.confirmed_at, g.disable_requested_on
     FROM grants g
     JOIN person p ON p.id = g.person_id
     JOIN company c ON c.id = g.company_id
     JOIN relationship r ON r.id = g.relationship_id
     JOIN person gb ON gb.id = g.granted_by
     LEFT JOIN unit u ON u.id = g.unit_id
     LEFT JOIN person ab ON ab.id = g.approved_by
     LEFT JOIN person cb ON cb.id = g.confirmed_by
     LEFT JOIN person rb ON rb.id = g.revoked_by";

fn row(r: &crate::store::Row<'_>) -> crate::store::db::Result<Grant> {
    Ok(Grant {
        id: r.get(0)?,
        person_id: r.get(1)?,
        person_cf: r.get(2)?,
        family_name: r.get(3)?,
        given_name: r.get(4)?,
        company_id: r.get(5)?,
        company_cf: r.get(6)?,
        profile: r.get(7)?,
        unit_id: r.get(8)?,
        unit: r.get(9)?,
        relationship_id: r.get(10)?,
        started_on: r.get(11)?,
        granted_on: r.get(12)?,
        granted_by: r.get(13)?,
        data_processing_authorised: r.get(14)?,
        approved_at: r.get(15)?,
        approved_by: r.get(16)?,
        ended_on: r.get(17)?,
        confirmed_on: r.get(18)?,
        confirmed_by: r.get(19)?,
        revoked_on: r.get(20)?,
        revoked_by: r.get(21)?,
        revoke_reason: r.get(22)?,
        granted_at: r.get(23)?,
        ended_at: r.get(24)?,
        revoked_at: r.get(25)?,
        confirmed_at: r.get(26)?,
        disable_requested_on: r.get(27)?,
    })
}

fn query(db: &impl Db, filter: &str, p: impl crate::store::db::Params) -> Result<Vec<Grant>> {
    let mut st = db
        .conn()
        .prepare_cached(&format!("{SELECT} WHERE {filter}"))?;
    let v = st
        .query_map(p, row)?
        .collect::<crate::store::db::Result<_>>()?;
    Ok(v)
}

/// A person's grants in a company; `live_only` leaves out revoked ones.
pub fn of_person(
    db: &impl Db,
    person: PersonId,
    company: CompanyId,
    live_only: bool,
) -> Result<Vec<Grant>> {
    query(
        db,
        "g.person_id = ?1 AND g.company_id = ?2 AND (?3 = 0 OR g.revoked_on IS NULL)
         ORDER BY g.revoked_on IS NOT NULL, g.profile, u.name",
        params![person, company, live_only],
    )
}

/// Every live grant of a person in every company (R9).
pub fn live_everywhere(db: &impl Db, person: PersonId) -> Result<Vec<Grant>> {
    query(
        db,
        "g.person_id = ?1 AND g.revoked_on IS NULL ORDER BY c.cf, g.profile, u.name",
        params![person],
    )
}

/// A company's grants as [`of_company`] lists them, handed to `each` one at a time.
pub fn each_of_company(
    db: &impl Db,
    company: CompanyId,
    unit: Option<UnitId>,
    profile: Option<&str>,
    live_only: bool,
    mut each: impl FnMut(Grant) -> Result<()>,
) -> Result<()> {
    db.conn().each_row(
        &format!("{SELECT} WHERE {OF_COMPANY}"),
        params![company, unit, profile, live_only],
        |r| each(row(r)?),
    )
}

const OF_COMPANY: &str =
    "g.company_id = ?1 AND (?2 IS NULL OR g.unit_id = ?2) AND (?3 IS NULL OR g.profile = ?3)
       AND (?4 = 0 OR g.revoked_on IS NULL)
     ORDER BY g.revoked_on IS NOT NULL, p.family_name, p.given_name, p.cf, g.profile, u.name";

/// A company's grants, filtered by unit and profile; `live_only` leaves out revoked ones.
pub fn of_company(
    db: &impl Db,
    company: CompanyId,
    unit: Option<UnitId>,
    profile: Option<&str>,
    live_only: bool,
) -> Result<Vec<Grant>> {
    let mut v = Vec::new();
    each_of_company(db, company, unit, profile, live_only, |g| {
        v.push(g);
        Ok(())
    })?;
    Ok(v)
}

/// The live grants of one unit.
pub fn live_in_unit(db: &impl Db, unit: UnitId) -> Result<Vec<Grant>> {
    query(
        db,
        "g.unit_id = ?1 AND g.revoked_on IS NULL ORDER BY p.family_name, p.cf, g.profile",
        params![unit],
    )
}

/// The live grant of a profile at a scope, if any.
pub fn live_at(
    db: &impl Db,
    person: PersonId,
    company: CompanyId,
    profile: &str,
    unit: Option<UnitId>,
) -> Result<Option<Grant>> {
    Ok(query(
        db,
        "g.person_id = ?1 AND g.company_id = ?2 AND g.profile = ?3 AND g.unit_id IS NOT DISTINCT FROM ?4
           AND g.revoked_on IS NULL",
        params![person, company, profile, unit],
    )?
    .pop())
}

/// Whether the relationship a grant rests on has ended (R8).
pub fn relationship_ended(db: &impl Db, id: GrantId) -> Result<bool> {
    let mut st = db
        .conn()
        .prepare_cached("SELECT ended_on IS NOT NULL FROM grants WHERE id = ?1")?;
    Ok(st.query_row([id], |r| r.get(0))?)
}

/// How many persons hold a live group-level administrator grant in a company.
pub fn group_admin_count(db: &impl Db, company: CompanyId) -> Result<i64> {
    Ok(db
        .conn()
        .prepare_cached(
            "SELECT count(*) FROM grants WHERE company_id = ?1 AND profile = 'AMMINISTRATORE'
               AND unit_id IS NULL AND revoked_on IS NULL AND approved_at IS NOT NULL",
        )?
        .query_row([company], |r| r.get(0))?)
}

pub struct NewGrant<'a> {
    pub person: PersonId,
    pub company: CompanyId,
    pub profile: &'a str,
    pub unit: Option<UnitId>,
    pub relationship: RelationshipId,
    pub granted_on: &'a str,
    pub granted_by: PersonId,
    pub data_processing_authorised: Option<bool>,
    /// `None` leaves the grant a request awaiting a regional operator.
    pub approved: Option<(&'a str, PersonId)>,
}

pub fn insert(s: &Session, g: &NewGrant<'_>) -> Result<GrantId> {
    let id = s.new_id(super::ids::Table::Grants)?;
    s.insert_later(
        "INSERT INTO grants (id, person_id, company_id, profile, unit_id, relationship_id,
             granted_on, granted_by, data_processing_authorised, approved_at, approved_by,
             granted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            id,
            g.person,
            g.company,
            g.profile,
            g.unit,
            g.relationship,
            g.granted_on,
            g.granted_by,
            g.data_processing_authorised,
            g.approved.map(|a| a.0),
            g.approved.map(|a| a.1),
            s.recorded(g.granted_on)
        ],
    )?;
    Ok(GrantId(id))
}

pub fn revoke(s: &Session, id: GrantId, on: &str, by: PersonId, reason: &str) -> Result<()> {
    // Only a live grant: one revoked around lpt meanwhile (a server lets roles write
    // its tables) is not written over, and the change fails.
    let n = s.with(
        "UPDATE grants SET revoked_on = ?2, revoked_by = ?3, revoke_reason = ?4, revoked_at = ?5
         WHERE id = ?1 AND revoked_on IS NULL",
        |st| st.execute(params![id, on, by, reason, s.recorded(on)]),
    )?;
    if n != 1 {
        anyhow::bail!(crate::tr!("store-grant-changed", id = id.0));
    }
    Ok(())
}

/// Approves a request now, by the regional operator `by`.
pub fn approve(s: &Session, id: GrantId, by: PersonId) -> Result<()> {
    s.conn()
        .prepare_cached("UPDATE grants SET approved_at = ?2, approved_by = ?3 WHERE id = ?1")?
        .execute(params![id, s.now(), by])?;
    Ok(())
}

pub fn confirm(s: &Session, id: GrantId, on: &str, by: PersonId) -> Result<()> {
    s.conn()
        .prepare_cached(
            "UPDATE grants SET confirmed_on = ?2, confirmed_by = ?3, confirmed_at = ?4 WHERE id = ?1",
        )?
        .execute(params![id, on, by, s.now()])?;
    Ok(())
}

/// A live grant at one scope, as the bulk paths look it up: one table, no joins.
#[derive(Debug, Clone)]
pub struct Live {
    pub id: GrantId,
    pub granted_on: String,
    pub approved: bool,
    /// Its disabling awaits the Region (R7).
    pub disable_requested: bool,
}

/// The live grant of a profile at a scope, if any (the bulk paths' lookup).
pub fn live_one(
    db: &impl Db,
    person: PersonId,
    company: CompanyId,
    profile: &str,
    unit: Option<UnitId>,
) -> Result<Option<Live>> {
    db.with(
        "SELECT id, granted_on, approved_at IS NOT NULL, disable_requested_at IS NOT NULL FROM grants
         WHERE person_id = ?1 AND company_id = ?2 AND profile = ?3 AND coalesce(unit_id, 0) = coalesce(?4, 0)
           AND revoked_on IS NULL",
        |st| {
            st.query_row(params![person, company, profile, unit], |r| {
                Ok(Live {
                    id: r.get(0)?,
                    granted_on: r.get(1)?,
                    approved: r.get(2)?,
                    disable_requested: r.get(3)?,
                })
            })
            .optional()
        },
    )
}

/// A live grant with the person, company, profile and unit it belongs to.
pub type LiveAt = (PersonId, CompanyId, String, Option<UnitId>, Live);

/// The live grants of these persons, anywhere: the bulk paths' lookup ahead of a batch of
/// rows, [`live_one`] for many at once (a person appears once in `persons`).
pub fn live_of_persons(db: &impl Db, persons: &[PersonId]) -> Result<Vec<LiveAt>> {
    if persons.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; persons.len()].join(", ");
    let sql = format!(
        "SELECT person_id, company_id, profile, unit_id, id, granted_on,
                approved_at IS NOT NULL, disable_requested_at IS NOT NULL
         FROM grants WHERE person_id IN ({marks}) AND revoked_on IS NULL"
    );
    let mut st = db.conn().prepare(&sql)?;
    let found = st
        .query_map(persons, |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                Live {
                    id: r.get(4)?,
                    granted_on: r.get(5)?,
                    approved: r.get(6)?,
                    disable_requested: r.get(7)?,
                },
            ))
        })?
        .collect::<crate::store::db::Result<_>>()?;
    Ok(found)
}

/// The units of a person's live grants in a company (`None`: group level).
pub fn live_units(
    db: &impl Db,
    person: PersonId,
    company: CompanyId,
) -> Result<Vec<Option<UnitId>>> {
    db.with(
        "SELECT unit_id FROM grants WHERE person_id = ?1 AND company_id = ?2 AND revoked_on IS NULL",
        |st| st.query_map(params![person, company], |r| r.get(0))?.collect(),
    )
}
