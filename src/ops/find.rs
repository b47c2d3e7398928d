//! Finding persons and companies by name (issue 15): the query's words looked up in the
//! index of words (`store::search`), ranked (`crate::search`), and the rows shown read.

use anyhow::Result;

use crate::search::{self, Ranking};
use crate::store::company::{self, Company};
use crate::store::person::{self, Person};
use crate::store::{CompanyId, Db, PersonId, search as index};
use crate::tr;

/// The words of a query, or a usage error when it has none.
pub fn terms(text: &str) -> Result<Vec<String>> {
    let t = search::terms(text);
    if t.is_empty() {
        return Err(crate::error::Usage(tr!("refuse-find-no-word")).into());
    }
    Ok(t)
}

/// The persons the query's words find, best first (see [`search::Ranking::best`]), each
/// with how many of the words it matched.
pub fn persons(db: &impl Db, terms: &[String], limit: usize) -> Result<Vec<(Person, u32)>> {
    let mut r = Ranking::default();
    index::find_persons(db, terms, &mut r)?;
    r.best(limit)
        .into_iter()
        .map(|f| Ok((person::by_id(db, PersonId(f.id))?, f.found)))
        .collect()
}

/// The companies the query's words find in their names and offices, best first.
pub fn companies(db: &impl Db, terms: &[String], limit: usize) -> Result<Vec<(Company, u32)>> {
    let mut r = Ranking::default();
    index::find_companies(db, terms, &mut r)?;
    r.best(limit)
        .into_iter()
        .map(|f| Ok((company::by_id(db, CompanyId(f.id))?, f.found)))
        .collect()
}
