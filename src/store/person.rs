//! Persons and regional operators.

use crate::params;
use crate::store::db::OptionalExtension;
use anyhow::Result;

use super::{Db, PersonId, Session};

/// A registered person as stored, with whether they are a regional operator.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: PersonId,
    pub cf: String,
    pub family_name: String,
    pub given_name: String,
    pub email: Option<String>,
    pub via: String,
    pub first_access_on: String,
    pub registered_at: String,
    pub suspended_at: Option<String>,
    pub suspended_reason: Option<String>,
    pub operator: bool,
}

impl Person {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }
    pub fn suspended(&self) -> bool {
        self.suspended_at.is_some()
    }
    /// A regional operator who may act as one (R14): not suspended.
    pub fn active_operator(&self) -> bool {
        self.operator && !self.suspended()
    }
    /// "Mario Rossi (RSSMRA80A01H501U)", the form used in messages.
    pub fn label(&self) -> String {
        format!("{} ({})", self.full_name(), self.cf)
    }
}

// Single-table queries only: SQLite marks a join's (and an ORDER BY's) plan as depending on
// the bound values, and rusqlite's statement cache then re-prepares it on every use.
macro_rules! select {
    ($where:literal) => {
        concat!(
            "SELECT p.id, p.cf, p.family_name, p.given_name, p.email, p.via, p.first_access_on,
                p.registered_at, p.suspended_at, p.suspended_reason,
                EXISTS (SELECT 1 FROM operator o WHERE o.person_id = p.id)
             FROM person p ",
            $where
        )
    };
}

fn row(r: &crate::store::Row<'_>) -> crate::store::db::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        cf: r.get(1)?,
        family_name: r.get(2)?,
        given_name: r.get(3)?,
        email: r.get(4)?,
        via: r.get(5)?,
        first_access_on: r.get(6)?,
        registered_at: r.get(7)?,
        suspended_at: r.get(8)?,
        suspended_reason: r.get(9)?,
        operator: r.get(10)?,
    })
}

pub fn by_cf(db: &impl Db, cf: &str) -> Result<Option<Person>> {
    db.with(select!("WHERE p.cf = ?1"), |st| {
        st.query_row([cf], row).optional()
    })
}

pub fn by_id(db: &impl Db, id: PersonId) -> Result<Person> {
    db.with(select!("WHERE p.id = ?1"), |st| st.query_row([id], row))
}

/// The registered persons with any of these codes (R15: a code's omocodic variants).
pub fn with_codes(db: &impl Db, codes: &[String]) -> Result<Vec<Person>> {
    let marks = vec!["?"; codes.len()].join(", ");
    let sql = format!("{} WHERE p.cf IN ({marks})", select!(""));
    let mut st = db.conn().prepare(&sql)?;
    let found = st
        .query_map(codes, row)?
        .collect::<crate::store::db::Result<_>>()?;
    Ok(found)
}

/// All persons (or only regional operators, or only suspended persons), by family and
/// given name, handed to `each` one at a time.
pub fn each(
    db: &impl Db,
    operators_only: bool,
    suspended_only: bool,
    mut each: impl FnMut(Person) -> Result<()>,
) -> Result<()> {
    let mut st = db.conn().prepare(select!(
        "WHERE (?1 = 0 OR EXISTS (SELECT 1 FROM operator o WHERE o.person_id = p.id))
           AND (?2 = 0 OR p.suspended_at IS NOT NULL)
         ORDER BY p.family_name, p.given_name, p.cf"
    ))?;
    for p in st.query_map([operators_only, suspended_only], row)? {
        each(p?)?;
    }
    Ok(())
}

pub struct NewPerson<'a> {
    pub cf: &'a str,
    pub family_name: &'a str,
    pub given_name: &'a str,
    pub email: Option<&'a str>,
    pub via: &'a str,
    pub first_access_on: &'a str,
}

pub fn insert(s: &Session, p: &NewPerson<'_>) -> Result<PersonId> {
    let id: i64 = s.conn().prepare_cached(
        "INSERT INTO person (cf, family_name, given_name, email, via, first_access_on, registered_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
    )?
    .query_row(params![p.cf, p.family_name, p.given_name, p.email, p.via, p.first_access_on, s.now()], |r| r.get(0))?;
    let id = PersonId(id);
    super::search::index_person(s, id, p.cf, p.family_name, p.given_name)?;
    Ok(id)
}

pub fn add_operator(s: &Session, id: PersonId, by: Option<PersonId>) -> Result<()> {
    s.conn().execute(
        "INSERT INTO operator (person_id, added_by, added_at) VALUES (?1, ?2, ?3)",
        params![id, by, s.now()],
    )?;
    Ok(())
}

pub fn remove_operator(s: &Session, id: PersonId) -> Result<()> {
    s.conn()
        .execute("DELETE FROM operator WHERE person_id = ?1", params![id])?;
    Ok(())
}

/// Corrects a person's names and e-mail (R15), and the words they are found by; the code
/// never changes.
pub fn update(
    s: &Session,
    id: PersonId,
    family_name: &str,
    given_name: &str,
    email: Option<&str>,
) -> Result<()> {
    s.conn().execute(
        "UPDATE person SET family_name = ?2, given_name = ?3, email = ?4 WHERE id = ?1",
        params![id, family_name, given_name, email],
    )?;
    let cf: String = s.with("SELECT cf FROM person WHERE id = ?1", |st| {
        st.query_row([id], |r| r.get(0))
    })?;
    super::search::unindex_person(s, id)?;
    super::search::index_person(s, id, &cf, family_name, given_name)?;
    Ok(())
}

/// Suspends a person now, with the reason (`Some`), or lifts the suspension (`None`).
pub fn set_suspended(s: &Session, id: PersonId, reason: Option<&str>) -> Result<()> {
    let at = reason.map(|_| s.now());
    s.conn().execute(
        "UPDATE person SET suspended_at = ?2, suspended_reason = ?3 WHERE id = ?1",
        params![id, at, reason],
    )?;
    Ok(())
}

/// How many persons are registered.
pub fn count(db: &impl Db) -> Result<u64> {
    let n: i64 = db.with("SELECT count(*) FROM person", |st| {
        st.query_row([], |r| r.get(0))
    })?;
    Ok(n.unsigned_abs())
}

/// How many regional operators are not suspended.
pub fn active_operators(db: &impl Db) -> Result<i64> {
    db.with(
        "SELECT count(*) FROM operator o JOIN person p ON p.id = o.person_id
         WHERE p.suspended_at IS NULL",
        |st| st.query_row([], |r| r.get(0)),
    )
}
