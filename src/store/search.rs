//! The words persons and companies are found by (issue 15, migration 0011): written with
//! every name, read by one range of the `word` index per query word. What a word is and how
//! results rank is `crate::search`'s.

use crate::params;
use anyhow::Result;

use super::{CompanyId, Db, PersonId, Session};
use crate::search::{self, Hit, Ranking};

/// `lpt_search_words(text, …)`: the words of the texts joined by one space (NULL when there
/// is none); `lpt_search_sort(text, …)`: the sort key. For migration 0011 and `db check`.
pub(super) fn functions(conn: &rusqlite::Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    fn texts(ctx: &rusqlite::functions::Context<'_>) -> rusqlite::Result<Vec<String>> {
        (0..ctx.len())
            .map(|i| ctx.get::<Option<String>>(i).map(Option::unwrap_or_default))
            .collect()
    }
    conn.create_scalar_function("lpt_search_words", -1, flags, |ctx| {
        let t = texts(ctx)?;
        let w = search::words(&t.iter().map(String::as_str).collect::<Vec<_>>());
        Ok((!w.is_empty()).then(|| w.join(" ")))
    })?;
    conn.create_scalar_function("lpt_search_sort", -1, flags, |ctx| {
        let t = texts(ctx)?;
        Ok(search::sort_key(
            &t.iter().map(String::as_str).collect::<Vec<_>>(),
        ))
    })?;
    Ok(())
}

/// Writes a person's words (a new person, or after [`unindex_person`]).
pub(super) fn index_person(
    s: &Session,
    id: PersonId,
    cf: &str,
    family: &str,
    given: &str,
) -> Result<()> {
    let sort = search::sort_key(&[family, given, cf]);
    let mut st = s
        .conn()
        .prepare_cached("INSERT INTO person_word (person_id, word, sort) VALUES (?1, ?2, ?3)")?;
    for w in search::words(&[family, given]) {
        st.execute(params![id, w, sort])?;
    }
    Ok(())
}

pub(super) fn unindex_person(s: &Session, id: PersonId) -> Result<()> {
    s.conn()
        .prepare_cached("DELETE FROM person_word WHERE person_id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Writes a company's words afresh: those of its name and of its office.
pub(super) fn index_company(
    s: &Session,
    id: CompanyId,
    cf: &str,
    name: &str,
    office: &str,
) -> Result<()> {
    s.conn()
        .prepare_cached("DELETE FROM company_word WHERE company_id = ?1")?
        .execute([id])?;
    let sort = search::sort_key(&[name, cf]);
    let in_name = search::words(&[name]);
    let mut st = s.conn().prepare_cached(
        "INSERT INTO company_word (company_id, word, in_name, sort) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for w in search::words(&[name, office]) {
        let n = in_name.binary_search(&w).is_ok();
        st.execute(params![id, w, n, sort])?;
    }
    Ok(())
}

/// The upper bound of a query word's range: itself when only whole words count, else every
/// word it begins (no word holds U+10FFFF: words are letters and digits).
fn range(term: &str) -> (String, String) {
    let hi = if search::prefix(term) {
        format!("{term}\u{10FFFF}")
    } else {
        term.to_string()
    };
    (term.to_string(), hi)
}

/// Adds to `ranking` every person a query word finds.
pub fn find_persons(db: &impl Db, terms: &[String], ranking: &mut Ranking) -> Result<()> {
    let mut st = db.conn().prepare_cached(
        "SELECT person_id, word = ?1, sort FROM person_word WHERE word >= ?1 AND word <= ?2",
    )?;
    for (term, t) in terms.iter().enumerate() {
        let (lo, hi) = range(t);
        let mut rows = st.query(params![lo, hi])?;
        while let Some(r) = rows.next()? {
            let hit = Hit {
                term,
                exact: r.get(1)?,
                in_name: true,
            };
            ranking.add(r.get(0)?, r.str(2)?, hit);
        }
    }
    Ok(())
}

/// Adds to `ranking` every company a query word finds in its name or office.
pub fn find_companies(db: &impl Db, terms: &[String], ranking: &mut Ranking) -> Result<()> {
    let mut st = db.conn().prepare_cached(
        "SELECT company_id, word = ?1, in_name, sort FROM company_word
         WHERE word >= ?1 AND word <= ?2",
    )?;
    for (term, t) in terms.iter().enumerate() {
        let (lo, hi) = range(t);
        let mut rows = st.query(params![lo, hi])?;
        while let Some(r) = rows.next()? {
            let hit = Hit {
                term,
                exact: r.get(1)?,
                in_name: r.get(2)?,
            };
            ranking.add(r.get(0)?, r.str(3)?, hit);
        }
    }
    Ok(())
}
