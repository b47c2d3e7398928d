//! `lpt inbox`: what waits for the Region, oldest first, with its age (issue 16).

use anyhow::Result;

use super::Checkpoints;
use crate::commands::{Ctx, filters};
use crate::error::Exit;
use crate::ops::events::Read;
use crate::ops::inbox::{self, Item, Kind};
use crate::output::{Format, note};
use crate::tr;

/// What waits for the Region, oldest first, with its age: the regional operator's to-do list
///
/// One line a kind, with how many and the oldest: companies waiting for verification (R3),
/// requests to change a company (R4), requests to enable or disable a profile the Region
/// approves (R7), overdue revocations grouped by company (R8, on recorded time, as 'audit
/// overdue-revocations' judges them), approved companies without a group-level
/// administrator (R6), suspended persons (R9) and the logins bound to them, and, given
/// signed checkpoints, the age of the latest. --all lists every item instead.
///
/// Ages are calendar days in Italy, from the day each item was recorded. Prints nothing in
/// table format when nothing waits; with --exit-code, exits 3 when anything waits (a
/// checkpoint's age alone does not count). The read is traced (§8.6).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  lpt inbox\n  lpt inbox --all --format json\n  lpt inbox --all --format xlsx --output attivita.xlsx\n  lpt inbox --checkpoint /srv/lpt/checkpoints/*.checkpoint --public-key /etc/lpt/audit.key.pub\n\ncrontab:\n  0 7 * * 1-5  LPT_DB=/srv/lpt/lpt.db lpt inbox --exit-code"
)]
pub struct Args {
    /// Every item, oldest first, instead of one line a kind
    #[arg(long)]
    all: bool,
    /// Exit with status 3 when anything waits
    #[arg(long)]
    exit_code: bool,
    #[command(flatten)]
    checkpoints: Checkpoints,
}

/// The columns a table shows by default: they fit 80 columns.
const NARROW: &[&str] = &["kind", "count", "since_on", "age_days", "company_cf"];

pub fn run(ctx: &Ctx, a: Args) -> Result<Exit> {
    let store = ctx.open()?;
    let anchor = a.checkpoints.anchor(&store)?;
    let items = inbox::items(&store, ctx.today(), anchor.as_ref())?;
    let work = items
        .iter()
        .filter(|i| Kind::ALL.iter().any(|k| k.code() == i.kind && k.is_work()))
        .count();
    let shown = if a.all { items } else { inbox::summary(&items) };
    let f = filters([("all", a.all.then(|| "true".to_string()))]);
    ctx.traced_list(&store, Read::Inbox, NARROW, None, f, |out| {
        shown.iter().try_for_each(|r| out.push(r))
    })?;
    if ctx.out.format == Format::Table && !shown.is_empty() {
        legend(ctx, &shown);
    }
    Ok(if a.exit_code && work > 0 {
        Exit::Found
    } else {
        Exit::Ok
    })
}

/// Under the table, on stderr and in the reader's language: what each kind shown means.
fn legend(ctx: &Ctx, shown: &[Item]) {
    note(tr!("inbox-legend-head", today = ctx.today().to_string()));
    for k in Kind::ALL {
        if shown.iter().any(|i| i.kind == k.code()) {
            note(format!("  {:<22} {}", k.code(), describe(k)));
        }
    }
}

fn describe(k: Kind) -> String {
    match k {
        Kind::CompanyPending => tr!("inbox-kind-company-pending"),
        Kind::CompanyChange => tr!("inbox-kind-company-change"),
        Kind::EnableRequest => tr!("inbox-kind-enable-request"),
        Kind::DisableRequest => tr!("inbox-kind-disable-request"),
        Kind::Overdue => tr!("inbox-kind-overdue"),
        Kind::WithoutAdmin => tr!("inbox-kind-without-admin"),
        Kind::Suspended => tr!("inbox-kind-suspended"),
        Kind::SuspendedLogin => tr!("inbox-kind-suspended-login"),
        Kind::Checkpoint => tr!("inbox-kind-checkpoint"),
    }
}
