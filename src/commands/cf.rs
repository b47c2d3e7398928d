//! `lpt cf check`: explain fiscal codes.

use std::io::BufRead;

use anyhow::Result;
use chrono::Datelike;
use serde::Serialize;

use super::Ctx;
use crate::cf;
use crate::error::Exit;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Explain each fiscal code: valid or not and why, kind, birth data
    ///
    /// Codes are accepted in any case and with spaces. Exit status 1 when any code is invalid.
    #[command(
        after_help = "Examples:\n  lpt cf check 'rss mra 80A01 H501U' 01234560017\n  cut -d, -f2 people.csv | lpt cf check - --format csv"
    )]
    Check {
        /// Codes to check, or - to read one code per line from stdin
        #[arg(required = true, value_name = "CODE")]
        codes: Vec<String>,
    },
}

/// One line of `cf check` (DOMAIN.md "Machine output").
#[derive(Debug, Serialize, Default)]
pub struct Checked {
    pub code: String,
    pub normalized: String,
    pub valid: bool,
    pub kind: Option<&'static str>,
    pub omocode: bool,
    pub birth_date: Option<String>,
    pub sex: Option<char>,
    pub birthplace: Option<String>,
    /// In English: CSV and JSON are the same in every language.
    pub reason: Option<String>,
    /// The reason in the reader's language, for the table.
    #[serde(skip)]
    pub said: Option<String>,
}

pub fn check(code: &str, this_year: i32) -> Checked {
    match cf::parse(code) {
        Ok(c) => Checked {
            code: code.to_string(),
            normalized: c.as_str().to_string(),
            valid: true,
            kind: Some(c.kind().as_str()),
            omocode: c.is_omocode(),
            birth_date: c.birth().map(|b| b.date(this_year).to_string()),
            sex: c.birth().map(cf::Birth::sex),
            birthplace: c.birth().map(|b| {
                if b.born_abroad() {
                    format!("{} (foreign country)", b.birthplace())
                } else {
                    b.birthplace()
                }
            }),
            reason: None,
            said: None,
        },
        Err(e) => Checked {
            code: code.to_string(),
            normalized: e.normalized,
            valid: false,
            reason: Some(e.reason),
            said: Some(e.said),
            ..Checked::default()
        },
    }
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<Exit> {
    let Cmd::Check { codes } = cmd;
    let year = ctx.today().year();
    let mut rows = Vec::new();
    for code in codes {
        if code == "-" {
            for line in std::io::stdin().lock().lines() {
                let line = line?;
                let line = line.trim_end_matches('\r');
                if !line.trim().is_empty() {
                    rows.push(check(line, year));
                }
            }
        } else {
            rows.push(check(&code, year));
        }
    }
    // Birth data for a valid code, the reason for an invalid one: --wide adds the rest.
    let narrow = ["normalized", "valid", "birth_date", "birthplace", "reason"];
    if ctx.out.format == crate::output::Format::Table {
        for r in &mut rows {
            r.reason = r.said.take();
        }
    }
    ctx.out.list(&rows, &narrow)?;
    Ok(if rows.iter().all(|r| r.valid) {
        Exit::Ok
    } else {
        Exit::Failure
    })
}
