//! The only module that writes to stdout: rows rendered as a table, CSV or JSON, or a
//! spreadsheet file ([`xlsx`], `--format xlsx --output FILE`).
//! Messages for people go to stderr through [`note`] and [`warn`]. Which columns a list
//! shows, and how a table fits the terminal, is [`fit`].

mod cells;
mod fit;
pub mod html;
mod say;
mod svg;
pub mod xlsx;

use cells::{cell, label, table_cell};
pub use cells::{neutralise, unneutralise, write_row};
pub use fit::{Columns, terminal_width};
pub use say::{error, note, warn};

use std::io::Write;

use anyhow::Result;
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

/// How data is printed on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// A header row, then one row per record.
    Csv,
    /// One JSON array of objects (one object for `show`).
    Json,
    /// A spreadsheet file (Excel, LibreOffice): dates as dates; needs --output FILE.
    Xlsx,
}

/// Renders records on stdout in the chosen format.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    /// `--wide`, `--columns`, or neither.
    pub columns: Columns,
    /// The terminal's width when stdout is a terminal (read once, by the caller, with
    /// [`terminal_width`]); None elsewhere: a table is then never shortened, and every
    /// row of a long list is printed.
    pub width: Option<usize>,
    /// `--output FILE`: where `--format xlsx` writes its spreadsheet.
    pub file: Option<std::path::PathBuf>,
}

impl Output {
    pub fn new(format: Format, columns: Columns, width: Option<usize>) -> Self {
        Output {
            format,
            columns,
            width,
            file: None,
        }
    }

    /// The spreadsheet file `--format xlsx` writes: `--output` is required with it, and
    /// goes with it only (CSV and JSON go to stdout). Checked before anything is read.
    fn sheet_file(&self) -> Result<Option<&std::path::Path>> {
        use crate::error::Usage;
        match (self.format, &self.file) {
            (Format::Xlsx, None) => Err(Usage(crate::tr!("error-xlsx-needs-output")).into()),
            (Format::Xlsx, Some(p)) => xlsx::check_new(p).map(|()| Some(p.as_path())),
            (_, Some(_)) => Err(Usage(
                "--output FILE goes with --format xlsx here: CSV and JSON go to stdout".into(),
            )
            .into()),
            (_, None) => Ok(None),
        }
    }

    /// Prints a list of records; a table shows the columns `narrow` names (every column
    /// when it is empty) unless `--wide` or `--columns` says otherwise. `T::default()`
    /// names the columns when the list is empty. In table format an empty list prints
    /// nothing at all (cron mails only when there is work).
    pub fn list<T: Serialize + Default>(&self, rows: &[T], narrow: &[&str]) -> Result<()> {
        let mut out = self.rows::<T>(narrow)?;
        for r in rows {
            out.push(r)?;
        }
        out.finish()?;
        Ok(())
    }

    /// Checks `--columns` against the columns of `T` before a command changes anything.
    pub fn check<T: Serialize + Default>(&self) -> Result<()> {
        self.rows::<T>(&[]).map(drop)
    }

    /// Starts printing a list whose rows come one at a time (see [`Rows`]); a table shows
    /// the columns `narrow` names unless `--wide` or `--columns` says otherwise. Names in
    /// `--columns` that `T` has not are a usage error, found here, before anything is read.
    pub fn rows<T: Serialize + Default>(&self, narrow: &[&str]) -> Result<Rows<T>> {
        let all = keys(&serde_json::to_value(T::default())?);
        let shown = self.columns.select(self.format, &all, narrow)?;
        let file = self.sheet_file()?.map(|p| (p.to_path_buf(), None));
        Ok(Rows {
            file,
            format: self.format,
            width: self.width,
            every: shown == all,
            header: shown.into(),
            sink: None,
            table: Vec::new(),
            count: 0,
            _row: std::marker::PhantomData,
        })
    }

