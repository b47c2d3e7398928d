//! Finding persons and companies by name (issue 15): the fold a search compares by (the
//! name key of R15 with accents dropped), the words a name is indexed under, the words a
//! query is made of, and the ranking of what they find. Pure: no I/O.
//!
//! A word is a run of letters and digits; an apostrophe or a dot inside it joins its
//! pieces, so `D'Amico` is indexed under `damico`, `d` and `amico`, and `S.r.l.` under
//! `srl`, `s`, `r` and `l`. A query's words are matched whole (`nicolo` is `Nicolò`,
//! `Nicolo'` too) or as the start of an indexed word (`giu` finds `Giuseppe`); a query
//! word of one character only whole.

use std::collections::HashMap;

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// The most words of a query that count; the rest are ignored.
pub const MAX_TERMS: usize = 16;

/// Separates the parts of a sort key (below every character a folded name holds).
const SEP: char = '\u{1}';

/// A text as a search compares it: the name key (case, compatibility forms, look-alikes,
/// spaces; `crate::names::key`), then decomposed with every combining mark dropped, so
/// that `Nicolò`, `NICOLO` and `nicolo` are one.
pub fn fold(text: &str) -> String {
    crate::names::key(text)
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

fn joiner(c: char) -> bool {
    c == '\'' || c == '.'
}

/// The folded words of a text, each as the pieces its joiners separate.
fn pieces(text: &str) -> Vec<Vec<String>> {
    fold(text)
        .split(|c: char| !(c.is_alphanumeric() || joiner(c)))
        .map(|chunk| {
            chunk
                .split(joiner)
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// The words texts are indexed under: each word joined, and its pieces when it has
/// several; sorted and without repeats.
pub fn words(texts: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for t in texts {
        for p in pieces(t) {
            out.push(p.concat());
            if p.len() > 1 {
                out.extend(p);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The words of a query, joined, in the order typed, without repeats (at most
/// [`MAX_TERMS`]).
pub fn terms(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in pieces(text) {
        let w = p.concat();
        if !out.contains(&w) && out.len() < MAX_TERMS {
            out.push(w);
        }
    }
    out
}

/// Whether a query word also matches the words it begins (one character: only whole).
pub fn prefix(term: &str) -> bool {
    term.chars().nth(1).is_some()
}

/// The key results that rank alike are ordered by: the folded texts, then the code.
pub fn sort_key(texts: &[&str]) -> String {
    let mut out = String::new();
    for (i, t) in texts.iter().enumerate() {
        if i > 0 {
            out.push(SEP);
        }
        out.push_str(&fold(t));
    }
    out
}

/// What one query word found in one row: whether as a whole word, and whether in the
/// name (a company's office is not its name).
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub term: usize,
    pub exact: bool,
    pub in_name: bool,
}

/// One row found, with how many query words it matched, how many of those whole, and how
/// many in the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub id: i64,
    pub found: u32,
    pub exact: u32,
    pub in_name: u32,
    pub sort: String,
}

/// Gathers the hits of a search, row by row.
#[derive(Default)]
pub struct Ranking {
    rows: HashMap<i64, (u32, u32, u32, String)>,
}

impl Ranking {
    /// Adds one hit of row `id`, whose sort key is `sort`.
    pub fn add(&mut self, id: i64, sort: &str, hit: Hit) {
        let e = self
            .rows
            .entry(id)
            .or_insert_with(|| (0, 0, 0, sort.to_string()));
        let bit = 1u32 << hit.term;
        e.0 |= bit;
        if hit.exact {
            e.1 |= bit;
        }
        if hit.in_name {
            e.2 |= bit;
        }
    }

    /// The first `limit` rows: more query words found first, then more found whole, then
    /// more found in the name, then by the sort key (name, then code).
    pub fn best(self, limit: usize) -> Vec<Found> {
        let mut all: Vec<Found> = self
            .rows
            .into_iter()
            .map(|(id, (f, e, n, sort))| Found {
                id,
                found: f.count_ones(),
                exact: e.count_ones(),
                in_name: n.count_ones(),
                sort,
            })
            .collect();
        let order = |a: &Found, b: &Found| {
            (b.found, b.exact, b.in_name)
                .cmp(&(a.found, a.exact, a.in_name))
                .then_with(|| a.sort.cmp(&b.sort))
                .then(a.id.cmp(&b.id))
        };
        if all.len() > limit && limit > 0 {
            all.select_nth_unstable_by(limit - 1, order);
            all.truncate(limit);
        }
        all.truncate(limit);
        all.sort_unstable_by(order);
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_joiners_fold_away() {
        assert_eq!(fold("NICOLÒ"), "nicolo");
        assert_eq!(terms("Nicolo'"), ["nicolo"]);
        assert_eq!(
            words(&["D'Amico", "Maria Grazia"]),
            ["amico", "d", "damico", "grazia", "maria"]
        );
        assert_eq!(words(&["Rossi S.r.l."]), ["l", "r", "rossi", "s", "srl"]);
        assert_eq!(terms("bianchi  GIUSEPPE bianchi"), ["bianchi", "giuseppe"]);
        assert!(terms(" -- ").is_empty());
        assert!(!prefix("g") && prefix("gi"));
    }

    #[test]
    fn more_words_then_whole_words_then_the_name() {
        let mut r = Ranking::default();
        let h = |term, exact, in_name| Hit {
            term,
            exact,
            in_name,
        };
        r.add(1, "b", h(0, false, true));
        r.add(2, "a", h(0, true, false));
        r.add(3, "c", h(0, true, true));
        r.add(4, "d", h(0, false, true));
        r.add(4, "d", h(1, false, true));
        r.add(5, "a", h(0, true, true));
        let ids: Vec<i64> = r.best(10).iter().map(|f| f.id).collect();
        assert_eq!(ids, [4, 5, 3, 2, 1]);
    }
}
