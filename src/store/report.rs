//! The compliance questions asked of the state tables: overdue revocations (R8), grants
//! due for review (R12), and the registry export's rows. Each row goes to a callback as it
//! is read, so no report holds a large result in memory.

use crate::params;
use anyhow::Result;
use serde::Serialize;

use super::{Db, UnitId};

/// One row of `audit overdue-revocations` (DOMAIN.md "Machine output").
#[derive(Debug, Serialize, Default)]
pub struct Overdue {
    pub company_cf: String,
    pub company_name: String,
    pub person_cf: String,
    pub family_name: String,
    pub given_name: String,
    pub profile: String,
    pub unit: Option<String>,
    pub ended_on: String,
    pub due_on: String,
    /// Days past `due_on`: on the day asked about, or for a late revocation on the day it
    /// was recorded (R8).
    pub days_overdue: i64,
    /// Set for grants revoked after their deadline (--include-late): the day the
    /// revocation declares.
    pub revoked_on: Option<String>,
    /// The instant the revocation was recorded, which lateness is judged on (R8).
    pub revoked_at: Option<String>,
    /// Who must act on a grant still open (R7): `company` (revoke it) or `region` (its
    /// disabling was requested from the Region, which has not approved it yet). None for a
    /// late revocation: nothing awaits.
    pub awaiting: Option<String>,
    /// When the company asked the Region to disable it (R7), if it did.
    pub disable_requested_at: Option<String>,
}

const COLUMNS: &str = "c.cf, c.name, p.cf, p.family_name, p.given_name, g.profile, u.name,
    g.ended_on, date(g.ended_on, '+5 days')";

const FROM: &str = "FROM grants g
    JOIN company c ON c.id = g.company_id
    JOIN person p ON p.id = g.person_id
    LEFT JOIN unit u ON u.id = g.unit_id";

/// A grant is access once approved (a request awaiting the Region, R7, never was), so the
/// approval's recorded instant stands for the grant's own in what follows.
///
/// Open now: grants not revoked whose deadline has passed. What has been recorded so far is
/// all there is, so the partial index of ended, unrevoked grants answers it.
const OPEN_NOW: &str = "
    WHERE g.revoked_on IS NULL AND g.ended_on IS NOT NULL
      AND g.ended_on < date(?1, '-5 days') AND g.ended_at < ?3 AND g.approved_at < ?3
      AND (?2 IS NULL OR c.cf = ?2)";

/// Open on a past day, as the database knew it then (R8): the grant and the end of its
/// relationship recorded by the end of that day (?3, the first instant of the next day),
/// and its revocation, if any, recorded after it. Two index ranges: the grants still open
/// (the partial index of ended, unrevoked grants), and those whose revocation was recorded
/// after that day (the partial index of ended grants' recorded revocations).
const OPEN_THEN_LIVE: &str = "
    WHERE g.revoked_on IS NULL AND g.ended_on IS NOT NULL
      AND g.ended_on < date(?1, '-5 days') AND g.ended_at < ?3 AND g.approved_at < ?3
      AND (?2 IS NULL OR c.cf = ?2)";
const OPEN_THEN_REVOKED_LATER: &str = "
    WHERE g.revoked_at >= ?3 AND g.ended_on IS NOT NULL
      AND g.ended_on < date(?1, '-5 days') AND g.ended_at < ?3 AND g.approved_at < ?3
      AND (?2 IS NULL OR c.cf = ?2)";

/// Revoked late, by the day the revocation was recorded (R8), recorded by the end of the day
/// asked about. The text comparison first keeps only revocations recorded after the
/// deadline's first hours, in UTC; `lpt_day` then judges on the day in Italy.
const LATE: &str = "
    WHERE g.revoked_at IS NOT NULL AND g.ended_on IS NOT NULL AND g.revoked_at < ?3
      AND g.ended_at < ?3 AND g.approved_at IS NOT NULL
      AND g.revoked_at > date(g.ended_on, '+5 days')
      AND lpt_day(g.revoked_at) > date(g.ended_on, '+5 days')
      AND (?2 IS NULL OR c.cf = ?2)";

