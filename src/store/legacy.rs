//! Legacy username/password accounts (R13): foreign users' accounts kept with their
//! credentials, and accounts to correct kept until a regional operator completes them.

use crate::params;
use crate::store::db::OptionalExtension;
use anyhow::Result;

use super::{Db, Session};

/// A legacy account as read: kept for a foreign user, or listed for correction.
pub struct NewAccount<'a> {
    pub username: &'a str,
    pub family_name: &'a str,
    pub given_name: &'a str,
    pub email: Option<&'a str>,
    pub country: &'a str,
}

/// Keeps a legacy account, flagged for a password change at first access; false when the
/// username is already kept (nothing written).
pub fn keep(s: &Session, a: &NewAccount<'_>) -> Result<bool> {
    let actor = s.actor().map(|p| p.id);
    let n = s.conn().execute(
        "INSERT INTO legacy_account (username, family_name, given_name, email, country,
             must_change_password, imported_at, imported_by)
         VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7) ON CONFLICT (username) DO NOTHING",
        params![
            a.username,
            a.family_name,
            a.given_name,
            a.email,
            a.country,
            s.now(),
            actor
        ],
    )?;
    Ok(n > 0)
}

/// Lists an account for correction with the code as typed and the reason, or brings its
/// open listing up to date; false when it is listed so already, or completed (nothing
/// written).
pub fn pend(s: &Session, a: &NewAccount<'_>, cf: &str, reason: &str) -> Result<bool> {
    let actor = s.actor().map(|p| p.id);
    let n = s.conn().execute(
        "INSERT INTO legacy_pending (username, cf, family_name, given_name, email, country,
             reason, listed_at, listed_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (username) DO UPDATE SET cf = ?2, family_name = ?3, given_name = ?4,
             email = ?5, country = ?6, reason = ?7, listed_at = ?8, listed_by = ?9
         WHERE legacy_pending.completed_at IS NULL
             AND (legacy_pending.cf, legacy_pending.family_name, legacy_pending.given_name,
                  legacy_pending.email, legacy_pending.country, legacy_pending.reason)
             IS DISTINCT FROM (?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            a.username,
            cf,
            a.family_name,
            a.given_name,
            a.email,
            a.country,
            reason,
            s.now(),
            actor
        ],
    )?;
    Ok(n > 0)
}

/// An account listed for correction, open or completed.
#[derive(Debug, Clone)]
pub struct Pending {
    pub username: String,
    pub cf: String,
    pub family_name: String,
    pub given_name: String,
    pub email: Option<String>,
    pub country: String,
    pub reason: String,
    pub listed_at: String,
    pub completed_cf: Option<String>,
    pub completed_at: Option<String>,
}

fn pending_row(r: &crate::store::Row<'_>) -> crate::store::db::Result<Pending> {
    Ok(Pending {
        username: r.get(0)?,
        cf: r.get(1)?,
        family_name: r.get(2)?,
        given_name: r.get(3)?,
        email: r.get(4)?,
        country: r.get(5)?,
        reason: r.get(6)?,
        listed_at: r.get(7)?,
        completed_cf: r.get(8)?,
        completed_at: r.get(9)?,
    })
}

macro_rules! pending {
    ($rest:literal) => {
        concat!(
            "SELECT username, cf, family_name, given_name, email, country, reason, listed_at,
                 completed_cf, completed_at FROM legacy_pending ",
            $rest
        )
    };
}

/// The listing of one account, if it was ever listed.
pub fn pending(db: &impl Db, username: &str) -> Result<Option<Pending>> {
    db.with(pending!("WHERE username = ?1"), |st| {
        st.query_row([username], pending_row).optional()
    })
}

/// Closes an account's open listing: completed with this code now; false when it had none.
pub fn complete(s: &Session, username: &str, cf: &str) -> Result<bool> {
    let actor = s.actor().map(|p| p.id);
    let n = s.conn().execute(
        "UPDATE legacy_pending SET completed_cf = ?2, completed_at = ?3, completed_by = ?4
         WHERE username = ?1 AND completed_at IS NULL",
        params![username, cf, s.now(), actor],
    )?;
    Ok(n > 0)
}

/// Every account listed for correction, by username.
pub fn each_pending(db: &impl Db, mut each: impl FnMut(Pending) -> Result<()>) -> Result<()> {
    let mut st = db.conn().prepare(pending!("ORDER BY username"))?;
    for p in st.query_map([], pending_row)? {
        each(p?)?;
    }
    Ok(())
}

/// A foreign user's account as kept.
pub struct Kept {
    pub username: String,
    pub family_name: String,
    pub given_name: String,
    pub email: Option<String>,
    pub country: String,
    pub must_change_password: bool,
    pub imported_at: String,
}

/// Every foreign user's account kept, by username.
pub fn each_kept(db: &impl Db, mut each: impl FnMut(Kept) -> Result<()>) -> Result<()> {
    let mut st = db.conn().prepare(
        "SELECT username, family_name, given_name, email, country, must_change_password,
             imported_at FROM legacy_account ORDER BY username",
    )?;
    let rows = st.query_map([], |r| {
        Ok(Kept {
            username: r.get(0)?,
            family_name: r.get(1)?,
            given_name: r.get(2)?,
            email: r.get(3)?,
            country: r.get(4)?,
            must_change_password: r.get(5)?,
            imported_at: r.get(6)?,
        })
    })?;
    for k in rows {
        each(k?)?;
    }
    Ok(())
}
