//! `lpt person import-legacy`: triage of old username/password accounts by the fiscal code
//! their owners typed, when the portal moves to SPID/CIE-only access (R13, the notice).

use std::collections::HashMap;
use std::io::Read;

use anyhow::{Result, bail};
use rusqlite::params;
use serde::Serialize;
use serde_json::json;

use super::{Ctx, allow, check_header, open_input};
use crate::cf::{self, Kind};
use crate::error::Exit;
use crate::output::{note, warn};
use crate::policy;
use crate::store::{self, person};

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
    #[arg(value_name = "FILE|-")]
    file: String,
    /// Print the three lists; write nothing
    #[arg(long)]
    dry_run: bool,
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

fn italian(country: &str) -> bool {
    matches!(
        country.trim().to_ascii_uppercase().as_str(),
        "" | "IT" | "ITA" | "ITALIA" | "ITALY"
    )
}

pub fn run(ctx: &Ctx, a: Args) -> Result<Exit> {
    let (name, input) = open_input(&a.file)?;
    let mut conn = ctx.open()?;
    let tx = store::write(&mut conn)?;
    let actor = ctx.actor(&tx)?;
    allow(policy::operator(&actor, "import legacy accounts"))?;
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
            anyhow::anyhow!("{name}, line {line}: {e}; nothing was written")
        })
    };
    if !read(&mut rdr, &mut rec)? {
        bail!("{name} is empty: expected the header {}", HEADER.join(","));
    }
    check_header(&rec, &HEADER).map_err(|e| anyhow::anyhow!("{name}, line 1: {e}"))?;
    let today = ctx.day(None);
    let mut out: Vec<Triaged> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    while read(&mut rdr, &mut rec)? {
        let line = rec.position().map_or(0, |p| p.line());
        if rec.len() == 1 && rec[0].trim().is_empty() {
            continue;
        }
        if rec.len() != HEADER.len() {
            bail!(
                "{name}, line {line}: has {} columns, expected {}; nothing was written",
                rec.len(),
                HEADER.len()
            );
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
            bail!(
                "{name}, line {line}: username, family_name and given_name are required; nothing was written"
            );
        }
        if let Some(first) = seen.insert(t.username.to_lowercase(), line) {
            t.list = "to_correct";
            t.reason = Some(format!("username also on line {first}"));
            out.push(t);
            continue;
        }
        if t.cf.is_empty() {
            if italian(&country) {
                t.list = "to_correct";
                t.reason = Some("missing fiscal code".into());
            } else {
                t.list = "foreign";
                t.reason = Some("keeps legacy credentials; password change at first access".into());
                let n = tx.execute(
                    "INSERT INTO legacy_account (username, family_name, given_name, email, country,
                         must_change_password, imported_at, imported_by)
                     VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7) ON CONFLICT (username) DO NOTHING",
                    params![
                        t.username,
                        t.family_name,
                        t.given_name,
                        email,
                        country,
                        ctx.now,
                        actor.id
                    ],
                )?;
                if n > 0 {
                    t.changed = true;
                    ctx.audit(&tx, &actor, "legacy.keep", None, None,
                        json!({"username": t.username, "country": country, "must_change_password": true}))?;
                }
            }
            out.push(t);
            continue;
        }
        match cf::parse(&t.cf) {
            Err(e) => {
                t.list = "to_correct";
                t.reason = Some(format!("invalid fiscal code: {}", e.reason));
            }
            Ok(c) if c.kind() == Kind::Provisional => {
                t.list = "to_correct";
                t.reason = Some("provisional fiscal code: the definitive one is needed".into());
            }
            Ok(c) if c.kind() != Kind::Person => {
                t.list = "to_correct";
                t.reason = Some(format!("the code of a {}, not of a person", c.kind()));
            }
            Ok(c) => {
                t.list = "migrated";
                t.cf = c.as_str().to_string();
                if person::by_cf(&tx, c.as_str())?.is_none() {
                    person::insert(
                        &tx,
                        &person::NewPerson {
                            cf: c.as_str(),
                            family_name: &t.family_name,
                            given_name: &t.given_name,
                            email: email.as_deref(),
                            via: "legacy",
                            first_access_on: &today,
                        },
                        &ctx.now,
                    )?;
                    ctx.audit(
                        &tx,
                        &actor,
                        "person.register",
                        None,
                        Some(c.as_str()),
                        json!({"via": "legacy", "username": t.username,
                               "family_name": t.family_name, "given_name": t.given_name}),
                    )?;
                    t.changed = true;
                    if let Some(w) = cf::name_mismatch(&c, &t.family_name, &t.given_name) {
                        warn(format!("{name}, line {line}: {w}"));
                    }
                }
            }
        }
        out.push(t);
    }
    let count = |l: &str| out.iter().filter(|t| t.list == l).count();
    let changed = out.iter().filter(|t| t.changed).count();
    let summary = format!(
        "migrated {}, to correct {}, foreign users keeping legacy credentials {}; {} change(s)",
        count("migrated"),
        count("to_correct"),
        count("foreign"),
        changed
    );
    if a.dry_run || changed == 0 {
        tx.rollback()?;
    } else {
        ctx.audit(
            &tx,
            &actor,
            "person.import-legacy",
            None,
            None,
            json!({
                "migrated": count("migrated"), "to_correct": count("to_correct"),
                "foreign": count("foreign"), "changes": changed,
            }),
        )?;
        ctx.commit(tx)?;
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
    ctx.out.list(&out)?;
    note(if a.dry_run {
        format!("dry run: {summary}; nothing was written")
    } else {
        summary
    });
    Ok(Exit::Ok)
}
