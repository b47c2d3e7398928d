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
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .ok()
        .filter(|_| s.trim().len() == 10)
        .ok_or_else(|| format!("'{s}' is not a date in the form YYYY-MM-DD that exists"))
}
