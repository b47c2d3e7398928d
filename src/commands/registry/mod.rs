//! `lpt registry`: the collaborator registry as CSV (DOMAIN.md "Registry CSV").

mod apply;
mod facts;
pub mod fault;
mod finish;
pub mod import;
pub mod read;

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use serde_json::json;

use super::Ctx;
use crate::error::{Exit, Usage};
use crate::ops::{self, events::Exported};
use crate::output::{Format, note, write_row, xlsx::Sheet};
use crate::store::company::{Company, Unit};
use crate::store::{Session, UnitId, report};
use crate::tr;

/// The registry CSV's columns, in order.
pub const HEADER: [&str; 10] = [
    "company_cf",
    "person_cf",
    "family_name",
    "given_name",
    "profile",
    "unit",
    "granted_on",
    "ended_on",
    "revoked_on",
    "revoke_reason",
];

/// The columns an export adds after [`HEADER`]: the instants the grant, the end of the
/// relationship and the revocation were recorded (R8). The import accepts files with or
/// without them and ignores them: recorded time is lpt's to set, never a file's.
pub const RECORDED: [&str; 3] = ["granted_at", "ended_at", "revoked_at"];

/// Every column an export writes: [`HEADER`], then [`RECORDED`].
fn all_columns() -> Vec<String> {
    HEADER
        .iter()
        .chain(&RECORDED)
        .map(|c| c.to_string())
        .collect()
}

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Write the collaborator registry: one row per grant (traced in the audit trail, §8.6)
    ///
    /// A regional operator may export everything; an administrator their company (a unit
    /// administrator their units). Cells a spreadsheet would run as a formula are neutralised
    /// with a leading apostrophe, which 'registry import' removes.
    #[command(
        after_help = "Examples:\n  lpt --as RSSMRA80A01H501U registry export --company 01234560017 --active --output acme.csv\n  lpt --as RSSMRA80A01H501U registry export --format json > all.json\n  lpt --as RSSMRA80A01H501U registry export --active --format xlsx --output registro.xlsx"
    )]
    Export {
        /// Only this company
        #[arg(long, value_name = "CF")]
        company: Option<String>,
        /// Only this unit (needs --company)
        #[arg(long, value_name = "NAME", requires = "company")]
        unit: Option<String>,
        /// Only live grants
        #[arg(long)]
        active: bool,
        /// Write to a new file instead of stdout (needed by --format xlsx)
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Apply a registry CSV as the desired state: all rows or none (batch onboarding)
    ///
    /// A row without revoked_on is a grant to hold; ended_on records the end of the
    /// relationship; revoked_on a revocation. What already holds changes nothing, so importing
    /// an export changes nothing. Every row is checked against every rule first; if any row is
    /// faulty, each is reported with its line and column, and nothing is written. The names in
    /// a row must match the registered person. On a terminal, an import that would revoke or
    /// end anything prints the counts --dry-run gives and asks first (default No); --yes
    /// skips the question. A file read from stdin (-) is never asked about.
    #[command(
        after_help = "Examples:\n  lpt --as RSSMRA80A01H501U registry import onboarding.csv --dry-run\n  lpt --as RSSMRA80A01H501U registry import onboarding.csv --data-processing-authorised"
    )]
    Import(import::Args),
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    match cmd {
        Cmd::Export {
            company,
            unit,
            active,
            output,
        } => export(ctx, company, unit, active, output),
        Cmd::Import(a) => import::run(ctx, a),
    }
}

