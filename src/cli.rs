//! The clap tree: global flags and the nouns. Each noun's verbs live beside their handlers.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands::{
    admin, audit, catalog, cf, collab, company, db, init, operator, person, registry, unit,
};
use crate::output::Format;

const ABOUT: &str = "Administer who may act for which company on the Lavoro per te portal";

const LONG_ABOUT: &str = "\
lpt is the back office's tool for the Regione Calabria employment portal
Lavoro per te: which companies are accredited, who administers them, and which
collaborator may use which function for which part of a company.

Every command that changes data names the person who acts (--as CF or LPT_AS)
and writes a tamper-evident audit event in the same transaction.

Exit status: 0 success; 1 refused or failed (the message says why); 2 usage
error; 3 --exit-code given and the audit found something.";

const EXAMPLES: &str = "\
Examples:
  lpt --db ./lpt.db init --operator RSSMRA80A01H501U --family-name Rossi --given-name Mario
  lpt cf check 'rss mra 80A01 H501U'
  LPT_AS=RSSMRA80A01H501U lpt person register VRDLGU85M41F205W --family-name Verdi --given-name Luigia";

#[derive(Debug, Parser)]
#[command(name = "lpt", version, about = ABOUT, long_about = LONG_ABOUT, after_help = EXAMPLES)]
pub struct Cli {
    /// The database file [default: lpt/lpt.db in the user's data directory]
    #[arg(long, global = true, env = "LPT_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// The fiscal code of the person who acts (needed by every command that changes data)
    #[arg(long = "as", global = true, env = "LPT_AS", value_name = "CF")]
    pub as_cf: Option<String>,

    /// Output format: a table for people, csv or json for machines
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::Args),
    #[command(subcommand)]
    Catalog(catalog::Cmd),
    #[command(subcommand)]
    Cf(cf::Cmd),
    #[command(subcommand)]
    Operator(operator::Cmd),
    #[command(subcommand)]
    Person(person::Cmd),
    #[command(subcommand)]
    Company(company::Cmd),
    #[command(subcommand)]
    Unit(unit::Cmd),
    #[command(subcommand)]
    Admin(admin::Cmd),
    #[command(subcommand)]
    Collab(collab::Cmd),
    #[command(subcommand)]
    Registry(registry::Cmd),
    #[command(subcommand)]
    Audit(audit::Cmd),
    #[command(subcommand)]
    Db(db::Cmd),
}

/// The clap command tree, for completions, man pages and tests.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Parses a `YYYY-MM-DD` date, refusing days that do not exist.
/// Parsed by hand: bulk imports parse three dates a row, and chrono's format strings are
/// re-read on every call.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    let num = |b: &[u8]| {
        b.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    match s.trim().as_bytes() {
        b @ [_, _, _, _, b'-', _, _, b'-', _, _] => {
            let (y, m, d) = (num(&b[..4]), num(&b[5..7]), num(&b[8..]));
            y.zip(m)
                .zip(d)
                .and_then(|((y, m), d)| chrono::NaiveDate::from_ymd_opt(y as i32, m, d))
        }
        _ => None,
    }
    .ok_or_else(|| format!("'{s}' is not a date in the form YYYY-MM-DD that exists"))
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn dates_are_strict_and_must_exist() {
        for ok in ["2026-11-24", "2024-02-29", " 2026-01-01 ", "0001-01-01"] {
            let d = parse_date(ok).unwrap_or_else(|e| panic!("{ok}: {e}"));
            assert_eq!(d.to_string(), ok.trim());
        }
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-1-01",
            "26-01-01",
            "+202-01-01",
            "2026/01/01",
            "2026-01-01x",
            "2026-01-0a",
            "",
            "२०२६-01-01",
        ] {
            let e = parse_date(bad).expect_err(bad);
            assert!(e.contains("YYYY-MM-DD"), "{bad}: {e}");
        }
    }
}
