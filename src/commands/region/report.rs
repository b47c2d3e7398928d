//! `lpt report compliance`: the managers' report over a period, one self-contained HTML
//! file (issue 16).

use std::path::PathBuf;

use anyhow::{Context, Result};
use chrono::NaiveDate;

use super::Checkpoints;
use crate::commands::{Ctx, filters};
use crate::dates::parse_date;
use crate::error::{Exit, Usage};
use crate::ops::events::Read;
use crate::output::{Format, html, note};
use crate::tr;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Compliance over a period as one HTML file to open in a browser and print
    ///
    /// Revocations recorded in the period of grants whose relationship had ended, on time
    /// and late (R8: within 5 calendar days of the end, judged on the recorded time, as
    /// 'audit overdue-revocations' judges them), by month (a chart) and by company, the
    /// worst first; the grants overdue at the end of the period; the median and 95th
    /// percentile of the days from the end of the relationship to the recorded revocation;
    /// the reviews (R12); the requests waiting for the Region and their age; the audit
    /// chain's state (verified, its head, the latest signed checkpoint given). Every figure
    /// says how it was computed, and the report names the database and its chain's head so
    /// that it can be traced. No network: styles and charts (inline SVG) are in the file.
    /// In the language of --lang. The read is traced (§8.6).
    #[command(
        after_help = "Examples:\n  lpt report compliance --from 2026-01-01 --to 2026-12-31 --output conformita-2026.html\n  lpt --lang en report compliance --from 2026-07-01 --to 2026-09-30 --output q3.html --checkpoint /srv/lpt/checkpoints/*.checkpoint --public-key /etc/lpt/audit.key.pub"
    )]
    Compliance(ComplianceArgs),
}

#[derive(Debug, clap::Args)]
pub struct ComplianceArgs {
    /// The period's first day
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    from: NaiveDate,
    /// The period's last day (included)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    to: NaiveDate,
    /// The HTML file to write (new, with the database's mode)
    #[arg(long, value_name = "FILE")]
    output: PathBuf,
    /// Do not walk the audit chain to verify it (the report then says it was not verified)
    #[arg(long)]
    no_verify: bool,
    #[command(flatten)]
    checkpoints: Checkpoints,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    let Cmd::Compliance(a) = cmd;
    if a.to < a.from {
        return Err(Usage(tr!("error-to-before-from")).into());
    }
    if ctx.out.format != Format::Table {
        return Err(Usage(
            "report compliance writes one HTML file: --format does not apply".into(),
        )
        .into());
    }
    if a.output.exists() {
        return Err(Usage(format!(
            "{} already exists: the report is written to a new file",
            a.output.display()
        ))
        .into());
    }
    let store = ctx.open()?;
    ctx.recorder(&store)?;
    let anchor = a.checkpoints.anchor(&store)?;
    let figures =
        crate::ops::compliance::figures(&store, a.from, a.to, ctx.today(), !a.no_verify, anchor)?;
    let page = html::compliance(
        &figures,
        &html::Meta {
            database: store.location().shown(),
            generated_at: ctx.clock.get().stamp(),
        },
    );
    store.create_beside(&a.output)?;
    std::fs::write(&a.output, page)
        .with_context(|| tr!("error-cannot-write-file", path = a.output.display()))?;
    let f = filters([
        ("from", Some(a.from.to_string())),
        ("to", Some(a.to.to_string())),
        ("output", Some(a.output.display().to_string())),
    ]);
    ctx.trace(
        &store,
        Read::ReportCompliance,
        None,
        f,
        figures.companies.len() as u64,
    )?;
    note(tr!(
        "report-written",
        file = a.output.display().to_string(),
        late = figures.late,
        on_time = figures.on_time
    ));
    Ok(Exit::Ok)
}
