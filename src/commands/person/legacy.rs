//! `lpt person import-legacy`: triage of old username/password accounts by the fiscal code
//! their owners typed, when the portal moves to SPID/CIE-only access (R13, the notice).

use std::collections::HashMap;
use std::io::Read;

use anyhow::{Result, bail};
use serde::Serialize;

use crate::commands::{Ctx, check_header, open_input};
use crate::error::Exit;
use crate::ops::{
    self,
    events::{self, LegacyImported},
    legacy::{Account, Triage},
};
use crate::output::{note, warn};
use crate::store::legacy as lstore;
use crate::tr;

const HEADER: [&str; 6] = [
    "username",
    "cf",
    "family_name",
    "given_name",
    "email",
    "country",
];

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The legacy accounts CSV (username,cf,family_name,given_name,email,country), or - for stdin
    #[arg(value_name = "FILE|-", required_unless_present = "list")]
    file: Option<String>,
    /// Print the three lists; write nothing
    #[arg(long, conflicts_with = "list")]
    dry_run: bool,
    /// List the accounts kept in the database instead: those to correct (open or completed,
    /// with the reason) and foreign users' (with the password-change flag)
    #[arg(long, conflicts_with = "file")]
    list: bool,
}

/// An account kept in the database, as `--list` shows it.
#[derive(Debug, Serialize, Default)]
struct Kept {
    /// to_correct, completed or foreign
    list: &'static str,
    username: String,
    /// The code as typed (to correct), or the valid code it was completed with
    cf: String,
    family_name: String,
    given_name: String,
    email: Option<String>,
    country: String,
    reason: Option<String>,
    must_change_password: bool,
    /// When it was listed (to correct), completed, or kept (foreign)
    at: String,
}

/// `--list`: the accounts to correct, then the foreign users' accounts (a traced read).
fn list(ctx: &Ctx) -> Result<Exit> {
    let store = ctx.open()?;
    ctx.traced_list(
        &store,
        events::Read::LegacyList,
        &["list", "username", "cf", "family_name", "reason"],
        None,
        serde_json::Map::new(),
        |out| {
            lstore::each_pending(&store, |p| {
                let done = p.completed_cf.is_some();
                out.push(&Kept {
                    list: if done { "completed" } else { "to_correct" },
                    username: p.username,
                    cf: p.completed_cf.unwrap_or(p.cf),
                    family_name: p.family_name,
                    given_name: p.given_name,
                    email: p.email,
                    country: p.country,
                    reason: Some(p.reason),
                    must_change_password: false,
                    at: p.completed_at.unwrap_or(p.listed_at),
                })
            })?;
            lstore::each_kept(&store, |k| {
                out.push(&Kept {
                    list: "foreign",
                    username: k.username,
                    family_name: k.family_name,
                    given_name: k.given_name,
                    email: k.email,
                    country: k.country,
                    must_change_password: k.must_change_password,
                    at: k.imported_at,
                    ..Kept::default()
                })
            })
        },
    )?;
    Ok(Exit::Ok)
}

