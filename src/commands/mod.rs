//! One module per noun: the clap structs beside their handlers. A command parses its
//! arguments, calls one or a few operations in [`crate::ops`], and renders; commands never
//! import each other or the clap tree. This file holds what every command shares: the
//! context (database, who acts, the clock, the output), input files and prompts.

pub mod admin;
pub mod audit;
pub mod catalog;
pub mod cf;
pub mod collab;
pub mod company;
pub mod db;
pub mod init;
pub mod operator;
pub mod person;
pub mod registry;
pub mod unit;

use std::path::PathBuf;

use anyhow::{Context, Result, anyhow};

use crate::cf::Cf;
use crate::dates::Clock;
use crate::output::Output;
use crate::store::{self, Session, Store};

/// What every command gets: where the database is, who acts, how to print, and the clock.
pub struct Ctx {
    pub db_path: Option<PathBuf>,
    pub as_cf: Option<String>,
    pub out: Output,
    pub clock: Clock,
    /// Both stdin and stderr are terminals: prompts are allowed.
    pub interactive: bool,
}

impl Ctx {
    pub fn path(&self) -> Result<PathBuf> {
        match &self.db_path {
            Some(p) => Ok(p.clone()),
            None => store::default_path(),
        }
    }

    /// Opens the existing database.
    pub fn open(&self) -> Result<Store> {
        Store::open(&self.path()?)
    }

    /// Today, as the clock read it at the edge.
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.today
    }

    /// The `--as` code, validated as a person's code; refused when missing.
    pub fn claim(&self) -> Result<Cf> {
        let raw = self
            .as_cf
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .ok_or_else(|| {
                anyhow!("this command changes data: say who acts with --as CF (or set LPT_AS)")
            })?;
        crate::ops::person_cf(raw).context("--as")
    }

    /// Begins the write session of this command, on behalf of the `--as` person.
    pub fn begin<'s>(&self, store: &'s Store) -> Result<Session<'s>> {
        let who = self.claim()?;
        store.begin(who.as_str(), &self.clock)
    }
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
