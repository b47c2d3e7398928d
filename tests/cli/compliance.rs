//! Issue 16, `lpt report compliance`: the figures against a hand-built database (known
//! late and on-time revocations, a known median), the page self-contained and well formed,
//! its charts carrying the numbers of its tables, in Italian or English.

use std::collections::BTreeSet;

use crate::common::*;

/// ACME's collaborators' relationships end and are revoked on known days (recorded time):
///
/// | who | end | revocation recorded | days from end | late by |
/// |---|---|---|---|---|
/// | 2 | 02-01 | 02-01 | 0 | – |
/// | 3 | 02-01 | 02-03 | 2 | – |
/// | 4 | 02-01 | 02-06 | 5 | – (the 5th day is on time) |
/// | 5 | 02-01 | 02-10, declaring 02-02 | 9 | 4 |
/// | 6 | 03-01 | 03-20 | 19 | 14 |
/// | 7 | 03-01 | never: overdue at the end of March | | |
///
/// Median (nearest rank) of 0, 2, 5, 9, 19 is 5; the 95th percentile 19.
fn world() -> Env {
    let env = Env::empty();
    env.set_now("2026-01-05T09:00:00Z");
    env.init();
    let lr = env.register(1, "Verdi", "Luigia");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    let people: Vec<String> = (2..=7)
        .map(|n| env.register(n, "Bianchi", "Anna"))
        .collect();
    for p in &people {
        env.ok(
            Some(&lr),
            &[
                "collab",
                "grant",
                "--company",
                &acme,
                "--person",
                p,
                "--profile",
                "GESTIONE_CO",
                "--data-processing-authorised",
            ],
        );
    }
    let at = |day: &str| env.set_now(&format!("{day}T10:00:00Z"));
    let end = |p: &str, on: &str| {
        at(on);
        env.ok(
            Some(&lr),
            &[
                "--yes",
                "collab",
                "end",
                "--company",
                &acme,
                "--person",
                p,
                "--on",
                on,
            ],
        );
    };
    let revoke = |p: &str, recorded: &str, declared: &str| {
        at(recorded);
        env.ok(
            Some(&lr),
            &[
                "--yes",
                "collab",
                "revoke",
                "--company",
                &acme,
                "--person",
                p,
                "--reason",
                "left",
                "--on",
                declared,
            ],
        );
    };
    for p in &people[..4] {
        end(p, "2026-02-01");
    }
    revoke(&people[0], "2026-02-01", "2026-02-01");
    revoke(&people[1], "2026-02-03", "2026-02-03");
    revoke(&people[2], "2026-02-06", "2026-02-06");
    revoke(&people[3], "2026-02-10", "2026-02-02");
    end(&people[4], "2026-03-01");
    end(&people[5], "2026-03-01");
    revoke(&people[4], "2026-03-20", "2026-03-20");
    env.set_now("2026-04-05T10:00:00Z");
    env
}

