//! One module per noun: the clap structs beside their handlers. This file holds
//! what every command shares: the context, the acting person, and lookups that refuse.

pub mod admin;
pub mod audit;
pub mod catalog;
pub mod cf;
pub mod collab;
pub mod company;
pub mod db;
pub mod init;
pub mod legacy;
pub mod operator;
pub mod person;
pub mod registry;
pub mod unit;

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow, bail};
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::Connection;

use crate::cf::{self as fiscal, Cf, Kind};
use crate::cli::{Cli, Command};
use crate::error::Exit;
use crate::output::Output;
use crate::policy::Standing;
use crate::store::{self, company::Company, company::Unit, grant, person::Person};

/// What every command gets: where the database is, who acts, how to print, and the clock.
pub struct Ctx {
    pub db_path: Option<PathBuf>,
    pub as_cf: Option<String>,
    pub out: Output,
    pub today: NaiveDate,
    /// The current instant, RFC 3339 UTC: the time stamp of every change this command makes.
    pub now: String,
    /// Both stdin and stderr are terminals: prompts are allowed.
    pub interactive: bool,
    /// The audit chain's head within this command's one write transaction.
    pub audit_head: store::audit::Head,
}

pub fn dispatch(cli: Cli, today: NaiveDate, now: DateTime<Utc>) -> Result<Exit> {
    let ctx = Ctx {
        db_path: cli.db,
        as_cf: cli.as_cf,
        out: Output::new(cli.format),
        today,
        now: now.to_rfc3339_opts(SecondsFormat::Millis, true),
        interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
        audit_head: store::audit::Head::default(),
    };
    match cli.command {
        Command::Init(a) => init::run(&ctx, a),
        Command::Catalog(c) => catalog::run(&ctx, c),
        Command::Cf(c) => cf::run(&ctx, c),
        Command::Operator(c) => operator::run(&ctx, c),
        Command::Person(c) => person::run(&ctx, c),
        Command::Company(c) => company::run(&ctx, c),
        Command::Unit(c) => unit::run(&ctx, c),
        Command::Admin(c) => admin::run(&ctx, c),
        Command::Collab(c) => collab::run(&ctx, c),
        Command::Registry(c) => registry::run(&ctx, c),
        Command::Audit(c) => audit::run(&ctx, c),
        Command::Db(c) => db::run(&ctx, c),
    }
}

impl Ctx {
    pub fn path(&self) -> Result<PathBuf> {
        match &self.db_path {
            Some(p) => Ok(p.clone()),
            None => store::default_path(),
        }
    }

    /// Opens the existing database.
    pub fn open(&self) -> Result<Connection> {
        store::open(&self.path()?)
    }

    /// Today as `YYYY-MM-DD`, or the given day.
    pub fn day(&self, on: Option<NaiveDate>) -> String {
        on.unwrap_or(self.today).to_string()
    }

    /// The `--as` code, validated as a person's code; refused when missing.
    pub fn actor_cf(&self) -> Result<Cf> {
        let raw = self
            .as_cf
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .ok_or_else(|| {
                anyhow!("this command changes data: say who acts with --as CF (or set LPT_AS)")
            })?;
        person_cf(raw).context("--as")
    }

    /// The acting person (R10): registered and not suspended.
    pub fn actor(&self, conn: &Connection) -> Result<Person> {
        let cf = self.actor_cf()?;
        let p = store::person::by_cf(conn, cf.as_str())?.ok_or_else(|| {
            anyhow!("{cf} may not act: no registered person has this fiscal code")
        })?;
        if p.suspended() {
            bail!(
                "{} may not act: suspended by the Region ({})",
                p.label(),
                p.suspended_reason
                    .as_deref()
                    .unwrap_or("no reason recorded")
            );
        }
        Ok(p)
    }

    /// Commits a write transaction, with the audit chain's head (R11).
    pub fn commit(&self, tx: rusqlite::Transaction<'_>) -> Result<()> {
        store::audit::flush(&tx, &self.audit_head)?;
        tx.commit()?;
        Ok(())
    }

    /// Writes an audit event attributed to `actor` (R11); [`Ctx::commit`] completes it.
    pub fn audit(
        &self,
        conn: &impl store::Db,
        actor: &Person,
        action: &str,
        company: Option<&str>,
        person: Option<&str>,
        details: impl serde::Serialize,
    ) -> Result<()> {
        store::audit::append_with(
            conn,
            &self.audit_head,
            &self.now,
            Some(&actor.cf),
            store::audit::Event {
                action,
                company_cf: company,
                person_cf: person,
                details,
            },
        )?;
        Ok(())
    }
}

/// A person's code: 16 characters; provisional and company codes are refused with the reason.
pub fn person_cf(raw: &str) -> Result<Cf> {
    let cf = fiscal::parse(raw)?;
    match cf.kind() {
        Kind::Person => Ok(cf),
        Kind::Provisional => bail!(
            "{cf} is a provisional code: a person's identity here is their definitive 16-character fiscal code"
        ),
        Kind::Company | Kind::Body => bail!(
            "{cf} is the code of a {}, not of a person: a person's fiscal code has 16 characters",
            cf.kind()
        ),
    }
}

/// A company's code: 11 digits of a company or body, or a sole trader's personal code.
pub fn company_cf(raw: &str) -> Result<Cf> {
    let cf = fiscal::parse(raw)?;
    if cf.kind() == Kind::Provisional {
        bail!("{cf} is a person's provisional code and identifies no company");
    }
    Ok(cf)
}

