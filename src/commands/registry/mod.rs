//! `lpt registry`: the collaborator registry as CSV (DOMAIN.md "Registry CSV").

pub mod import;

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};
use rusqlite::params;
use serde_json::json;

use super::{Ctx, find_company, find_unit, standing};
use crate::error::Exit;
use crate::output::{Format, note, write_row};
use crate::store::{self, UnitId};

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

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Write the collaborator registry: one row per grant (traced in the audit trail, §8.6)
    ///
    /// A regional operator may export everything; an administrator their company (a unit
    /// administrator their units). Cells a spreadsheet would run as a formula are neutralised
    /// with a leading apostrophe, which 'registry import' removes.
    #[command(
        after_help = "Examples:\n  lpt --as RSSMRA80A01H501U registry export --company 01234567897 --active --output acme.csv\n  lpt --as RSSMRA80A01H501U registry export --format json > all.json"
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
        /// Write to a new file instead of stdout
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Apply a registry CSV as the desired state: all rows or none (batch onboarding)
    ///
    /// A row without revoked_on is a grant to hold; ended_on records the end of the
    /// relationship; revoked_on a revocation. What already holds changes nothing, so importing
    /// an export changes nothing. Every row is checked against every rule first; if any row is
    /// faulty, each is reported with its line and column, and nothing is written. The names in
    /// a row must match the registered person.
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
    let mut conn = ctx.open()?;
    // One write transaction: a consistent snapshot, and the audit event commits with it.
    let tx = store::write(&mut conn)?;
    let actor = ctx.actor(&tx)?;
    let company = company.map(|c| find_company(&tx, &c)).transpose()?;
    let unit = match (&company, unit) {
        (Some(c), Some(u)) => Some(find_unit(&tx, c, &u)?),
        _ => None,
    };
    // Which units the actor may read, when limited to some (unit administrators).
    let mut allowed_units: Option<HashSet<UnitId>> = None;
    match &company {
        None if !actor.operator => bail!(
            "{} may not export the whole registry: only a regional operator may; administrators name --company",
            actor.label()
        ),
        None => {}
        Some(c) if actor.operator => {
            let _ = c;
        }
        Some(c) => {
            let st = standing(&tx, &actor, c)?;
            if !st.company_level() {
                match &unit {
                    Some(u) if st.unit_admin.contains(&u.id) => {}
                    Some(u) => bail!(
                        "{} may not export unit {} of {}: only the legal representative, a group-level \
                         administrator or an administrator of that unit may",
                        actor.label(),
                        u.name,
                        c.label()
                    ),
                    None if !st.unit_admin.is_empty() => {
                        allowed_units = Some(st.unit_admin.iter().copied().collect());
                    }
                    None => bail!(
                        "{} may not export the registry of {}: only its legal representative, a regional \
                         operator or one of its administrators may",
                        actor.label(),
                        c.label()
                    ),
                }
            }
        }
    }
    let mut out = crate::output::sink(output.as_deref())?;
    let mut st = tx.prepare(
        "SELECT c.cf, p.cf, p.family_name, p.given_name, g.profile, u.name, g.granted_on,
                g.ended_on, g.revoked_on, g.revoke_reason, g.unit_id
         FROM grants g
         JOIN company c ON c.id = g.company_id
         JOIN person p ON p.id = g.person_id
         LEFT JOIN unit u ON u.id = g.unit_id
         WHERE (?1 IS NULL OR g.company_id = ?1) AND (?2 IS NULL OR g.unit_id = ?2)
           AND (?3 = 0 OR g.revoked_on IS NULL)
         ORDER BY g.id",
    )?;
    let mut rows = st.query(params![
        company.as_ref().map(|c| c.id),
        unit.as_ref().map(|u| u.id),
        active
    ])?;
    let mut count = 0u64;
    enum Sink {
        Csv(Box<csv::Writer<Box<dyn Write>>>),
        Json(Box<dyn Write>),
    }
    let mut sink = if ctx.out.format == Format::Json {
        out.write_all(b"[")?;
        Sink::Json(out)
    } else {
        let mut w = csv::WriterBuilder::new().from_writer(out);
        w.write_record(HEADER)?;
        Sink::Csv(Box::new(w))
    };
    while let Some(r) = rows.next()? {
        if let Some(allowed) = &allowed_units {
            match r.get::<_, Option<UnitId>>(10)? {
                Some(u) if allowed.contains(&u) => {}
                _ => continue,
            }
        }
        let cells: [Option<String>; 10] = [
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
        ];
        match &mut sink {
            Sink::Csv(w) => write_row(w, cells.iter().map(|c| c.as_deref().unwrap_or("")))?,
            Sink::Json(w) => {
                let obj: serde_json::Map<String, serde_json::Value> = HEADER
                    .iter()
                    .zip(cells)
                    .map(|(k, v)| (k.to_string(), json!(v)))
                    .collect();
                w.write_all(if count == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut *w, &obj)?;
            }
        }
        count += 1;
    }
    match sink {
        Sink::Csv(mut w) => w.flush()?,
        Sink::Json(mut w) => {
            w.write_all(b"\n]\n")?;
            w.flush()?;
        }
    }
    drop(rows);
    drop(st);
    ctx.audit(
        &tx,
        &actor,
        "registry.export",
        company.as_ref().map(|c| c.cf.as_str()),
        None,
        json!({"unit": unit.map(|u| u.name), "active": active, "rows": count,
               "output": output.map(|p| p.display().to_string())}),
    )?;
    ctx.commit(tx)?;
    note(format!("exported {count} row(s)"));
    Ok(Exit::Ok)
}
