//! The clap tree: global flags and the nouns (each noun's verbs live beside their handlers
//! in `commands/`), and the dispatch from a parsed command line to its handler.

pub mod complete;
pub mod generate;
pub mod help;
pub mod usage_error;

use std::path::PathBuf;

use std::io::IsTerminal;

use anyhow::Result;
use clap::{Parser, Subcommand};

use crate::commands::{
    Ctx, admin, audit, catalog, cf, collab, company, db, init, login, operator, person, region,
    registry, unit,
};
use crate::dates::Clock;
use crate::error::Exit;
use crate::output::{self, Columns, Format, Output};

const ABOUT: &str = "Administer who may act for which company on the Lavoro per te portal";

const LONG_ABOUT: &str = "\
lpt is the back office's tool for the Regione Calabria employment portal
Lavoro per te: which companies are accredited, who administers them, and which
collaborator may use which function for which part of a company.

Every command that changes data names the person who acts (--as CF or LPT_AS),
is accepted only from a login bound to that person or to a regional operator
(lpt login), and writes a tamper-evident audit event in the same transaction,
recording both. Bulk reads of personal data are traced too.

Lists print as a table on a terminal: each shows the columns that fit 80
columns for typical data, shortened with … to the terminal's width (COLUMNS, or
the terminal's size); --wide shows every column, --columns a,b,c chooses them
(the CSV/JSON names; the error for an unknown one lists them). CSV and JSON
have every column, never shortened, unless --columns is given. A record shown
alone (person show, company show) has every field.

On a terminal, destructive and sweeping changes (suspend, revoke every grant,
remove, end, reject, unbind, an import that revokes or ends) say what they will
do and ask first, default No; --yes skips the question. Off a terminal nothing
ever asks.

Exit status: 0 success; 1 refused or failed (the message says why), or a
confirmation declined; 2 usage error; 3 --exit-code given and the audit found
something.";

const EXAMPLES: &str = "\
Examples:
  lpt --db ./lpt.db init --operator RSSMRA80A01H501U --family-name Rossi --given-name Mario
  lpt cf check 'rss mra 80A01 H501U'
  LPT_AS=RSSMRA80A01H501U lpt person register VRDLGU85M41F205T --family-name Verdi --given-name Luigia
  lpt collab list --company 01234560017 --wide
  lpt collab list --company 01234560017 --columns person_cf,profile,granted_on --format csv
  lpt audit overdue-revocations --format xlsx --output scadute.xlsx";

#[derive(Debug, Parser)]
#[command(name = "lpt", version, about = ABOUT, long_about = LONG_ABOUT, after_help = EXAMPLES)]
pub struct Cli {
    /// The database: a file, or a PostgreSQL server (postgresql://USER@HOST/DB, or postgresql: with the PG* variables) [default: lpt/lpt.db in the user's data directory]
    #[arg(long, global = true, env = "LPT_DB", value_name = "PATH|URL")]
    pub db: Option<PathBuf>,

    /// The fiscal code of the person who acts (needed by every command that changes data)
    #[arg(long = "as", global = true, env = "LPT_AS", value_name = "CF")]
    pub as_cf: Option<String>,

