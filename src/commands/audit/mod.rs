//! `lpt audit`: the trail (log, verify) and the compliance questions asked of it
//! (overdue revocations R8, periodic review R12).

use anyhow::Result;
use chrono::NaiveDate;

mod checkpoint;

use super::Ctx;
use crate::dates::parse_date;
use crate::error::Exit;
use crate::ops::{self, events::Read};
use crate::store::{audit, report};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// List grants still open more than 5 days after the relationship ended (R8): the cron job
    ///
    /// Prints nothing in table format when nothing is overdue, so cron mails only when
    /// there is work. With --exit-code, exits 3 when anything is listed.
    ///
    /// Judged on recorded time (R8): access lasts until its revocation is recorded, so a
    /// revocation recorded after the deadline is late whatever day it declares (revoked_on
    /// shows the declared day, revoked_at the instant it was recorded). --as-of a past day
    /// answers what was overdue then, as the database knew it at the end of that day.
    ///
    /// The column awaiting says who must act on a grant still open: company, or region
    /// when the company asked the Region to disable it (OPERATORE_AGENDA, R7) and no
    /// regional operator has approved yet. Both count for --exit-code.
    #[command(
        after_help = "Examples:\n  lpt audit overdue-revocations --exit-code\n  lpt audit overdue-revocations --as-of 2026-12-31 --include-late --format csv\n\ncrontab:\n  0 7 * * *  LPT_DB=/srv/lpt/lpt.db lpt audit overdue-revocations --exit-code"
    )]
    OverdueRevocations(OverdueArgs),
    /// Show audit events, oldest first
    #[command(after_help = "Example:\n  lpt audit log --company 01234560017 --since 2026-11-01")]
    Log {
        /// Only events about this company
        #[arg(long, value_name = "CF")]
        company: Option<String>,
        /// Only events about or by this person
        #[arg(long, value_name = "CF")]
        person: Option<String>,
        /// Only events on or after this day (in Italy)
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        since: Option<NaiveDate>,
    },
    /// List active grants due for review (R12): never confirmed, confirmed too long ago, or not since a change of role
    ///
    /// The last column, reason, says why: "never confirmed", "last confirmed on DATE", or
    /// "change of role on DATE: NOTE" for a grant recorded before the holder's latest
    /// change of role ('collab role-change') and not confirmed since, or "no longer allowed
    /// by the company's types: revoke it" for a grant a removed company type left without an
    /// eligible type (R4), listed until revoked.
    #[command(after_help = "Example:\n  lpt audit review --older-than 180 --company 01234560017")]
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
    ///
    /// Alone, this proves the chain consistent with itself only: whoever can write the
    /// database can rewrite an event and recompute every hash after it. With --checkpoint
    /// and --public-key it also proves that the log still extends each signed checkpoint
    /// given (R11): the event at each checkpoint's size hashes to its head.
    #[command(
        after_help = "Examples:\n  lpt audit verify\n  lpt audit verify --public-key /etc/lpt/audit.key.pub --checkpoint /mnt/archive/lpt/*.checkpoint"
    )]
    Verify(checkpoint::VerifyArgs),
    /// Make an Ed25519 key for signing checkpoints: FILE (secret) and FILE.pub
    ///
    /// Both are new files readable by their owner only; keep the secret key away from the
    /// database's writers (it never enters the database) and give the .pub file to whoever
    /// verifies.
    #[command(after_help = "Example:\n  lpt audit keygen --key /etc/lpt/audit.key")]
    Keygen(checkpoint::KeygenArgs),
    /// Write a signed checkpoint of the audit chain (R11): the log, its size and its head
    ///
    /// A few lines of text, to keep where the database's writers cannot rewrite it (mailed
    /// by cron, another host, write-once storage). 'audit verify --checkpoint' later proves
    /// the log still extends it.
    #[command(
        after_help = "Examples:\n  lpt audit checkpoint --key /etc/lpt/audit.key\n  lpt audit checkpoint --key /etc/lpt/audit.key --output /srv/lpt/$(date +%F).checkpoint\n\ncrontab (one a day, mailed to the archive):\n  5 0 * * *  LPT_DB=/srv/lpt/lpt.db lpt audit checkpoint --key /etc/lpt/audit.key | mail -s 'lpt checkpoint' archivio@regione.calabria.it"
    )]
    Checkpoint(checkpoint::CheckpointArgs),
}

