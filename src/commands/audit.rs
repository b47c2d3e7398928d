//! `lpt audit`: the trail (log, verify) and the compliance questions asked of it
//! (overdue revocations R8, periodic review R12).

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;
use serde::Serialize;

use super::{Ctx, company_cf, person_cf};
use crate::cli::parse_date;
use crate::error::Exit;
use crate::output::note;
use crate::store::audit;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// List grants still open more than 5 days after the relationship ended (R8): the cron job
    ///
    /// Prints nothing in table format when nothing is overdue, so cron mails only when
    /// there is work. With --exit-code, exits 3 when anything is listed.
    #[command(
        after_help = "Examples:\n  lpt audit overdue-revocations --exit-code\n  lpt audit overdue-revocations --as-of 2026-12-31 --include-late --format csv\n\ncrontab:\n  0 7 * * *  LPT_DB=/srv/lpt/lpt.db lpt audit overdue-revocations --exit-code"
    )]
    OverdueRevocations(OverdueArgs),
    /// Show audit events, oldest first
    #[command(after_help = "Example:\n  lpt audit log --company 01234567897 --since 2026-11-01")]
    Log {
        /// Only events about this company
        #[arg(long, value_name = "CF")]
        company: Option<String>,
        /// Only events about or by this person
        #[arg(long, value_name = "CF")]
        person: Option<String>,
        /// Only events on or after this day
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        since: Option<NaiveDate>,
    },
    /// List active grants due for periodic review (R12): never confirmed, or confirmed too long ago
    #[command(after_help = "Example:\n  lpt audit review --older-than 180 --company 01234567897")]
    Review {
        /// Days since the last confirmation after which a grant is due
        #[arg(long, value_name = "DAYS", default_value_t = 365)]
        older_than: u32,
        /// Only this company
        #[arg(long, value_name = "CF")]
        company: Option<String>,
        /// Count from this day instead of today
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        as_of: Option<NaiveDate>,
    },
    /// Recompute the audit chain; exit 1 naming the first event that does not match
    #[command(after_help = "Example:\n  lpt audit verify")]
    Verify,
}

#[derive(Debug, clap::Args)]
pub struct OverdueArgs {
    /// The day to judge from [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<NaiveDate>,
    /// Only this company
    #[arg(long, value_name = "CF")]
    company: Option<String>,
    /// Exit with status 3 when anything is listed
    #[arg(long)]
    exit_code: bool,
    /// Also list grants that were revoked, but after their deadline, with the days late
    #[arg(long)]
    include_late: bool,
}

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
    pub days_overdue: i64,
    /// Set for grants revoked after their deadline (--include-late).
    pub revoked_on: Option<String>,
}

