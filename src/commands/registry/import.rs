//! `lpt registry import`: apply a registry CSV as the desired state, all or nothing.
//!
//! One pass inside one write transaction: each row is checked against every rule the
//! single commands enforce and, when sound, applied, so that later rows see earlier ones.
//! Faulty rows are collected with their line and column; if there is any, or with
//! `--dry-run`, the transaction is rolled back and nothing is written.
//!
//! Two threads share the work. A reading thread parses and decodes the CSV and checks each
//! row's person (code, registration, names) on a second, read-only connection: an import
//! never changes the person table, and that connection's snapshot is the one the write
//! transaction started from. The writing thread takes the rows in order and does every
//! check that needs the transaction: the benchmark import goes from 1.88 s to 1.55 s
//! (BENCHMARKS.md), with the same faults in the same order.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{IsTerminal, Read};
use std::rc::Rc;
use std::sync::mpsc::SyncSender;

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::HEADER;
use crate::catalog::{ADMIN, Catalog};
use crate::cli::parse_date;
use crate::commands::collab::{Added, end_one, insert_grant, revoke_one};
use crate::commands::{Ctx, check_header, company_cf, open_input, person_cf};
use crate::error::Exit;
use crate::output::{self, note, unneutralise};
use crate::policy::{self, Scope, Standing};
use crate::store::company::{self as cstore, Company};
use crate::store::person::{self as pstore, Person};
use crate::store::{self, CompanyId, Db, GrantId, Held, PersonId, RelationshipId, UnitId, grant};

/// The longest cell accepted, in characters.
const MAX_CELL: usize = 1000;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The registry CSV, or - for stdin
    #[arg(value_name = "FILE|-")]
    file: String,
    /// Check every row and print the plan; write nothing
    #[arg(long)]
    dry_run: bool,
    /// Attest, for every new collaborator grant in the file, that the person is authorised to
    /// process personal data for the company (§4.2, §8.3)
    #[arg(long)]
    data_processing_authorised: bool,
}

/// What an import did (or, with --dry-run, would do).
#[derive(Debug, Serialize, Default)]
struct Summary {
    rows: u64,
    granted: u64,
    requested: u64,
    revoked: u64,
    relationships_ended: u64,
    unchanged: u64,
    dry_run: bool,
}

/// One planned change, listed by --dry-run.
#[derive(Debug, Serialize, Default)]
struct Change {
    line: u64,
    action: &'static str,
    pub company_cf: String,
    pub person_cf: String,
    pub profile: String,
    pub unit: Option<String>,
    on: String,
}

struct CompanyInfo {
    company: Company,
    types: Vec<String>,
    units: Vec<cstore::Unit>,
    /// The actor's standing here, once known; cleared when the file changes an administrator.
    standing: RefCell<Option<Rc<Standing>>>,
}

/// A row's fault: the column it lies in (if one) and why.
pub struct Fault(pub Option<&'static str>, pub String);

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(c) => write!(f, "column {c}: {}", self.1),
            None => f.write_str(&self.1),
        }
    }
}

fn fault<T>(col: &'static str, msg: impl Into<String>) -> Result<T, Fault> {
    Err(Fault(Some(col), msg.into()))
}

impl From<anyhow::Error> for Fault {
    fn from(e: anyhow::Error) -> Fault {
        Fault(None, format!("{e:#}"))
    }
}

struct Importer<'a> {
    tx: &'a Connection,
    /// The statements every row runs, held for the whole import.
    held: Held<'a>,
    ctx: &'a Ctx,
    actor: Person,
    catalog: Rc<Catalog>,
    attested: bool,
    today: NaiveDate,
    companies: HashMap<String, Option<Rc<CompanyInfo>>>,
    /// Every company is in `companies`: a code not there is not registered.
    preloaded: bool,
    summary: Summary,
    plan: Option<Vec<Change>>,
}

