//! Issue 19: long lists stream. CSV and JSON print every row as it is read; a table (which
//! needs every row it shows to size its columns) shows the first rows on a terminal and says
//! how many more there were, and elsewhere prints them all, a few hundred at a time.

use crate::common::*;

/// A database whose audit trail holds more events than a table shows: persons registered
/// through one legacy import, one event each.
fn long_trail() -> (Env, usize) {
    let env = Env::new();
    let mut csv = String::from("username,cf,family_name,given_name,email,country\n");
    for i in 0..lpt::output::TABLE_ROWS as u32 + 20 {
        csv.push_str(&format!(
            "user{i},{},Cognome{i},Nome{i},,IT\n",
            person(100 + i)
        ));
    }
    let file = env.path("legacy.csv");
    std::fs::write(&file, csv).unwrap();
    env.ok(
        Some(OP),
        &["person", "import-legacy", file.to_str().unwrap()],
    );
    let events = env.count("SELECT count(*) FROM audit_event") as usize;
    (env, events)
}

#[test]
fn on_a_terminal_a_table_shows_the_first_rows_and_says_how_many_there_were() {
    let (env, events) = long_trail();
    assert!(events > lpt::output::TABLE_ROWS);
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("lpt"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("LPT_DB", env.db_url())
        .args(["audit", "log"]);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string(&format!(
        "showing the first {} of {events} rows",
        lpt::output::TABLE_ROWS
    ))
    .unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn off_a_terminal_a_table_holds_every_row_a_few_hundred_at_a_time() {
    let (env, events) = long_trail();
    let o = env.run(None, &["audit", "log"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).is_empty(),
        "no note off a terminal: {}",
        stderr(&o)
    );
    let out = stdout(&o);
    let rows = out
        .lines()
        .filter(|l| l.contains("person.register"))
        .count();
    assert_eq!(
        rows,
        events - 3,
        "every registration (not init, its login's binding, the import's own event)"
    );
    let tables = out
        .lines()
        .filter(|l| l.contains(" id ") && l.contains(" action "))
        .count();
    assert_eq!(tables, events.div_ceil(lpt::output::TABLE_ROWS));
}

#[test]
fn csv_and_json_print_every_row() {
    let (env, events) = long_trail();
    let csv = env.ok(None, &["--format", "csv", "audit", "log"]);
    assert_eq!(csv.lines().count(), events + 1, "a header and every event");
    assert!(
        csv.starts_with("id,at,actor_cf,action,company_cf,person_cf,details,login,login_cf,host\n")
    );
    // Reading the trail is traced (R10): the second listing has one event more.
    let text = env.ok(None, &["--format", "json", "audit", "log"]);
    let json = json(&text);
    let all = json.as_array().unwrap();
    assert_eq!(all.len(), events + 1);
    assert_eq!(all[0]["action"], "init");
    assert_eq!(all[events - 1]["action"], "person.import-legacy");
    assert_eq!(all[events]["action"], "audit.log");
    // The same listing as the serde_json pretty printer of the whole array would write.
    assert_eq!(
        text,
        format!("{}\n", serde_json::to_string_pretty(&json).unwrap())
    );
}

#[test]
fn an_empty_list_is_an_empty_array_a_header_or_nothing() {
    let env = Env::new();
    assert_eq!(
        env.ok(None, &["--format", "json", "person", "list", "--suspended"]),
        "[]\n"
    );
    let csv = env.ok(None, &["--format", "csv", "person", "list", "--suspended"]);
    assert!(csv.starts_with("cf,family_name,given_name"), "{csv}");
    assert_eq!(csv.lines().count(), 1);
    assert_eq!(env.ok(None, &["person", "list", "--suspended"]), "");
}
