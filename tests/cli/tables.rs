//! Issue 15, item 2: tables that fit. A list's default columns fit 80 columns on a
//! terminal (long cells shortened with …), `--wide` shows every column, `--columns`
//! chooses them; CSV and JSON keep every column by default and are never shortened.

use crate::common::*;

const LONG_FAMILY: &str = "Della Valle Scannapieco de' Medici";
const LONG_GIVEN: &str = "Maria Immacolata Giuseppina";
const LONG_UNIT: &str = "Sede operativa di Lamezia Terme, via del Progresso";

/// Every column of `collab list`, as CSV and JSON have always had them (a contract).
const GRANT_COLUMNS: &str = "person_cf,family_name,given_name,profile,unit,state,granted_on,\
granted_by,data_processing_authorised,approved_by,relationship_started_on,ended_on,\
last_confirmed_on,confirmed_by,revoked_on,revoked_by,revoke_reason,granted_at,ended_at,\
revoked_at,disable_requested_on";

struct World {
    env: Env,
    acme: String,
    co: String,
}

/// An approved company with a unit of a long name, and a collaborator of long names
/// holding a grant there.
fn world() -> World {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, LONG_FAMILY, LONG_GIVEN);
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.ok(Some(&lr), &["unit", "add", &acme, LONG_UNIT]);
    env.ok(
        Some(&lr),
        &[
            "collab",
            "grant",
            "--company",
            &acme,
            "--person",
            &co,
            "--profile",
            "GESTIONE_CO",
            "--unit",
            LONG_UNIT,
            "--data-processing-authorised",
        ],
    );
    World { env, acme, co }
}

/// Runs lpt on a pseudo-terminal of 80 columns (set with `stty`, as a terminal window
/// would) and returns what it wrote, stdout and stderr together, line by line.
fn on_terminal(env: &Env, args: &[&str]) -> Vec<String> {
    on_terminal_of(80, env, args)
}