/// The fields of one row after decoding.
pub struct Fields {
    pub company_cf: String,
    pub person_cf: String,
    pub family_name: String,
    pub given_name: String,
    pub profile: String,
    pub unit: Option<String>,
    pub granted_on: String,
    pub ended_on: Option<String>,
    pub revoked_on: Option<String>,
    pub revoke_reason: Option<String>,
}

fn decode(rec: &csv::ByteRecord) -> Result<Fields, Fault> {
    if rec.len() != HEADER.len() {
        return Err(Fault(
            None,
            format!("has {} columns, expected {}", rec.len(), HEADER.len()),
        ));
    }
    let cell = |i: usize| -> Result<&str, Fault> {
        let col = HEADER[i];
        let s = std::str::from_utf8(&rec[i]).map_err(|e| {
            Fault(
                Some(col),
                format!("is not valid UTF-8 (byte {})", e.valid_up_to() + 1),
            )
        })?;
        let s = unneutralise(s).trim();
        if s.len() > MAX_CELL && s.chars().count() > MAX_CELL {
            return fault(col, format!("is longer than {MAX_CELL} characters"));
        }
        if s.chars().any(char::is_control) {
            return fault(col, "contains a control character");
        }
        Ok(s)
    };
    let text = |i| cell(i).map(str::to_string);
    let opt = |i| cell(i).map(|s| (!s.is_empty()).then(|| s.to_string()));
    // Fields in column order, so that the first faulty column is the one reported.
    Ok(Fields {
        company_cf: text(0)?,
        person_cf: text(1)?,
        family_name: text(2)?,
        given_name: text(3)?,
        profile: text(4)?,
        unit: opt(5)?,
        granted_on: text(6)?,
        ended_on: opt(7)?,
        revoked_on: opt(8)?,
        revoke_reason: opt(9)?,
    })
}