    /// Prints one record: a two-column table of fields, one CSV row, or one JSON object.
    /// Every field, whatever `--wide` and `--columns` say; on a terminal, values are
    /// shortened to fit its width.
    pub fn one<T: Serialize>(&self, row: &T) -> Result<()> {
        let v = serde_json::to_value(row)?;
        let header = keys(&v);
        if let Some(p) = self.sheet_file()? {
            let mut sheet = xlsx::Sheet::create(p, &["field".into(), "value".into()])?;
            for k in &header {
                sheet.push([&Value::String(k.clone()), &v[k]])?;
            }
            sheet.finish()?;
            note(crate::tr!(
                "xlsx-written",
                rows = header.len(),
                file = p.display().to_string()
            ));
            return Ok(());
        }
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Xlsx => unreachable!("a spreadsheet has a file"),
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &v)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(&header)?;
                write_row(&mut w, header.iter().map(|k| cell(&v[k])))?;
                w.flush()?;
            }
            Format::Table => {
                let mut rows: Vec<Vec<String>> = header
                    .iter()
                    .map(|k| vec![label(k).replace('_', " "), table_cell(&v[k])])
                    .collect();
                if let Some(width) = self.width {
                    fit::fit(&mut rows, &[], width);
                }
                let mut t = new_table();
                for r in rows {
                    t.add_row(r);
                }
                writeln!(out, "{t}")?;
            }
        }
        out.flush()?;
        Ok(())
    }
}

/// How many rows a table holds: a table sizes its columns from every row it shows. On a
/// terminal the rest are counted, not shown; elsewhere (a pager, a file) they follow, a
/// table of this many rows at a time. CSV and JSON show every row as it comes.
pub const TABLE_ROWS: usize = 500;

type Stdout = std::io::BufWriter<std::io::StdoutLock<'static>>;

enum Sink {
    Json(Stdout),
    Csv(Box<csv::Writer<Stdout>>),
}

/// A list printed as its rows come, in constant memory: CSV and JSON write each row at
/// once (the first before the last is read); a table on a terminal shows the first
/// [`TABLE_ROWS`] rows and then says how many more there were.
pub struct Rows<T> {
    format: Format,
    /// The terminal's width, when stdout is one.
    width: Option<usize>,
    /// The header is every column of `T`, in order: a row's fields are its cells as they come.
    every: bool,
    /// The column names shown, shared by every row (cloning it per row cost ten allocations).
    header: std::rc::Rc<[String]>,
    sink: Option<Sink>,
    /// `--format xlsx`: the file, and its sheet once the first row came.
    file: Option<(std::path::PathBuf, Option<xlsx::Sheet>)>,
    table: Vec<Vec<String>>,
    count: u64,
    _row: std::marker::PhantomData<fn(&T)>,
}

