//! Reading a registry CSV: the header, each row decoded into its fields (or the fault
//! that stops it, with its column), and the reading thread that decodes rows and looks up
//! their companies and persons ahead of the writing thread.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::sync::Arc;
use std::sync::mpsc::SyncSender;

use anyhow::Result;

use super::facts::{Companies, CompanyData, Known};
use super::fault::{Fault, fault};
use super::{HEADER, RECORDED};
use crate::commands::check_header;
use crate::ops;
use crate::output::unneutralise;
use crate::store::person::{self as pstore, Person};
use crate::store::{CompanyId, Held, PersonId, Store};
use crate::tr;

/// The longest cell accepted, in characters.
const MAX_CELL: usize = 1000;

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

/// Decodes a row of a file whose header has `width` columns (the registry's, and perhaps
/// the recorded instants an export adds, which are not read).
fn decode(rec: &csv::ByteRecord, width: usize) -> Result<Fields, Fault> {
    if rec.len() != width {
        return Err(Fault(
            None,
            tr!("fault-columns", count = rec.len(), width = width),
            false,
        ));
    }
    let cell = |i: usize| -> Result<&str, Fault> {
        let col = HEADER[i];
        let s = std::str::from_utf8(&rec[i]).map_err(|e| {
            Fault(
                Some(col),
                tr!("fault-utf8", byte = e.valid_up_to() + 1),
                false,
            )
        })?;
        let s = unneutralise(s).trim();
        if s.len() > MAX_CELL && s.chars().count() > MAX_CELL {
            return fault(col, tr!("fault-long", max_cell = MAX_CELL));
        }
        if s.chars().any(char::is_control) {
            return fault(col, tr!("fault-control"));
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

/// The checks of a row's person: a valid code, registered (in `persons`, looked up for
/// its batch), with the names given (one name after NFC and case folding, R15). The person
/// table is not changed by an import, so these run ahead, on the reading thread.
fn grantee(persons: &HashMap<String, Person>, f: &Fields) -> Result<Person, Fault> {
    let pcf = ops::person_cf(&f.person_cf).or_else(|e| fault("person_cf", format!("{e:#}")))?;
    let person = persons
        .get(pcf.as_str())
        .cloned()
        .map_or_else(|| fault("person_cf", ops::no_such_person(pcf.as_str())), Ok)?;
    for (col, given, registered) in [
        ("family_name", &f.family_name, &person.family_name),
        ("given_name", &f.given_name, &person.given_name),
    ] {
        // As every path takes a name (R15), then compared after NFC and case folding.
        let given =
            ops::name(&tr!("field-the-name"), given).or_else(|e| fault(col, format!("{e:#}")))?;
        if !ops::same_name(&given, registered) {
            return fault(
                col,
                tr!(
                    "fault-name-mismatch",
                    given = given,
                    registered = registered,
                    cf = person.cf
                ),
            );
        }
    }
    Ok(person)
}

/// A row as the reading thread hands it over: decoded, with its person checked (or the
/// fault that stopped it), and how far into the input it ends.
pub struct Ahead {
    pub line: u64,
    pub byte: u64,
    pub row: Result<Looked, Fault>,
}

/// A decoded row with its company and its person looked up (or the faults that stopped
/// them), each checked in the order the columns come, and what was recorded of the person
/// in the company when the import began (empty if either is faulty).
pub struct Looked {
    pub fields: Fields,
    pub company: Result<Arc<CompanyData>, Fault>,
    pub person: Result<Person, Fault>,
    pub known: Known,
}

/// Rows go to the writing thread in batches, a few batches ahead at most.
const BATCH: usize = 256;

/// The reading thread: CSV parsing, decoding, and the lookups of a batch of rows at once
/// (the persons, and what is recorded of each in its company: three queries a batch) on
/// the second connection, while the writing thread checks and applies the rows before.
/// `preload`: load every company first (a large file).
pub fn read_ahead<R: Read>(
    mut rows: Records<R>,
    lookups: Store,
    preload: bool,
    out: SyncSender<Vec<Ahead>>,
) -> Result<()> {
    let db: Held = lookups.held();
    let mut companies = Companies::default();
    if preload {
        companies.preload(&db)?;
    }
    let mut read = Vec::with_capacity(BATCH);
    loop {
        let next = rows.next();
        let end = next.is_none();
        if let Some((line, fields)) = next {
            read.push((line, rows.byte(), fields));
        }
        if read.len() == BATCH || (end && !read.is_empty()) {
            let batch = look_up(&db, &mut companies, std::mem::take(&mut read))?;
            if out.send(batch).is_err() {
                return Ok(()); // the writing thread has stopped
            }
        }
        if end {
            return Ok(());
        }
    }
}

/// A batch of decoded rows (line, end byte, fields) with their lookups done.
fn look_up(
    db: &Held,
    companies: &mut Companies,
    read: Vec<(u64, u64, Result<Fields, Fault>)>,
) -> Result<Vec<Ahead>> {
    companies.fetch(
        db,
        read.iter()
            .filter_map(|(.., f)| f.as_ref().ok())
            .map(|f| f.company_cf.as_str()),
    )?;
    let mut codes: Vec<String> = read
        .iter()
        .filter_map(|(.., f)| f.as_ref().ok())
        .filter_map(|f| ops::person_cf(&f.person_cf).ok())
        .map(|cf| cf.as_str().to_string())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let persons: HashMap<String, Person> = if codes.is_empty() {
        HashMap::new()
    } else {
        pstore::with_codes(db, &codes)?
            .into_iter()
            .map(|p| (p.cf.clone(), p))
            .collect()
    };
    let looked: Vec<(u64, u64, Result<Looked, Fault>)> = read
        .into_iter()
        .map(|(line, byte, fields)| {
            let row = fields.map(|f| Looked {
                company: companies.get(db, &f.company_cf),
                person: grantee(&persons, &f),
                fields: f,
                known: Known::default(),
            });
            (line, byte, row)
        })
        .collect();
    let pairs: HashSet<(PersonId, CompanyId)> = looked
        .iter()
        .filter_map(|(.., row)| match row {
            Ok(Looked {
                company: Ok(c),
                person: Ok(p),
                ..
            }) => Some((p.id, c.company.id)),
            _ => None,
        })
        .collect();
    let known = Known::load(db, &pairs)?;
    Ok(looked
        .into_iter()
        .map(|(line, byte, mut row)| {
            if let Ok(Looked {
                company: Ok(c),
                person: Ok(p),
                known: k,
                ..
            }) = &mut row
            {
                *k = known
                    .get(&(p.id, c.company.id))
                    .cloned()
                    .unwrap_or_default();
            }
            Ahead { line, byte, row }
        })
        .collect())
}

/// A registry CSV read row by row: the header is checked first, then each row comes
/// decoded (or with its fault) and its line number. Blank lines are skipped; malformed CSV
/// ends the file with one fault. No database: the property tests and the fuzz target read
/// files through this too.
pub struct Records<R: Read> {
    rdr: csv::Reader<R>,
    rec: csv::ByteRecord,
    /// The header's number of columns.
    width: usize,
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
        Ok(true) if rec.len() == HEADER.len() + RECORDED.len() => {
            let full: Vec<&str> = HEADER.iter().chain(&RECORDED).copied().collect();
            check_header(&rec, &full).map_err(|e| tr!("fault-line-1", e = e))?;
        }
        Ok(true) => check_header(&rec, &HEADER).map_err(|e| tr!("fault-line-1", e = e))?,
        Ok(false) => {
            return Err(tr!("fault-file-empty", header = HEADER.join(",")));
        }
        Err(e) => return Err(tr!("fault-line-1", e = e)),
    }
    Ok(Records {
        rdr,
        width: rec.len(),
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
                    return Some((line, Err(Fault(None, tr!("fault-malformed", e = e), false))));
                }
            }
            if self.rec.len() == 1 && self.rec.get(0).is_some_and(<[u8]>::is_empty) {
                continue; // a blank line
            }
            let line = self.rec.position().map_or(0, |p| p.line());
            return Some((line, decode(&self.rec, self.width)));
        }
    }
}
