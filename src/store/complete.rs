//! The values a shell completes (issue 15): codes with what they name, read through a
//! connection of their own that reads only, never waits for a lock, never migrates and never
//! creates the file (`open::open_for_completion`). A database of an older schema answers what
//! its tables hold; whatever fails, the caller offers nothing.

use anyhow::Result;

use super::db::Conn;
use super::{Db, Location};
use crate::params;

/// A read-only handle for one completion.
pub struct Reader {
    conn: Conn,
}

impl Db for Reader {
    fn conn(&self) -> &Conn {
        &self.conn
    }
}

/// One value offered: the code (or name) to type and what it names, if anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub value: String,
    pub about: Option<String>,
}

/// The upper bound of the codes that begin `prefix`: no code holds U+10FFFF.
fn upper(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

fn value(r: &super::Row<'_>) -> super::db::Result<Value> {
    Ok(Value {
        value: r.get(0)?,
        about: r.get(1)?,
    })
}

impl Reader {
    /// Opens the database at `at` for reading only (see the module's doc); on a server,
    /// giving up after a second.
    pub fn open(at: &Location) -> Result<Reader> {
        let conn = match at {
            Location::File(path) => Conn::Sqlite(super::open::open_for_completion(path)?),
            Location::Server(url) => super::server::connect_for_completion(url)?,
        };
        Ok(Reader { conn })
    }

    /// The profiles whose code begins `prefix`, in the catalog's order, with their labels.
    pub fn profiles(&self, prefix: &str) -> Result<Vec<Value>> {
        self.with(
            "SELECT code, label FROM catalog_profile WHERE code >= ?1 AND code <= ?2
             ORDER BY position",
            |st| {
                st.query_map(params![prefix, upper(prefix)], value)?
                    .collect()
            },
        )
    }

    /// The company types whose code begins `prefix`, in the catalog's order, with their labels.
    pub fn types(&self, prefix: &str) -> Result<Vec<Value>> {
        self.with(
            "SELECT code, label FROM catalog_type WHERE code >= ?1 AND code <= ?2
             ORDER BY position",
            |st| {
                st.query_map(params![prefix, upper(prefix)], value)?
                    .collect()
            },
        )
    }

    /// The live units of the company with code `company`, by name (at most `limit`).
    pub fn units(&self, company: &str, limit: usize) -> Result<Vec<Value>> {
        self.with(
            "SELECT u.name, NULL FROM unit u JOIN company c ON c.id = u.company_id
             WHERE c.cf = ?1 AND u.removed_at IS NULL ORDER BY u.name LIMIT ?2",
            |st| {
                st.query_map(params![company, limit as i64], value)?
                    .collect()
            },
        )
    }

    /// The persons whose code begins `prefix`, by code, with "Family Given".
    pub fn persons_by_code(&self, prefix: &str, limit: usize) -> Result<Vec<Value>> {
        self.with(
            "SELECT cf, family_name || ' ' || given_name FROM person
             WHERE cf >= ?1 AND cf <= ?2 ORDER BY cf LIMIT ?3",
            |st| {
                st.query_map(params![prefix, upper(prefix), limit as i64], value)?
                    .collect()
            },
        )
    }

    /// The persons a word of whose names begins `word` (a folded search word, see
    /// `crate::search`), in the order of their names, with "Family Given".
    pub fn persons_by_name(&self, word: &str, limit: usize) -> Result<Vec<Value>> {
        self.with(
            "SELECT p.cf, p.family_name || ' ' || p.given_name FROM person p
             WHERE p.id IN (SELECT w.person_id FROM person_word w
                            WHERE w.word >= ?1 AND w.word <= ?2)
             ORDER BY p.family_name, p.given_name, p.cf LIMIT ?3",
            |st| {
                st.query_map(params![word, upper(word), limit as i64], value)?
                    .collect()
            },
        )
    }

    /// The companies whose code begins `prefix`, by code, with their names.
    pub fn companies_by_code(&self, prefix: &str, limit: usize) -> Result<Vec<Value>> {
        self.with(
            "SELECT cf, name FROM company WHERE cf >= ?1 AND cf <= ?2 ORDER BY cf LIMIT ?3",
            |st| {
                st.query_map(params![prefix, upper(prefix), limit as i64], value)?
                    .collect()
            },
        )
    }

    /// The companies a word of whose name begins `word` (a folded search word), by name.
    pub fn companies_by_name(&self, word: &str, limit: usize) -> Result<Vec<Value>> {
        self.with(
            "SELECT c.cf, c.name FROM company c
             WHERE c.id IN (SELECT w.company_id FROM company_word w
                            WHERE w.word >= ?1 AND w.word <= ?2 AND w.in_name = 1)
             ORDER BY c.name, c.cf LIMIT ?3",
            |st| {
                st.query_map(params![word, upper(word), limit as i64], value)?
                    .collect()
            },
        )
    }
}
