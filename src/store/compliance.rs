//! The compliance report's questions (issue 16, `lpt report compliance`): the revocations
//! recorded in a period of grants whose relationship had ended, read through the partial
//! index of ended grants' recorded revocations (0004), the companies' names, and the
//! reviews recorded in the period. Lateness is judged in `ops::compliance` (R8).

use crate::params;
use anyhow::Result;

use super::{CompanyId, Db};

/// One revocation recorded in the period, of a grant whose relationship had ended.
#[derive(Debug)]
pub struct Revocation {
    pub company: CompanyId,
    /// The declared end of the relationship (R8's deadline counts from it).
    pub ended_on: String,
    /// When the revocation was recorded (R8: lateness is judged on it).
    pub revoked_at: String,
    /// When the company asked the Region to disable it (R7), if it did.
    pub disable_requested_at: Option<String>,
}

/// The revocations recorded from `start` (inclusive) to `end` (exclusive), both RFC 3339
/// instants, of grants whose relationship's end was recorded first, each to `each`.
pub fn revocations(
    db: &impl Db,
    start: &str,
    end: &str,
    mut each: impl FnMut(Revocation) -> Result<()>,
) -> Result<()> {
    let mut st = db.conn().prepare(
        "SELECT g.company_id, g.ended_on, g.revoked_at, g.disable_requested_at
         FROM grants g
         WHERE g.revoked_at >= ?1 AND g.revoked_at < ?2 AND g.revoked_at IS NOT NULL
           AND g.ended_on IS NOT NULL AND g.ended_at <= g.revoked_at",
    )?;
    let mut rows = st.query(params![start, end])?;
    while let Some(r) = rows.next()? {
        each(Revocation {
            company: r.get(0)?,
            ended_on: r.get(1)?,
            revoked_at: r.get(2)?,
            disable_requested_at: r.get(3)?,
        })?;
    }
    Ok(())
}

/// Every company's code and name, by id.
pub fn companies(db: &impl Db) -> Result<std::collections::HashMap<CompanyId, (String, String)>> {
    let mut st = db.conn().prepare("SELECT id, cf, name FROM company")?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    Ok(rows.collect::<super::db::Result<_>>()?)
}

/// How many active grants had their latest review (R12) recorded from `start` to `end`.
pub fn reviews_recorded(db: &impl Db, start: &str, end: &str) -> Result<u64> {
    db.with(
        "SELECT count(*) FROM grants
         WHERE confirmed_at >= ?1 AND confirmed_at < ?2 AND revoked_on IS NULL",
        |st| st.query_row(params![start, end], |r| r.get::<_, i64>(0)),
    )
    .map(|n| n.unsigned_abs())
}
