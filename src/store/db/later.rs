//! Rows written later, on a server: the plain inserts of a transaction, queued as lines of
//! `COPY … FROM STDIN` text and sent a table at a time when the connection next runs any
//! other statement (so that a read, an update or the commit sees them) or when the queue
//! holds [`LIMIT`] bytes. A bulk command's inserts then cost the server a `COPY` each few
//! thousand rows instead of a round trip each (BENCHMARKS.md: the import of 100,000 rows).
//!
//! Only statements of the form `INSERT INTO t (a, b, …) VALUES (?1, ?2, …)` are queued:
//! nothing comes back from them, so nothing waits on them. Tables are sent in the order of
//! [`crate::store::TABLES`], each after the tables it refers to, so a foreign key always
//! finds its row, whatever order the rows were queued in.

use super::{Error, Params, Result, Value};

/// Bytes queued before they are sent whatever comes next.
pub const LIMIT: usize = 8 << 20;

/// The queued rows: per insert statement, its `COPY` and the rows' text.
#[derive(Default)]
pub struct Later {
    groups: Vec<Group>,
    bytes: usize,
}

struct Group {
    insert: String,
    /// The table's place in [`crate::store::TABLES`].
    rank: usize,
    copy: String,
    data: Vec<u8>,
}

impl Later {
    /// Queues one row of `insert`; whether the queue is now full.
    pub fn push(&mut self, insert: &str, p: &dyn Params) -> Result<bool> {
        let i = match self.groups.iter().position(|g| g.insert == insert) {
            Some(i) => i,
            None => {
                let (table, columns) = plain_insert(insert, p.len())?;
                let rank = crate::store::TABLES
                    .iter()
                    .position(|t| *t == table)
                    .ok_or_else(|| Error::Type(format!("not a table of lpt's: {table}")))?;
                self.groups.push(Group {
                    insert: insert.to_string(),
                    rank,
                    copy: format!("COPY {table} ({columns}) FROM STDIN"),
                    data: Vec::new(),
                });
                self.groups.len() - 1
            }
        };
        let data = &mut self.groups[i].data;
        let before = data.len();
        for j in 0..p.len() {
            if j > 0 {
                data.push(b'\t');
            }
            copy_text(data, &p.at(j).value());
        }
        data.push(b'\n');
        self.bytes += data.len() - before;
        Ok(self.bytes >= LIMIT)
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The queued rows, a `COPY` statement and its text per table, in the order to send
    /// them; the queue is left empty.
    pub fn take(&mut self) -> Vec<(String, Vec<u8>)> {
        let mut groups = std::mem::take(&mut self.groups);
        self.bytes = 0;
        // Stable: one table's rows keep their order.
        groups.sort_by_key(|g| g.rank);
        groups.into_iter().map(|g| (g.copy, g.data)).collect()
    }

    /// Forgets the queued rows (the transaction rolls back).
    pub fn clear(&mut self) {
        self.groups.clear();
        self.bytes = 0;
    }
}

/// The table and column list of `INSERT INTO t (cols) VALUES (?1, …, ?n)`, with `n`
/// parameters in order and nothing after; anything else is refused.
fn plain_insert(sql: &str, n: usize) -> Result<(&str, &str)> {
    let refuse = || Error::Type(format!("not a plain insert: {sql}"));
    let rest = sql.trim().strip_prefix("INSERT INTO ").ok_or_else(refuse)?;
    let (table, rest) = rest.split_once('(').ok_or_else(refuse)?;
    let (columns, rest) = rest.split_once(')').ok_or_else(refuse)?;
    let values = rest.trim().strip_prefix("VALUES").ok_or_else(refuse)?;
    let values = values.trim().strip_prefix('(').ok_or_else(refuse)?;
    let values = values.strip_suffix(')').ok_or_else(refuse)?;
    let marks: Vec<&str> = values.split(',').map(str::trim).collect();
    let in_order = marks.len() == n
        && marks
            .iter()
            .enumerate()
            .all(|(i, m)| *m == format!("?{}", i + 1));
    let table = table.trim();
    let plain_name =
        |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if !in_order
        || !plain_name(table)
        || columns.split(',').count() != n
        || !columns.split(',').all(|c| plain_name(c.trim()))
    {
        return Err(refuse());
    }
    Ok((table, columns.trim()))
}

/// A value in `COPY`'s text format.
pub fn copy_text(out: &mut Vec<u8>, v: &Value<'_>) {
    match v {
        Value::Null => out.extend_from_slice(b"\\N"),
        Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Value::Real(f) => out.extend_from_slice(f.to_string().as_bytes()),
        Value::Text(s) => {
            for b in s.bytes() {
                match b {
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    b => out.push(b),
                }
            }
        }
        Value::Blob(b) => {
            out.extend_from_slice(b"\\\\x");
            for x in b.iter() {
                out.extend_from_slice(format!("{x:02x}").as_bytes());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params;

    #[test]
    fn only_plain_inserts_are_queued() {
        let ok = "INSERT INTO relationship (id, person_id, company_id, started_on, started_at)
         VALUES (?1, ?2, ?3, ?4, ?5)";
        assert_eq!(
            plain_insert(ok, 5).unwrap(),
            (
                "relationship",
                "id, person_id, company_id, started_on, started_at"
            )
        );
        assert!(plain_insert("INSERT INTO t (a, b) VALUES (?1, ?2)", 2).is_ok());
        for (bad, n) in [
            ("INSERT INTO t (a, b) VALUES (?1, ?2) RETURNING id", 2),
            ("INSERT INTO t (a, b) VALUES (?2, ?1)", 2),
            ("INSERT INTO t (a, b) VALUES (?1, 'x')", 2),
            ("INSERT INTO t (a, b) VALUES (?1, ?2)", 3),
            ("INSERT INTO t (a) VALUES (?1) ON CONFLICT DO NOTHING", 1),
            ("UPDATE t SET a = ?1", 1),
            ("INSERT INTO t; DROP TABLE x; (a) VALUES (?1)", 1),
        ] {
            assert!(plain_insert(bad, n).is_err(), "{bad}");
        }
    }

    #[test]
    fn rows_are_copy_text_and_tables_go_in_reference_order() {
        let mut q = Later::default();
        let grant = "INSERT INTO grants (id, relationship_id, revoke_reason) VALUES (?1, ?2, ?3)";
        let rel = "INSERT INTO relationship (id, person_id) VALUES (?1, ?2)";
        assert!(!q.push(grant, &params![7, 3, "a\tb\\c\nd"]).unwrap());
        q.push(rel, &params![3, 9]).unwrap();
        q.push(grant, &params![8, 3, Option::<&str>::None]).unwrap();
        let sent = q.take();
        assert!(q.is_empty());
        assert_eq!(sent[0].0, "COPY relationship (id, person_id) FROM STDIN");
        assert_eq!(sent[0].1, b"3\t9\n");
        assert_eq!(
            sent[1].0,
            "COPY grants (id, relationship_id, revoke_reason) FROM STDIN"
        );
        assert_eq!(sent[1].1, b"7\t3\ta\\tb\\\\c\\nd\n8\t3\t\\N\n");
    }

    #[test]
    fn a_table_not_lpt_s_is_refused() {
        let mut q = Later::default();
        assert!(
            q.push("INSERT INTO elsewhere (a) VALUES (?1)", &params![1])
                .is_err()
        );
    }
}
