//! Work relationships: a person working for a company from a start day to an optional end
//! day (R8). Every grant rests on one.

use crate::params;
use anyhow::Result;

use super::{CompanyId, Db, PersonId, RelationshipId, Session};

/// A relationship: id, start day and end day.
pub type Relationship = (RelationshipId, String, Option<String>);

/// A person's relationships with a company.
pub fn of(db: &impl Db, person: PersonId, company: CompanyId) -> Result<Vec<Relationship>> {
    db.with(
        "SELECT id, started_on, ended_on FROM relationship WHERE person_id = ?1 AND company_id = ?2",
        |st| {
            st.query_map(params![person, company], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?
            .collect()
        },
    )
}

/// The relationships of these persons, with whichever company: the bulk paths' lookup
/// ahead of a batch of rows (a person appears once in `persons`).
pub fn of_persons(
    db: &impl Db,
    persons: &[PersonId],
) -> Result<Vec<(PersonId, CompanyId, Relationship)>> {
    if persons.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; persons.len()].join(", ");
    let sql = format!(
        "SELECT person_id, company_id, id, started_on, ended_on FROM relationship
         WHERE person_id IN ({marks})"
    );
    let mut st = db.conn().prepare(&sql)?;
    let found = st
        .query_map(persons, |r| {
            Ok((r.get(0)?, r.get(1)?, (r.get(2)?, r.get(3)?, r.get(4)?)))
        })?
        .collect::<crate::store::db::Result<_>>()?;
    Ok(found)
}

/// The person's open relationship with a company: its id and start day.
pub fn open(
    db: &impl Db,
    person: PersonId,
    company: CompanyId,
) -> Result<Option<(RelationshipId, String)>> {
    Ok(of(db, person, company)?
        .into_iter()
        .find(|r| r.2.is_none())
        .map(|(id, start, _)| (id, start)))
}

/// The day the person's last relationship with the company ended, if it has ended.
pub fn last_end(db: &impl Db, person: PersonId, company: CompanyId) -> Result<Option<String>> {
    Ok(of(db, person, company)?
        .into_iter()
        .filter_map(|r| r.2)
        .max())
}

/// Starts a relationship on `on`; its id. (Written with the next statement on a server.)
pub fn start(
    s: &Session,
    person: PersonId,
    company: CompanyId,
    on: &str,
) -> Result<RelationshipId> {
    let id = s.new_id(super::ids::Table::Relationship)?;
    s.insert_later(
        "INSERT INTO relationship (id, person_id, company_id, started_on, started_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, person, company, on, s.recorded(on)],
    )?;
    Ok(RelationshipId(id))
}

/// Ends a relationship on `on` and marks its grants with the end day and the instant it
/// was recorded (R8).
pub fn end(s: &Session, rel: RelationshipId, on: &str) -> Result<()> {
    let at = s.recorded(on);
    // Only an open relationship: one ended around lpt meanwhile is not written over.
    let n = s.with(
        "UPDATE relationship SET ended_on = ?2, ended_at = ?3 WHERE id = ?1 AND ended_on IS NULL",
        |st| st.execute(params![rel, on, at]),
    )?;
    if n != 1 {
        anyhow::bail!(crate::tr!("store-relationship-changed", id = rel.0));
    }
    s.with(
        "UPDATE grants SET ended_on = ?2, ended_at = ?3 WHERE relationship_id = ?1",
        |st| st.execute(params![rel, on, at]),
    )?;
    Ok(())
}