/// The overdue (and, with `late`, late) grants on day `as_of` as the database knew it at
/// the end of that day (R8). `today` tells the past from the present.
pub fn overdue(
    db: &impl Db,
    as_of: chrono::NaiveDate,
    today: chrono::NaiveDate,
    company: Option<&str>,
    late: bool,
    mut each: impl FnMut(Overdue) -> Result<()>,
) -> Result<()> {
    // R7: a grant whose disabling was requested by the end of the day asked about awaits
    // the Region, not the company.
    let open_days = "CAST(julianday(?1) - julianday(g.ended_on, '+5 days') AS INTEGER), NULL, NULL,
        CASE WHEN g.disable_requested_at < ?3 THEN 'region' ELSE 'company' END,
        CASE WHEN g.disable_requested_at < ?3 THEN g.disable_requested_at END";
    let mut sql = if as_of >= today {
        format!("SELECT {COLUMNS}, {open_days} {FROM} {OPEN_NOW}")
    } else {
        format!(
            "SELECT {COLUMNS}, {open_days} {FROM} {OPEN_THEN_LIVE}
             UNION ALL SELECT {COLUMNS}, {open_days} {FROM} {OPEN_THEN_REVOKED_LATER}"
        )
    };
    if late {
        sql.push_str(&format!(
            " UNION ALL SELECT {COLUMNS},
                 CAST(julianday(lpt_day(g.revoked_at)) - julianday(g.ended_on, '+5 days') AS INTEGER),
                 g.revoked_on, g.revoked_at, NULL, g.disable_requested_at
             {FROM} {LATE}"
        ));
    }
    sql.push_str(" ORDER BY 8, 1, 3, 6, 7");
    let end_of_day = crate::dates::start_of(as_of + chrono::Days::new(1));
    let mut st = db.conn().prepare(&sql)?;
    let rows = st.query_map(params![as_of.to_string(), company, end_of_day], |r| {
        Ok(Overdue {
            company_cf: r.get(0)?,
            company_name: r.get(1)?,
            person_cf: r.get(2)?,
            family_name: r.get(3)?,
            given_name: r.get(4)?,
            profile: r.get(5)?,
            unit: r.get(6)?,
            ended_on: r.get(7)?,
            due_on: r.get(8)?,
            days_overdue: r.get(9)?,
            revoked_on: r.get(10)?,
            revoked_at: r.get(11)?,
            awaiting: r.get(12)?,
            disable_requested_at: r.get(13)?,
        })
    })?;
    for r in rows {
        each(r?)?;
    }
    Ok(())
}

/// An active grant due for periodic review (R12).
#[derive(Debug, Serialize, Default)]
pub struct Due {
    pub company_cf: String,
    pub company_name: String,
    pub person_cf: String,
    pub family_name: String,
    pub given_name: String,
    pub profile: String,
    pub unit: Option<String>,
    pub granted_on: String,
    pub last_confirmed_on: Option<String>,
    pub confirmed_by: Option<String>,
    /// Why it is due: "change of role on DATE: NOTE" (R12, §8.2) until a confirmation
    /// after that change, or else the periodic review's "never confirmed" / "last
    /// confirmed on DATE".
    pub reason: String,
}