/// A registered person, or a refusal.
pub fn find_person(conn: &Connection, raw: &str) -> Result<Person> {
    let cf = person_cf(raw)?;
    store::person::by_cf(conn, cf.as_str())?.ok_or_else(|| {
        anyhow!("no registered person has fiscal code {cf}: only persons who have accessed the portal as citizens can be named")
    })
}

/// A registered company, or a refusal.
pub fn find_company(conn: &Connection, raw: &str) -> Result<Company> {
    let cf = company_cf(raw)?;
    store::company::by_cf(conn, cf.as_str())?
        .ok_or_else(|| anyhow!("no company is registered with fiscal code {cf}"))
}

/// A live unit of a company by name (case-insensitive), or a refusal listing the units.
pub fn find_unit(conn: &Connection, company: &Company, name: &str) -> Result<Unit> {
    if let Some(u) = store::company::unit_by_name(conn, company.id, name.trim())? {
        return Ok(u);
    }
    let names: Vec<String> = store::company::units(conn, company.id)?
        .into_iter()
        .map(|u| u.name)
        .collect();
    bail!(
        "{} has no unit named '{}'; its units: {}",
        company.label(),
        name.trim(),
        names.join(", ")
    )
}

/// The acting person's standing in a company.
pub fn standing(conn: &Connection, actor: &Person, company: &Company) -> Result<Standing> {
    let (group_admin, unit_admin) = grant::admin_scopes(conn, actor.id, company.id)?;
    Ok(Standing {
        legal_rep: company.legal_rep_cf == actor.cf,
        group_admin,
        unit_admin,
    })
}

/// Turns a policy verdict into a refusal.
pub fn allow(v: crate::policy::Verdict) -> Result<()> {
    v.map_err(|m| anyhow!(m))
}

/// A required free-text value: trimmed, not empty, one line.
pub fn text(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        bail!("{field} must not be empty");
    }
    if v.chars().any(char::is_control) {
        bail!("{field} must be one line of text without control characters");
    }
    if v.chars().count() > 500 {
        bail!("{field} is longer than 500 characters");
    }
    Ok(v.to_string())
}

/// Opens an input file, or stdin for `-`; returns the name to use in messages.
pub fn open_input(file: &str) -> Result<(String, Box<dyn std::io::Read + Send>)> {
    if file == "-" {
        return Ok(("stdin".into(), Box::new(std::io::stdin())));
    }
    let f = std::fs::File::open(file).with_context(|| format!("cannot read {file}"))?;
    Ok((file.to_string(), Box::new(f)))
}

/// Checks a CSV file's header row against the expected column names, ignoring case,
/// surrounding spaces and a byte-order mark.
pub fn check_header<C: AsRef<[u8]>>(
    cells: impl IntoIterator<Item = C>,
    expected: &[&str],
) -> Result<(), String> {
    let got: Vec<String> = cells
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let c = String::from_utf8_lossy(c.as_ref());
            let c = if i == 0 {
                c.trim_start_matches('\u{feff}')
            } else {
                &c
            };
            c.trim().to_ascii_lowercase()
        })
        .collect();
    if got != expected {
        return Err(format!(
            "the header must be {}; found {}",
            expected.join(","),
            got.join(",")
        ));
    }
    Ok(())
}

/// Asks a yes/no question on the terminal, default No.
pub fn confirm(prompt: &str) -> Result<bool> {
    Ok(dialoguer::Confirm::new()
        .with_prompt(prompt)
        .default(false)
        .interact()?)
}

/// Fills missing fields: asks on a terminal, and off a terminal collects the
/// missing flags for one usage error (never a prompt).
pub struct Asker {
    interactive: bool,
    missing: Vec<&'static str>,
}

impl Asker {
    pub fn new(ctx: &Ctx) -> Self {
        Asker {
            interactive: ctx.interactive,
            missing: Vec::new(),
        }
    }

    pub fn interactive(&self) -> bool {
        self.interactive
    }

    /// A required value: given, asked, or recorded as missing (then `""`).
    pub fn required(
        &mut self,
        value: Option<String>,
        flag: &'static str,
        prompt: &str,
    ) -> Result<String> {
        match value {
            Some(v) => Ok(v),
            None if self.interactive => Ok(dialoguer::Input::<String>::new()
                .with_prompt(prompt)
                .interact_text()?),
            None => {
                self.missing.push(flag);
                Ok(String::new())
            }
        }
    }

    /// An optional value: given, or asked on a terminal (empty answer = none).
    pub fn optional(&mut self, value: Option<String>, prompt: &str) -> Result<Option<String>> {
        match value {
            Some(v) => Ok(Some(v)),
            None if self.interactive => {
                let v: String = dialoguer::Input::new()
                    .with_prompt(format!("{prompt} (optional)"))
                    .allow_empty(true)
                    .interact_text()?;
                Ok(Some(v).filter(|v| !v.trim().is_empty()))
            }
            None => Ok(None),
        }
    }

    pub fn missing(&mut self, flag: &'static str) {
        self.missing.push(flag);
    }

    /// Fails with a usage error (exit 2) naming every missing flag.
    pub fn finish(self) -> Result<()> {
        if self.missing.is_empty() {
            Ok(())
        } else {
            Err(crate::error::Usage(format!(
                "missing {} (no terminal to ask on)",
                self.missing.join(", ")
            ))
            .into())
        }
    }
}