/// The live grant at one scope: id, relationship, and whether it awaits approval.
fn live_grant(
    db: &impl Db,
    person: PersonId,
    company: CompanyId,
    profile: &str,
    unit: Option<UnitId>,
) -> Result<Option<(GrantId, bool)>> {
    db.with(
        "SELECT id, approved_at IS NULL FROM grants
         WHERE person_id = ?1 AND company_id = ?2 AND profile = ?3 AND ifnull(unit_id, 0) = ifnull(?4, 0)
           AND revoked_on IS NULL",
        |st| {
            st.query_row(params![person, company, profile, unit], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
        },
    )
}

/// The units of a person's live grants in a company (for the end-of-relationship right).
fn live_units(
    tx: &Connection,
    person: PersonId,
    company: CompanyId,
) -> Result<Vec<Option<UnitId>>> {
    let mut st = tx.prepare_cached(
        "SELECT unit_id FROM grants WHERE person_id = ?1 AND company_id = ?2 AND revoked_on IS NULL",
    )?;
    let v = st
        .query_map(params![person, company], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// The checks of a row's person: a valid code, registered, with the names given. The person
/// table is not changed by an import, so these run ahead, on the reading thread.
fn grantee(db: &impl Db, f: &Fields) -> Result<Person, Fault> {
    let pcf = person_cf(&f.person_cf).or_else(|e| fault("person_cf", format!("{e:#}")))?;
    let person = pstore::by_cf(db, pcf.as_str())?.map_or_else(
        || {
            fault(
                "person_cf",
                format!("no registered person has fiscal code {pcf}"),
            )
        },
        Ok,
    )?;
    for (col, given, registered) in [
        ("family_name", &f.family_name, &person.family_name),
        ("given_name", &f.given_name, &person.given_name),
    ] {
        if !given
            .chars()
            .flat_map(char::to_lowercase)
            .eq(registered.trim().chars().flat_map(char::to_lowercase))
        {
            return fault(
                col,
                format!(
                    "'{given}' does not match {} registered for {} (a mistyped fiscal code?)",
                    registered, person.cf
                ),
            );
        }
    }
    Ok(person)
}

/// A row as the reading thread hands it over: decoded, with its person checked (or the
/// fault that stopped it), and how far into the input it ends.
struct Ahead {
    line: u64,
    byte: u64,
    row: Result<(Fields, Result<Person, Fault>), Fault>,
}

/// Rows go to the writing thread in batches, a few batches ahead at most.
const BATCH: usize = 256;

/// The reading thread: CSV parsing, decoding and the person checks, on the second connection,
/// while the writing thread checks and applies the rows before.
fn read_ahead<R: Read>(mut rows: Records<R>, lookups: Connection, out: SyncSender<Vec<Ahead>>) {
    let db = Held::new(&lookups);
    let mut batch = Vec::with_capacity(BATCH);
    while let Some((line, fields)) = rows.next() {
        let row = fields.map(|f| {
            let person = grantee(&db, &f);
            (f, person)
        });
        batch.push(Ahead {
            line,
            byte: rows.byte(),
            row,
        });
        if batch.len() == BATCH {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
            if out.send(full).is_err() {
                return; // the writing thread has stopped
            }
        }
    }
    if !batch.is_empty() {
        let _ = out.send(batch);
    }
}

impl Importer<'_> {
    fn date(&self, col: &'static str, s: &str) -> Result<String, Fault> {
        let d = parse_date(s).or_else(|e| fault(col, e))?;
        if d > self.today {
            return fault(col, format!("{d} is after today ({})", self.today));
        }
        // The form is strict, so the text is already the canonical YYYY-MM-DD.
        Ok(s.trim().to_string())
    }

    fn company(&mut self, cf: &str) -> Result<Rc<CompanyInfo>, Fault> {
        let cf = company_cf(cf).or_else(|e| fault("company_cf", format!("{e:#}")))?;
        if !self.preloaded && !self.companies.contains_key(cf.as_str()) {
            let info = match cstore::by_cf(self.tx, cf.as_str())? {
                Some(company) => Some(Rc::new(CompanyInfo {
                    types: cstore::types(self.tx, company.id)?
                        .into_iter()
                        .map(|t| t.code)
                        .collect(),
                    units: cstore::units(self.tx, company.id)?,
                    company,
                    standing: RefCell::new(None),
                })),
                None => None,
            };
            self.companies.insert(cf.as_str().to_string(), info);
        }
        match self.companies.get(cf.as_str()).and_then(Option::as_ref) {
            Some(c) => Ok(c.clone()),
            None => fault(
                "company_cf",
                format!("no company is registered with fiscal code {cf}"),
            ),
        }
    }

    /// A live unit by name, ignoring ASCII case as SQLite's NOCASE does.
    fn unit<'i>(info: &'i CompanyInfo, name: &str) -> Result<&'i cstore::Unit, Fault> {
        match info
            .units
            .iter()
            .find(|u| u.name.eq_ignore_ascii_case(name))
        {
            Some(u) => Ok(u),
            None => fault(
                "unit",
                format!("{} has no unit named '{name}'", info.company.label()),
            ),
        }
    }

    /// For a large file: every company (with types and units) and the actor's administrator
    /// scopes in a few scans, instead of four queries per company on first sight.
    fn preload(&mut self) -> Result<()> {
        let mut scopes = grant::admin_scopes_everywhere(self.tx, self.actor.id)?;
        for (company, types, units) in cstore::all_with_types_and_units(self.tx)? {
            let (group_admin, unit_admin) = scopes.remove(&company.id).unwrap_or_default();
            let standing = Standing {
                legal_rep: company.legal_rep_cf == self.actor.cf,
                group_admin,
                unit_admin,
            };
            self.companies.insert(
                company.cf.clone(),
                Some(Rc::new(CompanyInfo {
                    company,
                    types,
                    units,
                    standing: RefCell::new(Some(Rc::new(standing))),
                })),
            );
        }
        self.preloaded = true;
        Ok(())
    }

    fn standing(&self, info: &CompanyInfo) -> Result<Rc<Standing>, Fault> {
        if let Some(s) = &*info.standing.borrow() {
            return Ok(s.clone());
        }
        let s = Rc::new(crate::commands::standing(
            self.tx,
            &self.actor,
            &info.company,
        )?);
        *info.standing.borrow_mut() = Some(s.clone());
        Ok(s)
    }

    /// Adds a change to the --dry-run plan (built only for a dry run).
    fn note_change(&mut self, change: impl FnOnce() -> Change) {
        if let Some(plan) = &mut self.plan {
            plan.push(change());
        }
    }

    /// Checks one row against every rule and applies it; `person` is what [`grantee`] found.
    fn row(&mut self, line: u64, f: Fields, person: Result<Person, Fault>) -> Result<(), Fault> {
        let info = self.company(&f.company_cf)?;
        let company = &info.company;
        let person = person?;
        let catalog = std::rc::Rc::clone(&self.catalog);
        let profile = catalog
            .profile(&f.profile)
            .or_else(|e| fault("profile", e))?;
        let unit = match &f.unit {
            Some(name) => Some(Self::unit(&info, name)?),
            None => None,
        };
        let scope = match unit {
            Some(u) => Scope::Unit(u.id, &u.name),
            None => Scope::Group,
        };
        let granted_on = self.date("granted_on", &f.granted_on)?;
        let ended_on = f
            .ended_on
            .as_deref()
            .map(|d| self.date("ended_on", d))
            .transpose()?;
        let revoked_on = f
            .revoked_on
            .as_deref()
            .map(|d| self.date("revoked_on", d))
            .transpose()?;
        if revoked_on.is_some() != f.revoke_reason.is_some() {
            return if revoked_on.is_some() {
                fault("revoke_reason", "a revocation needs its reason")
            } else {
                fault("revoke_reason", "a reason is given but no revoked_on")
            };
        }
        if let Some(r) = &revoked_on
            && *r < granted_on
        {
            return fault(
                "revoked_on",
                format!("{r} is before granted_on {granted_on}"),
            );
        }
        let standing = self.standing(&info)?;
        // The row as a line of the --dry-run plan, in the registered spelling.
        let change = |action: &'static str, on: &str| Change {
            line,
            action,
            company_cf: company.cf.clone(),
            person_cf: person.cf.clone(),
            profile: profile.code.clone(),
            unit: unit.map(|u| u.name.clone()),
            on: on.to_string(),
        };
        let verb = if revoked_on.is_some() {
            "revoke"
        } else {
            "grant"
        };
        policy::manage_scope(
            &self.actor,
            &standing,
            company,
            scope,
            format_args!("{verb} {}", profile.code),
        )
        .or_else(|e| fault(if unit.is_some() { "unit" } else { "company_cf" }, e))?;

        // Every grant hangs on a relationship: with none, nothing can be held.
        let rels = grant::relationships(&self.held, person.id, company.id)?;
        let live = if rels.is_empty() {
            None
        } else {
            live_grant(
                &self.held,
                person.id,
                company.id,
                &profile.code,
                scope.unit_id(),
            )?
        };
        // 1. A grant to hold that is not held: add it.
        if revoked_on.is_none() && live.is_none() {
            if ended_on.is_some() {
                return fault(
                    "ended_on",
                    "the grant is not held and the relationship has ended: there is nothing to hold",
                );
            }
            policy::grantable(&self.catalog, company, &info.types, &person, profile, scope)
                .or_else(|e| fault("profile", e))?;
            let attestation = if policy::is_admin_profile(profile) {
                None
            } else if self.attested {
                Some(true)
            } else {
                return fault(
                    "profile",
                    format!(
                        "a new {} grant needs the attestation that {} is authorised to process \
                         personal data (§4.2, §8.3): pass --data-processing-authorised",
                        profile.code, person.cf
                    ),
                );
            };
            let added = insert_grant(
                &self.held,
                self.ctx,
                &self.actor,
                company,
                &person,
                profile,
                scope,
                &granted_on,
                attestation,
                &rels,
            )?;
            match added {
                Added::Requested(_) => {
                    self.summary.requested += 1;
                    self.note_change(|| change("request", &granted_on));
                }
                _ => {
                    self.summary.granted += 1;
                    self.note_change(|| change("grant", &granted_on));
                }
            }
            if profile.code == ADMIN {
                info.standing.take();
            }
            return Ok(());
        }
        let mut changed = false;
        // 2. The end of the relationship.
        if let Some(end) = &ended_on
            && let Some((rel, started_on, _)) = rels.iter().find(|r| r.2.is_none())
        {
            let (rel, started_on): (RelationshipId, &String) = (*rel, started_on);
            if end < started_on {
                return fault(
                    "ended_on",
                    format!("{end} is before the relationship started ({started_on})"),
                );
            }
            let units = live_units(self.tx, person.id, company.id)?;
            policy::end_relationship(&self.actor, &standing, company, &units)
                .or_else(|e| fault("ended_on", e))?;
            end_one(
                self.tx,
                self.ctx,
                &self.actor,
                &company.cf,
                &person.cf,
                rel,
                started_on,
                end,
                units.len(),
            )?;
            self.summary.relationships_ended += 1;
            self.note_change(|| change("end", end));
            changed = true;
        }
        // 3. A revocation of a live grant.
        if let (Some(on), Some((id, _))) = (&revoked_on, live) {
            if profile.code == ADMIN
                && unit.is_none()
                && grant::group_admin_count(self.tx, company.id)? <= 1
            {
                policy::revoke_last_group_admin(&self.actor, company)
                    .or_else(|e| fault("revoked_on", e))?;
            }
            let reason = f.revoke_reason.as_deref().unwrap_or_default();
            revoke_one(
                self.tx,
                self.ctx,
                &self.actor,
                &company.cf,
                &person.cf,
                id,
                &profile.code,
                unit.map(|u| u.name.as_str()),
                on,
                reason,
            )?;
            self.summary.revoked += 1;
            self.note_change(|| change("revoke", on));
            if profile.code == ADMIN {
                info.standing.take();
            }
            changed = true;
        }
        if !changed {
            self.summary.unchanged += 1;
        }
        Ok(())
    }
}

