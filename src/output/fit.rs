//! Which columns a list shows (`--wide`, `--columns`) and how a table is made to fit a
//! terminal's width: pure functions, but for [`terminal_width`], read once at the edge.
//!
//! A table shows each list's default columns (chosen to fit 80 columns for typical data),
//! every column with `--wide`, or those `--columns` names; off a terminal it is never
//! shortened. CSV and JSON have every column unless `--columns` is given, and never
//! shortened. On a terminal, free text (names, units, reasons, instants, details) is
//! shortened first, with an ellipsis; codes, days and flags keep their width unless even
//! that is too wide.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::Format;
use crate::error::Usage;

/// The width of the terminal stdout is, or None when stdout is not a terminal: `COLUMNS`
/// when set (as `ls` reads it), else the terminal's own size, else 80.
pub fn terminal_width() -> Option<usize> {
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return None;
    }
    let set = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok());
    let asked = || terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| w.0.into());
    Some(set.or_else(asked).filter(|&w| w > 0).unwrap_or(80))
}

/// The columns asked for on the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Columns {
    /// The list's default columns in a table; every column in CSV and JSON.
    #[default]
    Default,
    /// `--wide`: every column.
    Wide,
    /// `--columns a,b,c`: these, in this order, in every format.
    Named(Vec<String>),
}

impl Columns {
    /// The command line's choice: `--columns` when given, else `--wide`, else the default.
    pub fn new(wide: bool, named: Option<Vec<String>>) -> Self {
        match named {
            Some(n) => Columns::Named(n),
            None if wide => Columns::Wide,
            None => Columns::Default,
        }
    }

    /// The names shown, in order, given the list's every column (`all`) and its default
    /// set for a table (`narrow`). Unknown names in `--columns` are a usage error that
    /// lists the valid ones.
    pub fn select(
        &self,
        format: Format,
        all: &[String],
        narrow: &[&str],
    ) -> Result<Vec<String>, Usage> {
        match self {
            Columns::Named(names) => {
                let mut shown: Vec<String> = Vec::new();
                for n in names.iter().map(|n| n.trim()) {
                    if !all.iter().any(|a| a == n) {
                        return Err(Usage(crate::tr!(
                            "error-columns-unknown",
                            name = n,
                            columns = all.join(",")
                        )));
                    }
                    if !shown.iter().any(|s| s == n) {
                        shown.push(n.to_string());
                    }
                }
                if shown.is_empty() {
                    return Err(Usage(crate::tr!(
                        "error-columns-none",
                        columns = all.join(",")
                    )));
                }
                Ok(shown)
            }
            Columns::Default if format == Format::Table => {
                debug_assert!(
                    narrow.iter().all(|n| all.iter().any(|a| a == n)),
                    "default columns {narrow:?} not all among {all:?}"
                );
                let shown: Vec<String> = narrow
                    .iter()
                    .filter(|n| all.iter().any(|a| a == *n))
                    .map(|n| n.to_string())
                    .collect();
                Ok(if shown.is_empty() {
                    all.to_vec()
                } else {
                    shown
                })
            }
            Columns::Default | Columns::Wide => Ok(all.to_vec()),
        }
    }
}

/// Codes, days and flags: shortened only when free text alone cannot make room.
fn is_code(name: &str) -> bool {
    name == "cf"
        || name.ends_with("_cf")
        || name.ends_with("_by")
        || name.ends_with("_on")
        || matches!(
            name,
            "id" | "line" | "code" | "normalized" | "valid" | "kind" | "profile" | "action"
        )
        || matches!(name, "state" | "status" | "list" | "login")
}

/// Free text is not shortened below this many columns before codes are.
const FLOOR: usize = 6;
/// No cell is shortened below this many: a table of too many columns for the terminal
/// (`--wide` on 80 columns) is wider than it rather than a grid of ellipses.
const LEAST: usize = 4;