fn export(
    ctx: &Ctx,
    company: Option<String>,
    unit: Option<String>,
    active: bool,
    output: Option<PathBuf>,
) -> Result<Exit> {
    let opened = ctx.open()?;
    // One write session: a consistent snapshot, and the audit event commits with it; on a
    // read-only standby, both on the primary of LPT_PRIMARY (the actor's scope is read in
    // the transaction that records the export).
    let store = ctx.recorder(&opened)?;
    let s = ctx.begin(store)?;
    ops::actor(&s)?;
    let company = company.map(|c| ops::find_company(&s, &c)).transpose()?;
    let unit = match (&company, unit) {
        (Some(c), Some(u)) => Some(ops::find_unit(&s, c, &u)?),
        _ => None,
    };
    let allowed_units = ops::registry::export_scope(&s, company.as_ref(), unit.as_ref())?;
    // A new file, with the database's own mode and group (R10); never an existing one. A
    // spreadsheet makes its own, readable by its owner only.
    let sheet = match (&output, ctx.out.format) {
        (Some(p), Format::Xlsx) => Some(Sheet::create(p, &all_columns())?),
        (None, Format::Xlsx) => {
            return Err(Usage(tr!("error-xlsx-needs-output")).into());
        }
        (Some(p), _) => {
            store.create_beside(p)?;
            None
        }
        (None, _) => None,
    };
    let out = crate::output::sink(output.as_deref().filter(|_| sheet.is_none()))?;
    let mut count = 0u64;
    let written = write(
        ctx,
        (out, sheet),
        &s,
        &company,
        &unit,
        active,
        &allowed_units,
        &mut count,
    );
    // A reader who stops reading (`| head`) has still read personal data: the export is
    // traced whether or not every row got through (§8.6).
    if let Err(e) = &written
        && !crate::error::is_broken_pipe(e)
    {
        return written;
    }
    ops::registry::exported(
        &s,
        company.as_ref().map(|c| c.cf.as_str()),
        Exported {
            unit: unit.as_ref().map(|u| u.name.as_str()),
            active,
            rows: count,
            output: output.map(|p| p.display().to_string()),
        },
    )?;
    s.commit()?;
    written?;
    note(tr!("note-exported", count = count));
    Ok(Exit::Ok)
}

/// Writes the registry rows the actor may read, counting them in `count` as they go.
#[allow(clippy::too_many_arguments)]
fn write(
    ctx: &Ctx,
    (out, sheet): (Box<dyn Write>, Option<Sheet>),
    s: &Session<'_>,
    company: &Option<Company>,
    unit: &Option<Unit>,
    active: bool,
    allowed_units: &Option<HashSet<UnitId>>,
    count: &mut u64,
) -> Result<Exit> {
    enum Sink {
        Csv(Box<csv::Writer<Box<dyn Write>>>),
        Json(Box<dyn Write>),
        Xlsx(Box<Sheet>),
    }
    let mut sink = if let Some(sheet) = sheet {
        Sink::Xlsx(Box::new(sheet))
    } else if ctx.out.format == Format::Json {
        let mut out = out;
        out.write_all(b"[")?;
        Sink::Json(out)
    } else {
        let mut w = csv::WriterBuilder::new().from_writer(out);
        w.write_record(HEADER.iter().chain(&RECORDED))?;
        Sink::Csv(Box::new(w))
    };
    report::registry(
        s,
        company.as_ref().map(|c| c.id),
        unit.as_ref().map(|u| u.id),
        active,
        |(cells, in_unit)| {
            if let Some(allowed) = &allowed_units
                && !in_unit.is_some_and(|u| allowed.contains(&u))
            {
                return Ok(());
            }
            match &mut sink {
                Sink::Csv(w) => write_row(w, cells.iter().map(|c| c.as_deref().unwrap_or("")))?,
                Sink::Xlsx(w) => w.push_text(cells.iter().map(|c| c.as_deref()))?,
                Sink::Json(w) => {
                    let obj: serde_json::Map<String, serde_json::Value> = HEADER
                        .iter()
                        .chain(&RECORDED)
                        .zip(cells)
                        .map(|(k, v)| (k.to_string(), json!(v)))
                        .collect();
                    w.write_all(if *count == 0 { b"\n" } else { b",\n" })?;
                    serde_json::to_writer(&mut *w, &obj)?;
                }
            }
            *count += 1;
            Ok(())
        },
    )?;
    match sink {
        Sink::Csv(mut w) => w.flush()?,
        Sink::Xlsx(w) => drop(w.finish()?),
        Sink::Json(mut w) => {
            w.write_all(b"\n]\n")?;
            w.flush()?;
        }
    }
    Ok(Exit::Ok)
}