impl<T: Serialize + Default> Rows<T> {
    fn stdout() -> Stdout {
        std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock())
    }

    fn header(&self) -> std::rc::Rc<[String]> {
        self.header.clone()
    }

    /// Prints (or, past a table's rows, counts) one record.
    pub fn push(&mut self, row: &T) -> Result<()> {
        if self.format == Format::Table && self.table.len() == TABLE_ROWS && self.width.is_some() {
            // The screen is full: the rest are only counted.
            self.count += 1;
            return Ok(());
        }
        let v = serde_json::to_value(row)?;
        let header = self.header();
        self.count += 1;
        match self.format {
            Format::Xlsx => {
                let Some((path, sheet)) = &mut self.file else {
                    unreachable!("a spreadsheet has a file")
                };
                if sheet.is_none() {
                    *sheet = Some(xlsx::Sheet::create(path, &header)?);
                }
                if let Some(sheet) = sheet {
                    sheet.push(header.iter().map(|k| &v[k]))?;
                }
            }
            Format::Json => {
                let first = self.sink.is_none();
                let Sink::Json(out) = self.sink.get_or_insert_with(|| Sink::Json(Self::stdout()))
                else {
                    unreachable!("a JSON list writes JSON")
                };
                // Each element as serde_json's pretty printer writes it inside an array.
                let mut buf = Vec::new();
                if self.every {
                    serde_json::to_writer_pretty(&mut buf, &v)?;
                } else {
                    let picked: serde_json::Map<String, Value> =
                        header.iter().map(|k| (k.clone(), v[k].clone())).collect();
                    serde_json::to_writer_pretty(&mut buf, &picked)?;
                }
                out.write_all(if first { b"[\n  " } else { b",\n  " })?;
                for (i, line) in buf.split(|&b| b == b'\n').enumerate() {
                    if i > 0 {
                        out.write_all(b"\n  ")?;
                    }
                    out.write_all(line)?;
                }
            }
            Format::Csv => {
                if self.sink.is_none() {
                    let mut w = Box::new(csv::Writer::from_writer(Self::stdout()));
                    w.write_record(header.iter())?;
                    self.sink = Some(Sink::Csv(w));
                }
                let Some(Sink::Csv(w)) = &mut self.sink else {
                    unreachable!("a CSV list writes CSV")
                };
                match &v {
                    // A struct's fields come in the header's order: no lookup by name.
                    Value::Object(m) if self.every && m.len() == header.len() => {
                        write_row(w, m.values().map(cell))?
                    }
                    _ => write_row(w, header.iter().map(|k| cell(&v[k])))?,
                }
            }
            Format::Table => {
                if self.table.len() == TABLE_ROWS && self.width.is_none() {
                    // Not for a person's screen (a pager, a file): every row, a table of
                    // TABLE_ROWS rows at a time.
                    self.print_table()?;
                }
                if self.table.len() < TABLE_ROWS {
                    self.table
                        .push(header.iter().map(|k| table_cell(&v[k])).collect());
                }
            }
        }
        Ok(())
    }

    fn print_table(&mut self) -> Result<()> {
        let header = self.header();
        let mut rows = std::mem::take(&mut self.table);
        rows.insert(0, header.iter().map(|k| label(k)).collect());
        if let Some(width) = self.width {
            let names: Vec<&str> = header.iter().map(String::as_str).collect();
            fit::fit(&mut rows, &names, width);
        }
        let mut t = new_table();
        let mut rows = rows.into_iter();
        t.set_header(rows.next().unwrap_or_default());
        for r in rows {
            t.add_row(r);
        }
        let mut out = std::io::stdout().lock();
        writeln!(out, "{t}")?;
        out.flush()?;
        Ok(())
    }

    /// How many records were pushed so far (printed, or counted past a table's rows).
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Ends the list; returns how many records it had.
    pub fn finish(mut self) -> Result<u64> {
        if let Some((path, sheet)) = self.file.take() {
            let sheet = match sheet {
                Some(s) => s,
                None => xlsx::Sheet::create(&path, &self.header())?,
            };
            let rows = sheet.finish()?;
            let file = path.display().to_string();
            note(crate::tr!("xlsx-written", rows = rows, file = file));
            return Ok(self.count);
        }
        match (self.format, self.sink.take()) {
            (Format::Json, Some(Sink::Json(mut out))) => {
                out.write_all(b"\n]\n")?;
                out.flush()?;
            }
            (Format::Json, _) => {
                let mut out = Self::stdout();
                out.write_all(b"[]\n")?;
                out.flush()?;
            }
            (Format::Csv, Some(Sink::Csv(mut w))) => w.flush()?,
            (Format::Xlsx, _) => {}
            (Format::Csv, _) => {
                let header = self.header();
                let mut w = csv::Writer::from_writer(Self::stdout());
                w.write_record(header.iter())?;
                w.flush()?;
            }
            (Format::Table, _) => {
                if self.table.is_empty() {
                    return Ok(self.count);
                }
                self.print_table()?;
                if self.count > TABLE_ROWS as u64 && self.width.is_some() {
                    note(crate::tr!(
                        "note-first-rows",
                        shown = TABLE_ROWS,
                        rows = self.count
                    ));
                }
            }
        }
        Ok(self.count)
    }
}

/// A table drawn as its cells are: [`fit`] has already shortened them for a terminal.
fn new_table() -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    t.set_content_arrangement(ContentArrangement::Disabled);
    t
}

fn keys(v: &Value) -> Vec<String> {
    match v {
        Value::Object(m) => m.keys().cloned().collect(),
        _ => vec!["value".into()],
    }
}

/// Where a bulk writer sends its bytes: a file the caller has just made (with the
/// database's mode, see `store::create_like`), or stdout.
pub fn sink(file: Option<&std::path::Path>) -> Result<Box<dyn Write>> {
    match file {
        None => Ok(Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout().lock(),
        ))),
        Some(p) => {
            let f = std::fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(p)
                .map_err(|e| {
                    anyhow::anyhow!(crate::tr!(
                        "error-cannot-write",
                        path = p.display().to_string(),
                        reason = e.to_string()
                    ))
                })?;
            Ok(Box::new(std::io::BufWriter::with_capacity(1 << 16, f)))
        }
    }
}