/// A registry CSV read row by row: the header is checked first, then each row comes
/// decoded (or with its fault) and its line number. Blank lines are skipped; malformed CSV
/// ends the file with one fault. No database: the property tests and the fuzz target read
/// files through this too.
pub struct Records<R: Read> {
    rdr: csv::Reader<R>,
    rec: csv::ByteRecord,
    done: bool,
}

/// Starts reading a registry CSV; refuses an empty file or a wrong header.
pub fn records<R: Read>(input: R) -> Result<Records<R>, String> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(1 << 16)
        .from_reader(input);
    let mut rec = csv::ByteRecord::new();
    match rdr.read_byte_record(&mut rec) {
        Ok(true) => check_header(&rec, &HEADER).map_err(|e| format!("line 1: {e}"))?,
        Ok(false) => {
            return Err(format!(
                "the file is empty: expected the header {}",
                HEADER.join(",")
            ));
        }
        Err(e) => return Err(format!("line 1: {e}")),
    }
    Ok(Records {
        rdr,
        rec,
        done: false,
    })
}

impl<R: Read> Records<R> {
    /// How far into the input the reader is, in bytes.
    pub fn byte(&self) -> u64 {
        self.rec.position().map_or(0, |p| p.byte())
    }
}

impl<R: Read> Iterator for Records<R> {
    type Item = (u64, Result<Fields, Fault>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            match self.rdr.read_byte_record(&mut self.rec) {
                Ok(false) => return None,
                Ok(true) => {}
                Err(e) => {
                    self.done = true;
                    let line = e.position().map_or(0, |p| p.line());
                    return Some((line, Err(Fault(None, format!("malformed CSV: {e}")))));
                }
            }
            if self.rec.len() == 1 && self.rec.get(0).is_some_and(<[u8]>::is_empty) {
                continue; // a blank line
            }
            let line = self.rec.position().map_or(0, |p| p.line());
            return Some((line, decode(&self.rec)));
        }
    }
}

