//! The compliance report as one self-contained HTML file (issue 16): styles inline, charts
//! as inline SVG ([`super::svg`]), no script, no font, no link out; a print stylesheet. The
//! texts are Fluent's (`i18n/<lang>/region.ftl`), in the language of `--lang`; the numbers
//! every chart draws are in a table beside it, carried by the same `data-*` keys.

use std::fmt::Write;

use crate::i18n::{self, Lang};
use crate::ops::compliance::Figures;
use crate::tr;

/// What the page says about where it comes from.
pub struct Meta {
    /// The database's path.
    pub database: String,
    /// When the report was made (the clock main read).
    pub generated_at: String,
}

/// How many companies the table by company shows.
const COMPANIES: usize = 50;

const STYLE: &str = "
body { font: 14px/1.45 system-ui, sans-serif; color: #1b1b1b; margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { font-size: 1.2em; margin-top: 1.8em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .6em 0; } th, td { padding: .25em .7em; border-bottom: 1px solid #e2e2e2; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.how { color: #555; font-size: .9em; margin: .3em 0 .8em; } .meta { color: #444; } code { font-size: .95em; }
.ok { fill: #3a7d44; } .late { fill: #c2413b; } .grid { stroke: #ddd; } .tick { font-size: 11px; fill: #444; }
.bad { color: #c2413b; font-weight: bold; } .good { color: #3a7d44; font-weight: bold; }
figure { margin: .5em 0; } svg { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } section { break-inside: avoid; } h2 { break-after: avoid; } }
@page { size: A4; margin: 15mm; }
";

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A whole number as the reader's language writes it (1.234 in Italian, 1,234 in English).
pub fn num(n: impl Into<i64>) -> String {
    let n: i64 = n.into();
    let sep = if i18n::lang() == Lang::It { '.' } else { ',' };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

fn count(n: u64) -> String {
    num(i64::try_from(n).unwrap_or(i64::MAX))
}

fn opt(n: Option<i64>) -> String {
    n.map_or_else(|| "–".to_string(), num)
}

/// A table's row of a label and a number, the number carrying its key (none when empty:
/// a figure shown twice carries it once).
fn figure_row(s: &mut String, key: &str, label: &str, value: &str) {
    let data = if key.is_empty() {
        String::new()
    } else {
        format!(" data-figure=\"{key}\"")
    };
    let _ = write!(
        s,
        r#"<tr><th scope="row">{}</th><td class="n"{data}>{value}</td></tr>"#,
        esc(label)
    );
}

/// The page.
pub fn compliance(f: &Figures, meta: &Meta) -> String {
    let (from, to) = (f.from.to_string(), f.to.to_string());
    let mut s = String::new();
    let title = tr!("report-title");
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} {from} – {to}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        i18n::lang().code(),
        esc(&title)
    );
    let _ = write!(
        s,
        "<header>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n<p class=\"meta\">{}</p>\n<p class=\"meta\">{}</p>\n</header>\n",
        esc(&title),
        esc(&tr!("report-period", from = from.clone(), to = to.clone())),
        esc(&tr!(
            "report-source",
            db = meta.database.clone(),
            at = meta.generated_at.clone()
        )),
        esc(&tr!(
            "report-trace",
            origin = f.chain.origin.clone(),
            size = f.chain.size,
            head = f.chain.head.clone()
        )),
    );

    // Key figures.
    s.push_str("<section id=\"summary\">\n");
    let _ = write!(s, "<h2>{}</h2>\n<table>", esc(&tr!("report-summary")));
    let total = f.on_time + f.late;
    figure_row(
        &mut s,
        "revocations",
        &tr!("report-revocations"),
        &count(total),
    );
    figure_row(&mut s, "on-time", &tr!("report-on-time"), &count(f.on_time));
    figure_row(&mut s, "late", &tr!("report-late"), &count(f.late));
    figure_row(
        &mut s,
        "late-awaiting-region",
        &tr!("report-late-region"),
        &count(f.late_awaiting_region),
    );
    figure_row(
        &mut s,
        "median-days",
        &tr!("report-median"),
        &opt(f.median_days),
    );
    figure_row(&mut s, "p95-days", &tr!("report-p95"), &opt(f.p95_days));
    figure_row(
        &mut s,
        "overdue-at-end",
        &tr!("report-overdue-end", to = to.clone()),
        &count(f.overdue_at_end),
    );
    figure_row(
        &mut s,
        "reviews-done",
        &tr!("report-reviews-done"),
        &count(f.reviews_done),
    );
    figure_row(
        &mut s,
        "reviews-due",
        &tr!("report-reviews-due"),
        &count(f.reviews_due),
    );
    s.push_str("</table>\n");
    how(
        &mut s,
        &tr!(
            "report-how-revocations",
            from = from.clone(),
            to = to.clone()
        ),
    );
    how(&mut s, &tr!("report-how-region"));
    how(&mut s, &tr!("report-how-days", n = total));
    s.push_str("</section>\n");

    months(&mut s, f);
    late_days(&mut s, f);
    companies(&mut s, f, &to);
    reviews_and_waiting(&mut s, f);
    chain(&mut s, f);
    let _ = write!(
        s,
        "<footer><p class=\"how\">{}</p></footer>\n</body>\n</html>\n",
        esc(&tr!("report-footer"))
    );
    s
}

fn how(s: &mut String, text: &str) {
    let _ = writeln!(s, "<p class=\"how\">{}</p>", esc(text));
}

fn months(s: &mut String, f: &Figures) {
    let (on, late) = (tr!("report-on-time"), tr!("report-late"));
    let rows: Vec<(String, u64, u64)> = f
        .months
        .iter()
        .map(|m| (m.month.clone(), m.on_time, m.late))
        .collect();
    let _ = write!(
        s,
        "<section id=\"by-month\">\n<h2>{}</h2>\n<figure>{}</figure>\n",
        esc(&tr!("report-by-month")),
        super::svg::months(&rows, &tr!("report-by-month"), (&on, &late))
    );
    how(s, &tr!("report-how-months"));
    let _ = write!(
        s,
        "<table id=\"by-month-table\"><thead><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        esc(&tr!("report-month")),
        esc(&on),
        esc(&late)
    );
    for m in &f.months {
        let _ = write!(
            s,
            r#"<tr><td>{m}</td><td class="n" data-month="{m}" data-series="on-time" data-value="{a}">{fa}</td><td class="n" data-month="{m}" data-series="late" data-value="{b}">{fb}</td></tr>"#,
            m = esc(&m.month),
            a = m.on_time,
            b = m.late,
            fa = count(m.on_time),
            fb = count(m.late),
        );
    }
    s.push_str("</tbody></table>\n</section>\n");
}

fn late_days(s: &mut String, f: &Figures) {
    let title = tr!("report-late-days");
    let unit = tr!("report-days");
    let _ = write!(
        s,
        "<section id=\"days-late\">\n<h2>{}</h2>\n<figure>{}</figure>\n",
        esc(&title),
        super::svg::buckets(&f.late_buckets, &title, &unit)
    );
    how(s, &tr!("report-how-late-days"));
    let _ = write!(
        s,
        "<table id=\"days-late-table\"><thead><tr><th>{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        esc(&unit),
        esc(&tr!("report-late"))
    );
    for (b, n) in &f.late_buckets {
        let _ = write!(
            s,
            r#"<tr><td>{b}</td><td class="n" data-bucket="{b}" data-value="{n}">{fn_}</td></tr>"#,
            b = esc(b),
            fn_ = count(*n),
        );
    }
    s.push_str("</tbody></table>\n</section>\n");
}

fn companies(s: &mut String, f: &Figures, to: &str) {
    let _ = write!(
        s,
        "<section id=\"by-company\">\n<h2>{}</h2>\n",
        esc(&tr!("report-by-company"))
    );
    how(
        s,
        &tr!(
            "report-how-companies",
            shown = f.companies.len().min(COMPANIES),
            total = f.companies.len(),
            to = to.to_string()
        ),
    );
    let _ = write!(
        s,
        "<table id=\"by-company-table\"><thead><tr><th>{}</th><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        esc(&tr!("report-company-cf")),
        esc(&tr!("report-company-name")),
        esc(&tr!("report-late")),
        esc(&tr!("report-max-late")),
        esc(&tr!("report-overdue-short")),
        esc(&tr!("report-on-time")),
    );
    for c in f.companies.iter().take(COMPANIES) {
        let _ = write!(
            s,
            r#"<tr><td><code>{}</code></td><td>{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td><td class="n">{}</td></tr>"#,
            esc(&c.cf),
            esc(&c.name),
            count(c.late),
            num(c.max_days_late),
            count(c.overdue_at_end),
            count(c.on_time),
        );
    }
    s.push_str("</tbody></table>\n");
    how(
        s,
        &tr!(
            "report-how-overdue",
            to = to.to_string(),
            n = f.overdue_at_end,
            region = f.overdue_awaiting_region
        ),
    );
    s.push_str("</section>\n");
}

fn reviews_and_waiting(s: &mut String, f: &Figures) {
    let _ = write!(
        s,
        "<section id=\"reviews\">\n<h2>{}</h2>\n<table>",
        esc(&tr!("report-reviews"))
    );
    figure_row(s, "", &tr!("report-reviews-done"), &count(f.reviews_done));
    figure_row(s, "", &tr!("report-reviews-due"), &count(f.reviews_due));
    s.push_str("</table>\n");
    how(s, &tr!("report-how-reviews"));
    let _ = write!(
        s,
        "</section>\n<section id=\"waiting\">\n<h2>{}</h2>\n",
        esc(&tr!("report-waiting"))
    );
    how(s, &tr!("report-how-waiting", today = f.today.to_string()));
    if f.waiting.is_empty() {
        let _ = writeln!(s, "<p>{}</p>", esc(&tr!("report-nothing-waits")));
    } else {
        let _ = write!(
            s,
            "<table><thead><tr><th>{}</th><th class=\"n\">{}</th><th>{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
            esc(&tr!("report-kind")),
            esc(&tr!("report-count")),
            esc(&tr!("report-oldest")),
            esc(&tr!("report-age")),
        );
        for w in &f.waiting {
            let _ = write!(
                s,
                r#"<tr><td><code>{}</code></td><td class="n">{}</td><td>{}</td><td class="n">{}</td></tr>"#,
                esc(&w.kind),
                count(w.count),
                esc(&w.since_on),
                num(w.age_days),
            );
        }
        s.push_str("</tbody></table>\n");
    }
    s.push_str("</section>\n");
}

fn chain(s: &mut String, f: &Figures) {
    let c = &f.chain;
    let _ = write!(
        s,
        "<section id=\"chain\">\n<h2>{}</h2>\n<p>",
        esc(&tr!("report-chain"))
    );
    let state = match (&c.problem, c.verified) {
        (_, false) => format!("<span>{}</span>", esc(&tr!("report-chain-unverified"))),
        (None, true) => format!(
            "<span class=\"good\">{}</span>",
            esc(&tr!("report-chain-intact", size = c.size))
        ),
        (Some(p), true) => format!(
            "<span class=\"bad\">{}</span>",
            esc(&tr!("report-chain-broken", problem = p.clone()))
        ),
    };
    s.push_str(&state);
    s.push_str("</p>\n");
    let _ = writeln!(
        s,
        "<p>{}</p>",
        esc(&tr!(
            "report-chain-head",
            origin = c.origin.clone(),
            size = c.size,
            head = c.head.clone()
        ))
    );
    let anchor = match &c.anchor {
        Some(a) => tr!(
            "report-checkpoint",
            size = a.size,
            at = crate::dates::day_of_stamp(&a.at),
            head = a.head.clone()
        ),
        None => tr!("report-no-checkpoint"),
    };
    let _ = writeln!(s, "<p>{}</p>", esc(&anchor));
    how(s, &tr!("report-how-chain"));
    s.push_str("</section>\n");
}