fn on_terminal_of(columns: usize, env: &Env, args: &[&str]) -> Vec<String> {
    let mut cmd = std::process::Command::new("sh");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LPT_DB", env.db_url())
        .arg("-c")
        .arg(format!("stty cols {columns} rows 50 && exec \"$0\" \"$@\""))
        .arg(assert_cmd::cargo::cargo_bin("lpt"))
        .args(args);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    // rexpect hands each byte over as one char: put the UTF-8 back together.
    let bytes: Vec<u8> = p.exp_eof().unwrap().chars().map(|c| c as u8).collect();
    String::from_utf8(bytes)
        .unwrap()
        .lines()
        .map(|l| l.trim_end_matches('\r').to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn assert_fits(lines: &[String], what: &str) {
    assert_fits_in(80, lines, what)
}

fn assert_fits_in(columns: usize, lines: &[String], what: &str) {
    assert!(lines.len() > 3, "{what}: no table?\n{}", lines.join("\n"));
    for l in lines {
        assert!(
            l.chars().count() <= columns,
            "{what}: a line of {} characters on a {columns}-column terminal:\n{}",
            l.chars().count(),
            lines.join("\n")
        );
    }
}

#[test]
fn tables_fit_80_columns_on_a_terminal_with_long_names() {
    let w = world();
    let collab = on_terminal(&w.env, &["collab", "list", "--company", &w.acme]);
    assert_fits(&collab, "collab list");
    let text = collab.join("\n");
    // Codes keep their width; free text is shortened, with an ellipsis.
    assert!(
        text.contains(&w.co) && text.contains("GESTIONE_CO"),
        "{text}"
    );
    assert!(text.contains('…') && !text.contains(LONG_UNIT), "{text}");

    let review = on_terminal(&w.env, &["audit", "review", "--company", &w.acme]);
    assert_fits(&review, "audit review");
    assert!(review.join("\n").contains(&w.co), "{review:?}");

    let persons = on_terminal(&w.env, &["person", "list"]);
    assert_fits(&persons, "person list");
    let text = persons.join("\n");
    assert!(text.contains(&w.co) && text.contains('…'), "{text}");

    // --wide on a wide terminal: every column, in order, shortened to fit.
    let args = ["--wide", "collab", "list", "--company", &w.acme];
    let wide = on_terminal_of(250, &w.env, &args);
    assert_fits_in(250, &wide, "collab list --wide");
    let header: Vec<&str> = wide[1]
        .split(['│', '┆'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let all: Vec<&str> = GRANT_COLUMNS.split(',').collect();
    assert_eq!(header.len(), all.len(), "{}", wide.join("\n"));
    for (shown, name) in header.iter().zip(&all) {
        assert!(
            name.starts_with(shown.trim_end_matches('…')),
            "{shown} for {name}"
        );
    }
}

#[test]
fn csv_and_json_are_never_shortened_on_a_terminal() {
    let w = world();
    let csv = on_terminal(
        &w.env,
        &["--format", "csv", "collab", "list", "--company", &w.acme],
    );
    assert_eq!(csv[0], GRANT_COLUMNS);
    let text = csv.join("\n");
    assert!(!text.contains('…'), "{text}");
    assert!(
        text.contains(LONG_FAMILY) && text.contains(LONG_UNIT),
        "{text}"
    );
    let json = on_terminal(
        &w.env,
        &[
            "--format",
            "json",
            "person",
            "list",
            "--columns",
            "cf,family_name",
        ],
    )
    .join("\n");
    assert!(json.contains(LONG_FAMILY) && !json.contains('…'), "{json}");
}

#[test]
fn off_a_terminal_the_default_columns_are_whole() {
    let w = world();
    let out = w.env.ok(None, &["collab", "list", "--company", &w.acme]);
    let header = out.lines().nth(1).unwrap();
    let names: Vec<&str> = header
        .split(['│', '┆'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        names,
        ["person_cf", "family_name", "profile", "unit", "state"]
    );
    assert!(
        out.contains(LONG_FAMILY) && out.contains(LONG_UNIT),
        "{out}"
    );
    assert!(!out.contains('…'), "{out}");
}

#[test]
fn wide_shows_every_column() {
    let w = world();
    let out = w
        .env
        .ok(None, &["--wide", "collab", "list", "--company", &w.acme]);
    let header = out.lines().nth(1).unwrap();
    for name in GRANT_COLUMNS.split(',') {
        assert!(header.contains(&format!(" {name} ")), "{name}: {header}");
    }
    // CSV and JSON have every column with or without it.
    for args in [
        vec!["--format", "csv", "collab", "list", "--company", &w.acme],
        vec![
            "--format",
            "csv",
            "--wide",
            "collab",
            "list",
            "--company",
            &w.acme,
        ],
    ] {
        assert_eq!(w.env.ok(None, &args).lines().next(), Some(GRANT_COLUMNS));
    }
    let j = json(&w.env.ok(
        None,
        &["--format", "json", "collab", "list", "--company", &w.acme],
    ));
    let keys: Vec<&String> = j[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, GRANT_COLUMNS.split(',').collect::<Vec<_>>());
}

#[test]
fn columns_picks_in_every_format() {
    let w = world();
    let list = |format: &str| {
        w.env.ok(
            None,
            &[
                "--format",
                format,
                "--columns",
                "granted_on,person_cf",
                "collab",
                "list",
                "--company",
                &w.acme,
            ],
        )
    };
    let table = list("table");
    let header = table.lines().nth(1).unwrap();
    assert!(
        header.contains("granted_on") && header.find("granted_on") < header.find("person_cf"),
        "{table}"
    );
    assert!(!table.contains("family_name"), "{table}");
    let csv = list("csv");
    assert_eq!(csv.lines().next(), Some("granted_on,person_cf"));
    assert!(csv.lines().nth(1).unwrap().ends_with(&w.co), "{csv}");
    let j = json(&list("json"));
    let keys: Vec<&String> = j[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["granted_on", "person_cf"]);
    // The flag also comes after the verb (a global flag).
    let after = w.env.ok(
        None,
        &["person", "list", "--format", "csv", "--columns", "cf"],
    );
    assert!(after.starts_with("cf\n"), "{after}");
}

#[test]
fn an_unknown_column_is_a_usage_error_naming_the_valid_ones() {
    let w = world();
    let before = w.env.snapshot();
    for args in [
        vec![
            "--columns",
            "person_cf,nome",
            "collab",
            "list",
            "--company",
            &w.acme,
        ],
        vec!["--columns", "nome", "--format", "csv", "audit", "log"],
    ] {
        let o = w.env.run(None, &args);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stdout(&o).is_empty(), "{}", stdout(&o));
        let err = stderr(&o);
        assert!(err.contains("'nome'") && err.contains("person_cf"), "{err}");
    }
    // Nothing was read, so no read was traced; a change is refused before it is made.
    assert_eq!(w.env.snapshot(), before);
    let o = w.env.run(
        Some(OP),
        &[
            "--columns",
            "nome",
            "person",
            "suspend",
            &w.co,
            "--reason",
            "x",
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(w.env.snapshot(), before);
    let o = w
        .env
        .run(None, &["--wide", "--columns", "cf", "person", "list"]);
    assert_eq!(o.status.code(), Some(2), "--wide and --columns together");
}