/// Active grants never confirmed, or last confirmed before `cutoff`, or not confirmed since
/// the latest change of role of their holder in their company recorded after the grant (R12).
pub fn due_for_review(
    db: &impl Db,
    cutoff: &str,
    company: Option<&str>,
    mut each: impl FnMut(Due) -> Result<()>,
) -> Result<()> {
    db.conn().each_row(
        "SELECT c.cf, c.name, p.cf, p.family_name, p.given_name, g.profile, u.name,
                g.granted_on, g.confirmed_on, cb.cf, rc.changed_on, rc.note,
                NOT EXISTS (SELECT 1 FROM company_type ct JOIN catalog_profile_type pt
                              ON pt.type = ct.type
                            WHERE ct.company_id = g.company_id AND pt.profile = g.profile)
         FROM grants g
         JOIN company c ON c.id = g.company_id
         JOIN person p ON p.id = g.person_id
         LEFT JOIN unit u ON u.id = g.unit_id
         LEFT JOIN person cb ON cb.id = g.confirmed_by
         LEFT JOIN role_change rc ON rc.id = (
             SELECT max(r.id) FROM role_change r
             WHERE r.person_id = g.person_id AND r.company_id = g.company_id
               AND r.recorded_at > coalesce(g.confirmed_at, '')
               AND r.recorded_at >= coalesce(g.granted_at, ''))
         WHERE g.revoked_on IS NULL AND g.approved_at IS NOT NULL
           AND (rc.id IS NOT NULL OR g.confirmed_on IS NULL OR g.confirmed_on < ?1
                OR NOT EXISTS (SELECT 1 FROM company_type ct JOIN catalog_profile_type pt
                                 ON pt.type = ct.type
                               WHERE ct.company_id = g.company_id AND pt.profile = g.profile))
           AND (?2 IS NULL OR c.cf = ?2)
         ORDER BY c.cf, p.family_name, p.given_name, p.cf, g.profile",
        params![cutoff, company],
        |r| {
            let confirmed: Option<String> = r.get(8)?;
            let role: Option<(String, String)> = r.get::<_, Option<String>>(10)?.zip(r.get(11)?);
            let unallowed: bool = r.get(12)?;
            let reason = match (role, &confirmed) {
                // R4: a type removed left it without an eligible type: to revoke, not confirm.
                _ if unallowed => "no longer allowed by the company's types: revoke it".to_string(),
                (Some((on, note)), _) => format!("change of role on {on}: {note}"),
                (None, None) => "never confirmed".to_string(),
                (None, Some(d)) => format!("last confirmed on {d}"),
            };
            each(Due {
                company_cf: r.get(0)?,
                company_name: r.get(1)?,
                person_cf: r.get(2)?,
                family_name: r.get(3)?,
                given_name: r.get(4)?,
                profile: r.get(5)?,
                unit: r.get(6)?,
                granted_on: r.get(7)?,
                last_confirmed_on: confirmed,
                confirmed_by: r.get(9)?,
                reason,
            })
        },
    )
}

/// One row of the registry CSV, in the columns' order (the ten of the registry, then the
/// three recorded instants), and the unit it lies in.
pub type RegistryRow = ([Option<String>; 13], Option<UnitId>);

/// Every grant as a registry row, oldest first, filtered by company, unit and liveness,
/// handed to `each` one at a time.
pub fn registry(
    db: &impl Db,
    company: Option<super::CompanyId>,
    unit: Option<UnitId>,
    active: bool,
    mut each: impl FnMut(RegistryRow) -> Result<()>,
) -> Result<()> {
    db.conn().each_row(
        "SELECT c.cf, p.cf, p.family_name, p.given_name, g.profile, u.name, g.granted_on,
                g.ended_on, g.revoked_on, g.revoke_reason, g.unit_id, g.granted_at, g.ended_at,
                g.revoked_at
         FROM grants g
         JOIN company c ON c.id = g.company_id
         JOIN person p ON p.id = g.person_id
         LEFT JOIN unit u ON u.id = g.unit_id
         WHERE (?1 IS NULL OR g.company_id = ?1) AND (?2 IS NULL OR g.unit_id = ?2)
           AND (?3 = 0 OR g.revoked_on IS NULL)
         ORDER BY g.id",
        params![company, unit, active],
        |r| {
            let cells = [
                Some(r.get(0)?),
                Some(r.get(1)?),
                Some(r.get(2)?),
                Some(r.get(3)?),
                Some(r.get(4)?),
                r.get(5)?,
                Some(r.get(6)?),
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
                r.get(11)?,
                r.get(12)?,
                r.get(13)?,
            ];
            each((cells, r.get(10)?))
        },
    )
}