    /// Output format: a table for people, csv or json for machines
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Do not ask before a destructive change (suspend, revoke every grant, remove, end,
    /// reject, unbind, an import that revokes or ends). Nothing asks off a terminal anyway
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,

    /// Lists: every column in the table (CSV and JSON have every column anyway)
    #[arg(long, global = true, conflicts_with = "columns")]
    pub wide: bool,

    /// Lists: these columns, in this order, by their CSV/JSON names; in CSV and JSON too
    #[arg(long, global = true, value_name = "NAME,…", value_delimiter = ',')]
    pub columns: Option<Vec<String>>,

    /// Where --format xlsx writes its spreadsheet: a new file, readable by its owner only
    ///
    /// Every list and record can be written as a spreadsheet; CSV and JSON go to stdout.
    /// (registry export, audit checkpoint and report compliance write their own file here.)
    #[arg(long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The language of help and messages: it or en [default: from LPT_LANG, then the locale]
    ///
    /// Machine output (CSV headers, JSON keys, codes, exit status) is the same in every
    /// language.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "LANG",
        hide_possible_values = true
    )]
    pub lang: Option<crate::i18n::Lang>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(init::Args),
    /// The catalog: company types and profiles, and which types may hold which profiles
    #[command(subcommand)]
    Catalog(catalog::Cmd),
    /// Check fiscal codes (codice fiscale) and explain what they say
    #[command(subcommand)]
    Cf(cf::Cmd),
    /// Regional operators: the Region's staff who verify and suspend
    #[command(subcommand)]
    Operator(operator::Cmd),
    /// Logins (accounts of this machine) bound to persons: who enters each change (R10)
    #[command(subcommand)]
    Login(login::Cmd),
    /// Persons: registration (first access), suspension, legacy accounts
    #[command(subcommand)]
    Person(person::Cmd),
    /// Companies: registration, the Region's verification, their data
    #[command(subcommand)]
    Company(company::Cmd),
    /// A company's organisational units (unità organizzative)
    #[command(subcommand)]
    Unit(unit::Cmd),
    /// A company's administrators (amministratori delle utenze)
    #[command(subcommand)]
    Admin(admin::Cmd),
    /// Collaborators' profiles: grant, revoke, end of relationship, review
    #[command(subcommand)]
    Collab(collab::Cmd),
    /// The collaborator registry as CSV: export, and import in bulk
    #[command(subcommand)]
    Registry(registry::Cmd),
    /// The audit trail: log, overdue revocations, review, verification, signed checkpoints
    #[command(subcommand)]
    Audit(audit::Cmd),
    /// The database: integrity check and online backup
    #[command(subcommand)]
    Db(db::Cmd),
    Inbox(region::inbox::Args),
    /// Reports for the Region's managers: compliance with the 5-day rule and the reviews
    #[command(subcommand)]
    Report(region::report::Cmd),
}

/// The clap command tree as written (English), for completions, man pages and tests.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Parses the command line with the help in `lang` (main chose it from the same `args`);
/// a usage error (in `lang`, see [`usage_error`]) or `--help` exits here, as clap's
/// `parse` does.
pub fn parse(args: Vec<std::ffi::OsString>, lang: crate::i18n::Lang) -> Cli {
    use clap::FromArgMatches;
    let mut cmd = help::command(lang);
    let parsed = cmd
        .try_get_matches_from_mut(args)
        .and_then(|mut m| Cli::from_arg_matches_mut(&mut m));
    parsed.unwrap_or_else(|e| usage_error::exit(e, &mut cmd, lang))
}

/// Runs one parsed command line with the clock main read.
pub fn dispatch(cli: Cli, clock: Clock) -> Result<Exit> {
    let ctx = Ctx {
        db_path: cli.db,
        as_cf: cli.as_cf,
        // The terminal's width is read here, once: the output takes it as an input.
        out: Output {
            file: cli.output,
            ..Output::new(
                cli.format,
                Columns::new(cli.wide, cli.columns),
                output::terminal_width(),
            )
        },
        clock: std::cell::Cell::new(clock),
        interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
        yes: cli.yes,
        primary: Default::default(),
    };
    match cli.command {
        Command::Init(a) => init::run(&ctx, a),
        Command::Catalog(c) => catalog::run(&ctx, c),
        Command::Cf(c) => cf::run(&ctx, c),
        Command::Operator(c) => operator::run(&ctx, c),
        Command::Login(c) => login::run(&ctx, c),
        Command::Person(c) => person::run(&ctx, c),
        Command::Company(c) => company::run(&ctx, c),
        Command::Unit(c) => unit::run(&ctx, c),
        Command::Admin(c) => admin::run(&ctx, c),
        Command::Collab(c) => collab::run(&ctx, c),
        Command::Registry(c) => registry::run(&ctx, c),
        Command::Audit(c) => audit::run(&ctx, c),
        Command::Db(c) => db::run(&ctx, c),
        Command::Inbox(a) => region::inbox::run(&ctx, a),
        Command::Report(c) => region::report::run(&ctx, c),
    }
}