/// Shortens the cells of a table (`rows`, the header first if any, cells possibly of
/// several lines) so that, drawn with one border between columns and a space each side,
/// every line is at most `width` wide, unless that would leave a column fewer than
/// [`LEAST`] characters. `names` says which columns are codes.
pub fn fit(rows: &mut [Vec<String>], names: &[&str], width: usize) {
    let n = rows.iter().map(Vec::len).max().unwrap_or(0);
    if n == 0 {
        return;
    }
    let natural: Vec<usize> = (0..n)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .flat_map(|c| c.lines())
                .map(UnicodeWidthStr::width)
                .max()
                .unwrap_or(0)
        })
        .collect();
    let budget = width.saturating_sub(3 * n + 1);
    if natural.iter().sum::<usize>() <= budget {
        return;
    }
    let code: Vec<bool> = (0..n)
        .map(|i| names.get(i).is_some_and(|n| is_code(n)))
        .collect();
    // First free text alone, down to FLOOR; then every column.
    let text_only: Vec<usize> = natural
        .iter()
        .zip(&code)
        .map(|(&w, &c)| if c { w } else { w.min(FLOOR) })
        .collect();
    let limits = if text_only.iter().sum::<usize>() <= budget {
        water_fill(&natural, &code, budget, FLOOR)
    } else {
        water_fill(&text_only, &vec![false; n], budget, LEAST)
    };
    for row in rows.iter_mut() {
        for (cell, &limit) in row.iter_mut().zip(&limits) {
            if cell.lines().any(|l| l.width() > limit) {
                *cell = cell
                    .lines()
                    .map(|l| shorten(l, limit))
                    .collect::<Vec<_>>()
                    .join("\n");
            }
        }
    }
}

/// The widest cap (at least `floor`) on the columns not `held` that keeps the sum within
/// `budget`, with what is left over given one column at a time to the capped ones.
fn water_fill(natural: &[usize], held: &[bool], budget: usize, floor: usize) -> Vec<usize> {
    let total = |cap: usize| -> usize {
        natural
            .iter()
            .zip(held)
            .map(|(&w, &h)| if h { w } else { w.min(cap) })
            .sum()
    };
    let mut cap = floor;
    let widest = natural.iter().copied().max().unwrap_or(0);
    while cap < widest && total(cap + 1) <= budget {
        cap += 1;
    }
    let mut left = budget.saturating_sub(total(cap));
    natural
        .iter()
        .zip(held)
        .map(|(&w, &h)| {
            if h || w <= cap {
                w
            } else if left > 0 && w > cap {
                left -= 1;
                cap + 1
            } else {
                cap
            }
        })
        .collect()
}

/// One line cut to `limit` columns, its last one an ellipsis.
pub fn shorten(line: &str, limit: usize) -> String {
    if line.width() <= limit {
        return line.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in line.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w + 1 > limit {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn width_of(rows: &[Vec<String>]) -> usize {
        let n = rows[0].len();
        (0..n)
            .map(|i| rows.iter().map(|r| r[i].width()).max().unwrap())
            .sum::<usize>()
            + 3 * n
            + 1
    }

    #[test]
    fn free_text_gives_way_before_codes() {
        let mut rows = vec![
            vec!["person_cf".into(), "family_name".into(), "unit".into()],
            vec![
                "RSSMRA80A01H501U".into(),
                "Della Valle Scannapieco de' Medici".into(),
                "Sede operativa di Lamezia Terme, via del Progresso".into(),
            ],
        ];
        fit(&mut rows, &["person_cf", "family_name", "unit"], 50);
        assert_eq!(rows[1][0], "RSSMRA80A01H501U");
        assert!(rows[1][1].ends_with('…') && rows[1][2].ends_with('…'));
        assert_eq!(width_of(&rows), 50);
    }

    #[test]
    fn a_table_that_fits_is_untouched_and_a_narrow_one_still_fits() {
        let mut rows = vec![vec!["a".to_string(), "bb".to_string()]];
        fit(&mut rows, &["a", "b"], 80);
        assert_eq!(rows[0], ["a", "bb"]);
        let mut rows = vec![vec!["RSSMRA80A01H501U".to_string(); 4]];
        fit(&mut rows, &["cf", "cf", "cf", "cf"], 40);
        assert!(width_of(&rows) <= 40, "{rows:?}");
        // Too many columns for the width: none shorter than LEAST, the table wider.
        let mut rows = vec![vec!["RSSMRA80A01H501U".to_string(); 20]];
        fit(&mut rows, &[], 80);
        assert_eq!(rows[0][0], "RSS…");
    }

    #[test]
    fn shorten_counts_display_columns() {
        assert_eq!(shorten("Niccolò", 7), "Niccolò");
        assert_eq!(shorten("Niccolò Fabrizi", 8), "Niccolò…");
        assert_eq!(shorten("abcdef", 4), "abc…");
    }

    #[test]
    fn unknown_columns_name_the_valid_ones() {
        let all = vec!["cf".to_string(), "email".to_string()];
        let err = Columns::Named(vec!["mail".into()])
            .select(Format::Csv, &all, &["cf"])
            .unwrap_err();
        assert!(
            err.0.contains("'mail'") && err.0.contains("cf,email"),
            "{err}"
        );
        let c = Columns::Default;
        assert_eq!(c.select(Format::Table, &all, &["cf"]).unwrap(), ["cf"]);
        assert_eq!(c.select(Format::Json, &all, &["cf"]).unwrap(), all);
    }
}