#[derive(Debug, clap::Args)]
pub struct OverdueArgs {
    /// The day to judge on, as the database knew it at its end [default: today, in Italy]
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

/// The columns each list shows in a table by default (`--wide`: all of them).
const LOG: &[&str] = &["id", "at", "actor_cf", "action", "person_cf"];
const REVIEW: &[&str] = &[
    "company_cf",
    "person_cf",
    "family_name",
    "profile",
    "reason",
];
const OVERDUE: &[&str] = &["company_cf", "person_cf", "profile", "due_on", "awaiting"];

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::OverdueRevocations(a) => overdue(ctx, a),
        Cmd::Log {
            company,
            person,
            since,
        } => {
            let company = company.as_deref().map(ops::company_cf).transpose()?;
            let person = person.as_deref().map(ops::person_cf).transpose()?;
            let store = ctx.open()?;
            store.for_long_reads()?;
            let company = company.as_ref().map(|c| c.as_str());
            let filters = super::filters([
                ("company", company.map(str::to_string)),
                ("person", person.as_ref().map(|p| p.to_string())),
                ("since", since.map(|d| d.to_string())),
            ]);
            ctx.traced_list(&store, Read::AuditLog, LOG, company, filters, |out| {
                audit::each(
                    &store,
                    company,
                    person.as_ref().map(|c| c.as_str()),
                    since.map(crate::dates::start_of).as_deref(),
                    |r| out.push(&r),
                )
            })?;
            Ok(Exit::Ok)
        }
        Cmd::Review {
            older_than,
            company,
            as_of,
        } => {
            let company = company.as_deref().map(ops::company_cf).transpose()?;
            let store = ctx.open()?;
            let cutoff = (as_of.unwrap_or(ctx.today()) - chrono::Days::new(u64::from(older_than)))
                .to_string();
            let company = company.as_ref().map(|c| c.as_str());
            let filters = super::filters([
                ("older_than", Some(older_than.to_string())),
                ("as_of", as_of.map(|d| d.to_string())),
            ]);
            ctx.traced_list(&store, Read::AuditReview, REVIEW, company, filters, |out| {
                report::due_for_review(&store, &cutoff, company, |r| out.push(&r))
            })?;
            Ok(Exit::Ok)
        }
        Cmd::Verify(a) => checkpoint::verify(ctx, a),
        Cmd::Keygen(a) => checkpoint::keygen(a),
        Cmd::Checkpoint(a) => checkpoint::checkpoint(ctx, a),
    }
}

fn overdue(ctx: &Ctx, a: OverdueArgs) -> Result<Exit> {
    let company = a.company.as_deref().map(ops::company_cf).transpose()?;
    let store = ctx.open()?;
    let company = company.as_ref().map(|c| c.as_str());
    let filters = super::filters([
        ("as_of", a.as_of.map(|d| d.to_string())),
        ("include_late", a.include_late.then(|| "true".to_string())),
    ]);
    let listed = ctx.traced_list(
        &store,
        Read::AuditOverdue,
        OVERDUE,
        company,
        filters,
        |out| {
            report::overdue(
                &store,
                a.as_of.unwrap_or(ctx.today()),
                ctx.today(),
                company,
                a.include_late,
                |r| out.push(&r),
            )
        },
    )?;
    Ok(if a.exit_code && listed > 0 {
        Exit::Found
    } else {
        Exit::Ok
    })
}