fn report(env: &Env, lang: &str, name: &str) -> String {
    let out = env.path(name);
    let o = env.run(
        None,
        &[
            "--lang",
            lang,
            "report",
            "compliance",
            "--from",
            "2026-01-01",
            "--to",
            "2026-03-31",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::read_to_string(out).unwrap()
}

/// The values of attribute `attr` of every element `tag` that has `data-value`, as
/// (keys, value).
fn data(page: &str, tag: &str, keys: &[&str]) -> BTreeSet<(Vec<String>, u64)> {
    let attr = |el: &str, name: &str| {
        let k = format!("{name}=\"");
        el.find(&k).map(|i| {
            let rest = &el[i + k.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
    };
    page.split(&format!("<{tag} "))
        .skip(1)
        .map(|el| &el[..el.find('>').unwrap()])
        .filter_map(|el| {
            let v = attr(el, "data-value")?.parse().unwrap();
            let k: Option<Vec<String>> = keys.iter().map(|k| attr(el, k)).collect();
            Some((k?, v))
        })
        .collect()
}

fn figure(page: &str, key: &str) -> String {
    let k = format!("data-figure=\"{key}\">");
    let i = page.find(&k).unwrap_or_else(|| panic!("no figure {key}")) + k.len();
    page[i..i + page[i..].find('<').unwrap()].to_string()
}

/// Every element opened is closed, in order (void elements aside).
fn well_formed(page: &str) {
    const VOID: [&str; 4] = ["meta", "br", "line", "!DOCTYPE"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = page;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("an unclosed tag");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name),
                "</{name}> closes nothing open"
            );
            continue;
        }
        let name = tag.split([' ', '/']).next().unwrap().to_string();
        if !(VOID.contains(&name.as_str()) || tag.ends_with('/')) {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "left open: {stack:?}");
}

#[test]
fn the_figures_match_a_hand_built_database() {
    let env = world();
    let page = report(&env, "en", "r.html");
    assert_eq!(figure(&page, "revocations"), "5");
    assert_eq!(figure(&page, "on-time"), "3", "the 5th day is on time");
    assert_eq!(
        figure(&page, "late"),
        "2",
        "a backdated revocation is late (R8)"
    );
    assert_eq!(figure(&page, "median-days"), "5");
    assert_eq!(figure(&page, "p95-days"), "19");
    assert_eq!(figure(&page, "overdue-at-end"), "1");
    let months = data(&page, "td", &["data-month", "data-series"]);
    let want: BTreeSet<(Vec<String>, u64)> = [
        ("2026-01", "on-time", 0),
        ("2026-01", "late", 0),
        ("2026-02", "on-time", 3),
        ("2026-02", "late", 1),
        ("2026-03", "on-time", 0),
        ("2026-03", "late", 1),
    ]
    .iter()
    .map(|(m, s, v)| (vec![m.to_string(), s.to_string()], *v))
    .collect();
    assert_eq!(months, want);
    let buckets = data(&page, "td", &["data-bucket"]);
    assert!(buckets.contains(&(vec!["2–5".into()], 1)), "{buckets:?}");
    assert!(buckets.contains(&(vec!["11–30".into()], 1)), "{buckets:?}");
    // The page names the database and its chain's head, and says the chain verified.
    assert!(page.contains(env.db_url().to_str().unwrap()));
    let head =
        env.text("SELECT hash FROM audit_event WHERE id = (SELECT max(id) - 1 FROM audit_event)");
    assert!(
        page.contains(&head),
        "the chain's head before the report's own trace"
    );
    assert!(page.contains("Verified"));
    // Traced.
    assert_eq!(
        env.count("SELECT count(*) FROM audit_event WHERE action = 'report.compliance'"),
        1
    );
}

#[test]
fn the_page_is_self_contained_well_formed_and_its_charts_are_its_tables() {
    let env = world();
    for (lang, word) in [("it", "Tempestive"), ("en", "On time")] {
        let page = report(&env, lang, &format!("{lang}.html"));
        assert!(page.contains(&format!("<html lang=\"{lang}\">")));
        assert!(page.contains(word), "{lang}");
        // The database the page names is text, not a reference (a server's URL has `//`).
        let db = env.db_url();
        let text = page.replace(db.to_str().unwrap(), "");
        for external in [
            "http:", "https:", "<script", "<link", "src=", "@import", "url(", "//",
        ] {
            assert!(!text.contains(external), "{lang}: {external} in the page");
        }
        assert!(page.contains("@media print"), "printable");
        well_formed(&page);
        for keys in [&["data-month", "data-series"][..], &["data-bucket"][..]] {
            let chart = data(&page, "rect", keys);
            let table = data(&page, "td", keys);
            assert!(!chart.is_empty());
            assert_eq!(chart, table, "{lang}: the chart draws the table's numbers");
        }
    }
    // A new file only.
    let out = env.path("en.html");
    let o = env.run(
        None,
        &[
            "report",
            "compliance",
            "--from",
            "2026-01-01",
            "--to",
            "2026-03-31",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}