#[derive(Debug, Serialize, Default)]
struct Due {
    company_cf: String,
    company_name: String,
    person_cf: String,
    family_name: String,
    given_name: String,
    profile: String,
    unit: Option<String>,
    granted_on: String,
    last_confirmed_on: Option<String>,
    confirmed_by: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::OverdueRevocations(a) => overdue(ctx, a),
        Cmd::Log {
            company,
            person,
            since,
        } => {
            let company = company.as_deref().map(company_cf).transpose()?;
            let person = person.as_deref().map(person_cf).transpose()?;
            let conn = ctx.open()?;
            let rows = audit::list(
                &conn,
                company.as_ref().map(|c| c.as_str()),
                person.as_ref().map(|c| c.as_str()),
                since.map(|d| d.to_string()).as_deref(),
            )?;
            ctx.out.list(&rows)?;
            Ok(Exit::Ok)
        }
        Cmd::Review {
            older_than,
            company,
            as_of,
        } => {
            let company = company.as_deref().map(company_cf).transpose()?;
            let conn = ctx.open()?;
            let cutoff =
                (as_of.unwrap_or(ctx.today) - chrono::Days::new(u64::from(older_than))).to_string();
            let mut st = conn.prepare(
                "SELECT c.cf, c.name, p.cf, p.family_name, p.given_name, g.profile, u.name,
                        g.granted_on, g.confirmed_on, cb.cf
                 FROM grants g
                 JOIN company c ON c.id = g.company_id
                 JOIN person p ON p.id = g.person_id
                 LEFT JOIN unit u ON u.id = g.unit_id
                 LEFT JOIN person cb ON cb.id = g.confirmed_by
                 WHERE g.revoked_on IS NULL AND g.approved_at IS NOT NULL
                   AND (g.confirmed_on IS NULL OR g.confirmed_on < ?1)
                   AND (?2 IS NULL OR c.cf = ?2)
                 ORDER BY c.cf, p.family_name, p.given_name, p.cf, g.profile",
            )?;
            let rows: Vec<Due> = st
                .query_map(params![cutoff, company.as_ref().map(|c| c.as_str())], |r| {
                    Ok(Due {
                        company_cf: r.get(0)?,
                        company_name: r.get(1)?,
                        person_cf: r.get(2)?,
                        family_name: r.get(3)?,
                        given_name: r.get(4)?,
                        profile: r.get(5)?,
                        unit: r.get(6)?,
                        granted_on: r.get(7)?,
                        last_confirmed_on: r.get(8)?,
                        confirmed_by: r.get(9)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            ctx.out.list(&rows)?;
            Ok(Exit::Ok)
        }
        Cmd::Verify => {
            let conn = ctx.open()?;
            match audit::verify(&conn)? {
                (n, None) => {
                    note(format!("audit chain intact: {n} events"));
                    Ok(Exit::Ok)
                }
                (_, Some(problem)) => Err(anyhow::anyhow!("audit chain broken: {problem}")),
            }
        }
    }
}

const OVERDUE_OPEN: &str = "
    SELECT c.cf, c.name, p.cf, p.family_name, p.given_name, g.profile, u.name, g.ended_on,
           date(g.ended_on, '+5 days'),
           CAST(julianday(?1) - julianday(g.ended_on, '+5 days') AS INTEGER), NULL
    FROM grants g
    JOIN company c ON c.id = g.company_id
    JOIN person p ON p.id = g.person_id
    LEFT JOIN unit u ON u.id = g.unit_id
    WHERE g.revoked_on IS NULL AND g.ended_on IS NOT NULL
      AND g.ended_on < date(?1, '-5 days')
      AND (?2 IS NULL OR c.cf = ?2)";

const OVERDUE_LATE: &str = "
    SELECT c.cf, c.name, p.cf, p.family_name, p.given_name, g.profile, u.name, g.ended_on,
           date(g.ended_on, '+5 days'),
           CAST(julianday(g.revoked_on) - julianday(g.ended_on, '+5 days') AS INTEGER), g.revoked_on
    FROM grants g
    JOIN company c ON c.id = g.company_id
    JOIN person p ON p.id = g.person_id
    LEFT JOIN unit u ON u.id = g.unit_id
    WHERE g.revoked_on IS NOT NULL AND g.ended_on IS NOT NULL
      AND g.revoked_on > date(g.ended_on, '+5 days') AND g.revoked_on <= ?1
      AND (?2 IS NULL OR c.cf = ?2)";

/// The overdue (and, with `late`, late) grants as of a day (R8).
pub fn overdue_rows(
    conn: &rusqlite::Connection,
    as_of: &str,
    company: Option<&str>,
    late: bool,
) -> Result<Vec<Overdue>> {
    let sql = if late {
        format!("{OVERDUE_OPEN} UNION ALL {OVERDUE_LATE} ORDER BY 8, 1, 3, 6, 7")
    } else {
        format!("{OVERDUE_OPEN} ORDER BY 8, 1, 3, 6, 7")
    };
    let mut st = conn.prepare(&sql)?;
    let rows = st
        .query_map(params![as_of, company], |r| {
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
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn overdue(ctx: &Ctx, a: OverdueArgs) -> Result<Exit> {
    let company = a.company.as_deref().map(company_cf).transpose()?;
    let conn = ctx.open()?;
    let rows = overdue_rows(
        &conn,
        &ctx.day(a.as_of),
        company.as_ref().map(|c| c.as_str()),
        a.include_late,
    )?;
    ctx.out.list(&rows)?;
    Ok(if a.exit_code && !rows.is_empty() {
        Exit::Found
    } else {
        Exit::Ok
    })
}
