//! Legacy username/password accounts kept for foreign users (R13).

use anyhow::Result;
use rusqlite::params;

use super::{Db, Session};

/// A foreign user's legacy account, kept with its credentials.
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