pub fn run(ctx: &Ctx, a: Args) -> Result<Exit> {
    let (name, input) = open_input(&a.file)?;
    let size = std::fs::metadata(&a.file).map(|m| m.len()).ok();
    let mut conn = ctx.open()?;
    // A larger page cache for bulk work: 48 MiB is as fast as 64 MiB here and keeps the
    // whole process under 100 MB however large the file (BENCHMARKS.md).
    // Mapped pages would count in the resident size too, so bulk work reads through the cache.
    conn.pragma_update(None, "cache_size", -49152)?;
    conn.pragma_update(None, "mmap_size", 0)?;
    // Every reference a row writes (person, company, unit, profile, relationship, actor) is
    // looked up by the checks in this same transaction, so SQLite's own foreign-key probes
    // would repeat those lookups; they cost ~12% of a bulk import. `db check` still runs
    // foreign_key_check over the whole database.
    conn.pragma_update(None, "foreign_keys", false)?;
    let tx = store::write(&mut conn)?;
    let actor = ctx.actor(&tx)?;
    let mut imp = Importer {
        tx: &tx,
        held: Held::new(&tx),
        ctx,
        catalog: Rc::new(Catalog::load(&tx)?),
        actor,
        attested: a.data_processing_authorised,
        today: ctx.today,
        companies: HashMap::new(),
        preloaded: false,
        summary: Summary {
            dry_run: a.dry_run,
            ..Summary::default()
        },
        plan: a.dry_run.then(Vec::new),
    };
    // Past some ten thousand rows, scanning every company once beats looking each one up.
    if size.is_some_and(|s| s >= 1 << 20) {
        imp.preload()?;
    }
    let progress = (std::io::stderr().is_terminal())
        .then(|| size.map(indicatif::ProgressBar::new))
        .flatten();
    let rows = records(input).map_err(|e| anyhow!("{name}, {e}; nothing was written"))?;
    let lookups = store::open_reader(&ctx.path()?)?;
    let mut faults: Vec<String> = Vec::new();
    std::thread::scope(|s| {
        let (send, received) = std::sync::mpsc::sync_channel(4);
        let reader = s.spawn(move || read_ahead(rows, lookups, send));
        for Ahead { line, byte, row } in received.into_iter().flatten() {
            imp.summary.rows += 1;
            if let Err(fault) = row.and_then(|(f, person)| imp.row(line, f, person)) {
                faults.push(match fault.0 {
                    Some(_) => format!("line {line}, {fault}"),
                    None => format!("line {line}: {fault}"),
                });
            }
            if let Some(p) = &progress
                && imp.summary.rows.is_multiple_of(1024)
            {
                p.set_position(byte);
            }
        }
        if let Err(panic) = reader.join() {
            std::panic::resume_unwind(panic);
        }
    });
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    if let [only] = faults.as_slice() {
        bail!("{name}, {only}; nothing was written");
    }
    if !faults.is_empty() {
        for f in &faults {
            output::error(format!("{name}, {f}"));
        }
        return Err(anyhow!(
            "{} faulty row(s) in {name}; nothing was written",
            faults.len()
        ));
    }
    let summary = std::mem::take(&mut imp.summary);
    let plan = imp.plan.take();
    if let Some(plan) = plan {
        drop(imp);
        tx.rollback()?;
        ctx.out.list(&plan)?;
        note(format!(
            "dry run: {} row(s); would grant {}, request {}, revoke {}, end {} relationship(s); {} unchanged; nothing was written",
            summary.rows,
            summary.granted,
            summary.requested,
            summary.revoked,
            summary.relationships_ended,
            summary.unchanged
        ));
        return Ok(Exit::Ok);
    }
    let actor = imp.actor.clone();
    drop(imp);
    if summary.granted + summary.requested + summary.revoked + summary.relationships_ended == 0 {
        // Nothing to change: nothing is written, not even an audit event.
        tx.rollback()?;
        ctx.out.one(&summary)?;
        return Ok(Exit::Ok);
    }
    ctx.audit(
        &tx,
        &actor,
        "registry.import",
        None,
        None,
        serde_json::to_value(&summary)?,
    )?;
    ctx.commit(tx)?;
    ctx.out.one(&summary)?;
    Ok(Exit::Ok)
}
