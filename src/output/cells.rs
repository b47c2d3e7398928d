//! Cells: a value as one CSV cell or one table cell, and the neutralising of cells a
//! spreadsheet would run as formulas.

use std::io::Write;

use serde_json::Value;

/// Writes one CSV record, neutralising every cell.
pub fn write_row<W: Write, S: AsRef<str>>(
    w: &mut csv::Writer<W>,
    cells: impl IntoIterator<Item = S>,
) -> csv::Result<()> {
    for c in cells {
        w.write_field(neutralise(c.as_ref()).as_bytes())?;
    }
    w.write_record(None::<&[u8]>)
}

/// A value as one CSV cell.
pub(super) fn cell(v: &Value) -> std::borrow::Cow<'_, str> {
    match v {
        Value::Null => "".into(),
        Value::Bool(b) => b.to_string().into(),
        Value::Number(n) => n.to_string().into(),
        // Borrowed: most cells are text, and a million-row list copies none of it.
        Value::String(s) => s.as_str().into(),
        Value::Array(a) => a.iter().map(cell).collect::<Vec<_>>().join("; ").into(),
        Value::Object(_) => v.to_string().into(),
    }
}

/// A column's header in a table, in the chosen language (`col-*` in `table.ftl`; in
/// English the CSV/JSON name itself, the name `--columns` takes). CSV and JSON keep the key.
pub(super) fn label(key: &str) -> String {
    let id = format!("col-{}", key.replace('_', "-"));
    crate::i18n::message(crate::i18n::lang(), &id, None).unwrap_or_else(|| key.to_string())
}

/// A value as a table cell for people.
pub(super) fn table_cell(v: &Value) -> String {
    match v {
        Value::Bool(true) => crate::tr!("table-yes"),
        Value::Bool(false) => crate::tr!("table-no"),
        Value::Array(a) => a.iter().map(cell).collect::<Vec<_>>().join("\n"),
        other => cell(other).into_owned(),
    }
}

/// Cells a spreadsheet would run as a formula get a leading `'`; so does a cell
/// that already starts with `'`, so that [`unneutralise`] restores every value.
pub fn neutralise(s: &str) -> std::borrow::Cow<'_, str> {
    match s.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r' | b'\'') => format!("'{s}").into(),
        _ => s.into(),
    }
}

/// Undoes [`neutralise`].
pub fn unneutralise(s: &str) -> &str {
    s.strip_prefix('\'').unwrap_or(s)
}
