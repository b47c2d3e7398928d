//! Spreadsheets (`--format xlsx --output FILE`, issue 16): one sheet, the header row frozen
//! and bold, days as date cells, recorded instants as date-time cells in Italy's time,
//! numbers as numbers, columns sized to their contents. Written in constant memory (rows
//! go to a temporary file as they come), so a million-row list costs what a hundred does.
//!
//! A new file, readable by its owner only (R10: the file is part of the boundary), never
//! an existing one; it is made before the first row is read and filled when the list ends. CSV stays what it is, for machines.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use rust_xlsxwriter::{Format as CellFormat, FormatAlign, Workbook};
use serde_json::Value;

/// The most rows a sheet holds (Excel's limit, the header included).
const MAX_ROWS: u32 = 1_048_576;
/// No column is sized wider than this many characters.
const WIDEST: usize = 60;

/// A spreadsheet being written, one row at a time.
pub struct Sheet {
    book: Workbook,
    path: PathBuf,
    file: std::fs::File,
    row: u32,
    widths: Vec<usize>,
    day: CellFormat,
    instant: CellFormat,
}

/// Refuses a path that already holds a file, before anything is read.
pub fn check_new(path: &Path) -> Result<()> {
    if path.exists() {
        bail!(
            "{} already exists: --output writes a new file, never over an existing one",
            path.display()
        );
    }
    Ok(())
}

impl Sheet {
    /// A new sheet whose first row is `header` (the CSV/JSON names: machine output never
    /// changes with the language).
    pub fn create(path: &Path, header: &[String]) -> Result<Sheet> {
        check_new(path)?;
        let mut book = Workbook::new();
        book.add_worksheet_with_constant_memory()?;
        let mut s = Sheet {
            book,
            path: path.to_path_buf(),
            file: crate::store::create_private_file(path)?,
            row: 0,
            widths: vec![0; header.len()],
            day: CellFormat::new()
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Left),
            instant: CellFormat::new()
                .set_num_format("yyyy-mm-dd hh:mm:ss")
                .set_align(FormatAlign::Left),
        };
        let bold = CellFormat::new().set_bold();
        let ws = s.book.worksheet_from_index(0)?;
        for (i, h) in header.iter().enumerate() {
            ws.write_string_with_format(0, i as u16, h, &bold)?;
            s.widths[i] = h.chars().count();
        }
        ws.set_freeze_panes(1, 0)?;
        s.row = 1;
        Ok(s)
    }

    /// Appends one row of JSON values, in the header's order.
    pub fn push<'v>(&mut self, cells: impl IntoIterator<Item = &'v Value>) -> Result<()> {
        if self.row >= MAX_ROWS {
            bail!(
                "a spreadsheet holds at most {} rows: narrow the list (--company) or use --format csv",
                MAX_ROWS - 1
            );
        }
        let row = self.row;
        let ws = self.book.worksheet_from_index(0)?;
        for (i, v) in cells.into_iter().enumerate() {
            let col = i as u16;
            let width = match v {
                Value::Null => 0,
                Value::Bool(b) => {
                    ws.write_boolean(row, col, *b)?;
                    5
                }
                Value::Number(n) => {
                    ws.write_number(row, col, n.as_f64().unwrap_or_default())?;
                    n.to_string().len()
                }
                Value::String(s) => write_text(ws, row, col, s, &self.day, &self.instant)?,
                Value::Array(a) => {
                    let joined = a.iter().map(super::cell).collect::<Vec<_>>().join("; ");
                    ws.write_string(row, col, &joined)?;
                    joined.chars().count()
                }
                Value::Object(_) => {
                    let s = v.to_string();
                    ws.write_string(row, col, &s)?;
                    s.chars().count()
                }
            };
            if let Some(w) = self.widths.get_mut(i) {
                *w = (*w).max(width);
            }
        }
        self.row += 1;
        Ok(())
    }

    /// Appends one row of text cells (days and instants still become dates).
    pub fn push_text<'s>(
        &mut self,
        cells: impl IntoIterator<Item = Option<&'s str>>,
    ) -> Result<()> {
        let values: Vec<Value> = cells
            .into_iter()
            .map(|c| c.map_or(Value::Null, |s| Value::String(s.to_string())))
            .collect();
        self.push(&values)
    }

    /// Sizes the columns and writes the file; returns how many rows it holds.
    pub fn finish(mut self) -> Result<u64> {
        let ws = self.book.worksheet_from_index(0)?;
        for (i, w) in self.widths.iter().enumerate() {
            ws.set_column_width(i as u16, (*w.max(&4)).min(WIDEST) as f64 + 2.0)?;
        }
        self.book
            .save_to_writer(std::io::BufWriter::new(&self.file))
            .with_context(|| crate::tr!("error-cannot-write-file", path = self.path.display()))?;
        Ok(u64::from(self.row - 1))
    }
}

/// A text cell: a day (`YYYY-MM-DD`) as a date, a recorded instant (RFC 3339) as a date and
/// time in Italy (R8's calendar), anything else as text (never a formula). Returns its width.
fn write_text(
    ws: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    col: u16,
    s: &str,
    day: &CellFormat,
    instant: &CellFormat,
) -> Result<usize> {
    if s.len() == 10
        && let Ok(d) = crate::dates::parse_date(s)
    {
        ws.write_datetime_with_format(row, col, d, day)?;
        return Ok(10);
    }
    if s.len() >= 20
        && s.as_bytes()[10] == b'T'
        && let Ok(t) = chrono::DateTime::parse_from_rfc3339(s)
    {
        let local = t.with_timezone(&crate::dates::ZONE).naive_local();
        ws.write_datetime_with_format(row, col, local, instant)?;
        return Ok(19);
    }
    ws.write_string(row, col, s)?;
    Ok(s.chars().count())
}