/// One account and the list it lands in.
#[derive(Debug, Serialize, Default)]
struct Triaged {
    /// migrated, to_correct or foreign
    list: &'static str,
    line: u64,
    username: String,
    cf: String,
    family_name: String,
    given_name: String,
    /// Why an account is to correct, or what a foreign user keeps
    reason: Option<String>,
    /// Whether this run changed the database for this account
    changed: bool,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<Exit> {
    let Some(file) = a.file.as_deref().filter(|_| !a.list) else {
        return list(ctx);
    };
    // The columns asked for are checked before anything is written.
    ctx.out.check::<Triaged>()?;
    let (name, input) = open_input(file)?;
    let store = ctx.open()?;
    let s = ctx.begin(&store)?;
    ops::legacy::may_import(&s)?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut rec = csv::StringRecord::new();
    let read = |rdr: &mut csv::Reader<Box<dyn Read + Send>>,
                rec: &mut csv::StringRecord|
     -> Result<bool> {
        rdr.read_record(rec).map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            anyhow::anyhow!(tr!("error-legacy-line", name = name, line = line, e = e))
        })
    };
    if !read(&mut rdr, &mut rec)? {
        bail!(tr!(
            "error-legacy-empty",
            name = name,
            header = HEADER.join(",")
        ));
    }
    check_header(&rec, &HEADER)
        .map_err(|e| anyhow::anyhow!(tr!("error-file-line-1", name = name, e = e)))?;
    let mut out: Vec<Triaged> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    while read(&mut rdr, &mut rec)? {
        let line = rec.position().map_or(0, |p| p.line());
        if rec.len() == 1 && rec[0].trim().is_empty() {
            continue;
        }
        if rec.len() != HEADER.len() {
            bail!(tr!(
                "error-legacy-columns",
                name = name,
                line = line,
                count = rec.len(),
                expected = HEADER.len()
            ));
        }
        let cell = |i: usize| rec[i].trim().to_string();
        let mut t = Triaged {
            line,
            username: cell(0),
            cf: cell(1),
            family_name: cell(2),
            given_name: cell(3),
            ..Triaged::default()
        };
        let email = Some(cell(4)).filter(|e| !e.is_empty());
        let country = cell(5);
        if t.username.is_empty() || t.family_name.is_empty() || t.given_name.is_empty() {
            bail!(tr!("error-legacy-required", name = name, line = line));
        }
        if let Some(first) = seen.insert(t.username.to_lowercase(), line) {
            t.list = "to_correct";
            t.reason = Some(format!("username also on line {first}"));
            out.push(t);
            continue;
        }
        let account = Account {
            username: &t.username,
            cf: &t.cf,
            family_name: &t.family_name,
            given_name: &t.given_name,
            email: email.as_deref(),
            country: &country,
        };
        let (triage, changed) = ops::legacy::triage(&s, &account).map_err(|e| {
            anyhow::anyhow!(tr!(
                "error-legacy-line",
                name = name,
                line = line,
                e = format!("{e:#}")
            ))
        })?;
        t.changed = changed;
        match triage {
            Triage::Migrated { cf } => {
                t.list = "migrated";
                if changed
                    && let Ok(c) = crate::cf::parse(&cf)
                    && let Some(w) = crate::cf::name_mismatch(&c, &t.family_name, &t.given_name)
                {
                    warn(tr!("warn-file-line", name = name, line = line, w = w));
                }
                t.cf = cf;
            }
            Triage::ToCorrect(why) => {
                t.list = "to_correct";
                t.reason = Some(why);
            }
            Triage::Foreign => {
                t.list = "foreign";
                t.reason = Some("keeps legacy credentials; password change at first access".into());
            }
        }
        out.push(t);
    }
    let count = |l: &str| out.iter().filter(|t| t.list == l).count();
    let changed = out.iter().filter(|t| t.changed).count();
    let summary = tr!(
        "note-legacy-summary",
        migrated = count("migrated"),
        to_correct = count("to_correct"),
        foreign = count("foreign"),
        changes = changed
    );
    if a.dry_run || changed == 0 {
        s.rollback()?;
    } else {
        ops::legacy::finish(
            &s,
            LegacyImported {
                migrated: count("migrated"),
                to_correct: count("to_correct"),
                foreign: count("foreign"),
                changes: changed,
            },
        )?;
        s.commit()?;
    }
    out.sort_by_key(|t| {
        (
            match t.list {
                "migrated" => 0,
                "to_correct" => 1,
                _ => 2,
            },
            t.line,
        )
    });
    ctx.out
        .list(&out, &["list", "line", "username", "cf", "reason"])?;
    note(if a.dry_run {
        tr!("note-legacy-dry-run", summary = summary)
    } else {
        summary
    });
    Ok(Exit::Ok)
}
