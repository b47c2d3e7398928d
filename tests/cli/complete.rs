//! Issue 15, item 4: completion of values through the real entry point, as the shells'
//! registration scripts call it (`COMPLETE=bash lpt -- WORDS…` with the index of the word
//! completed; `COMPLETE=fish lpt -- WORDS…`, the last word completed, a help after a tab):
//! the units of the company on the line, profile and type codes, persons and companies with
//! their names, `--db` on the line; and that a completion writes nothing, creates no file
//! and does not wait on a locked database.

use std::time::Duration;

use crate::common::*;

/// The most a completion may take here before it counts as hanging (a debug build on a
/// loaded machine: far above what one takes, far below a lock's 30 seconds).
const HANG: Duration = Duration::from_secs(10);

/// What bash's registration script passes: the words, the index of the one completed, and
/// its separator (vertical tab). Returns the candidates, less the flags clap_complete offers
/// beside a positional value.
fn bash(env: &Env, words: &[&str]) -> Vec<String> {
    let out = env
        .cmd()
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (words.len()).to_string())
        .env("_CLAP_IFS", "\u{b}")
        .arg("--")
        .arg("lpt")
        .args(words)
        .timeout(HANG)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    text.split('\u{b}')
        .filter(|s| !s.is_empty() && !s.starts_with('-'))
        .map(str::to_string)
        .collect()
}

/// What fish's registration script passes: the words, the last one completed. Returns the
/// lines, each `value` or `value<TAB>help`, less the flags.
fn fish(env: &Env, words: &[&str]) -> Vec<String> {
    let out = env
        .cmd()
        .env("COMPLETE", "fish")
        .arg("--")
        .arg("lpt")
        .args(words)
        .timeout(HANG)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
        .lines()
        .filter(|l| !l.starts_with('-'))
        .map(str::to_string)
        .collect()
}

/// A database with two companies, each with its own units, and two more persons.
fn populated() -> (Env, String, String, String) {
    let env = Env::new();
    let verdi = env.register(1, "Verdi", "Luigia");
    env.register(2, "Bianchi", "Anna");
    let acme = env.approved_company(1, &verdi, &["DATORE_PRIVATO"]);
    env.ok(Some(&verdi), &["unit", "add", &acme, "Filiale Cosenza"]);
    env.ok(Some(&verdi), &["unit", "add", &acme, "Filiale Rende"]);
    let other = env.approved_company(2, &verdi, &["DATORE_PRIVATO"]);
    env.ok(Some(&verdi), &["unit", "add", &other, "Filiale Lamezia"]);
    (env, verdi, acme, other)
}

#[test]
fn completes_the_units_of_the_company_on_the_line_and_profile_codes() {
    let (env, _, acme, other) = populated();
    let line = ["collab", "grant", "--company", &acme, "--unit", "Fil"];
    // bash puts a candidate on the line as it is: a name with spaces comes quoted.
    assert_eq!(bash(&env, &line), ["'Filiale Cosenza'", "'Filiale Rende'"]);
    assert_eq!(
        fish(&env, &line),
        ["Filiale Cosenza", "Filiale Rende"],
        "fish quotes by itself"
    );
    // bash splits `--company=CF` at `=`: the company is read all the same.
    let line = [
        "collab",
        "grant",
        "--company",
        "=",
        &acme,
        "--unit",
        "Filiale R",
    ];
    assert_eq!(bash(&env, &line), ["'Filiale Rende'"]);
    // The other company's units, and a unit typed quoted, in either case.
    let line = ["admin", "nominate", "--company", &other, "--unit", "'fil"];
    assert_eq!(bash(&env, &line), ["'Filiale Lamezia'"]);
    // The unit of `unit rename COMPANY UNIT`, after a global option with a value.
    let line = ["unit", "--as", OP, "rename", &acme, "Filiale R"];
    assert_eq!(fish(&env, &line), ["Filiale Rende"]);
    // No company on the line: no unit to offer.
    assert!(fish(&env, &["collab", "list", "--unit", ""]).is_empty());

    // Profile codes, with their labels where the shell shows them.
    let line = ["collab", "grant", "--company", &acme, "--profile", "OPER"];
    assert!(bash(&env, &line).contains(&"OPERATORE_AGENDA".to_string()));
    let profiles = fish(&env, &["collab", "list", "--profile", ""]);
    assert!(profiles.len() > 5, "{profiles:?}");
    assert!(profiles.iter().any(|l| l.starts_with("AMMINISTRATORE\t")));
    // Type codes.
    let types = fish(&env, &["company", "register", "--type", "DATORE_P"]);
    assert!(types.iter().any(|l| l.starts_with("DATORE_PRIVATO\t")));
    assert!(types.iter().any(|l| l.starts_with("DATORE_PUBBLICO\t")));
}

#[test]
fn completes_persons_and_companies_with_their_names() {
    let (env, verdi, acme, other) = populated();
    let persons = fish(&env, &["collab", "grant", "--person", ""]);
    assert!(
        persons.contains(&format!("{verdi}\tVerdi Luigia")),
        "{persons:?}"
    );
    assert!(
        persons.contains(&format!("{OP}\tRossi Mario")),
        "{persons:?}"
    );
    assert_eq!(persons.len(), 3);
    // --as, global, after the verb; a code's beginning.
    let prefix = &verdi[..3];
    assert_eq!(
        fish(&env, &["person", "show", "--as", prefix]),
        [format!("{verdi}\tVerdi Luigia")]
    );
    // A person's code positional; in bash a name's beginning offers the code.
    assert_eq!(fish(&env, &["person", "show", prefix]).len(), 1);
    assert_eq!(bash(&env, &["collab", "show", "--person", "verd"]), [verdi]);

    let companies = fish(&env, &["collab", "list", "--company", ""]);
    assert!(
        companies.contains(&format!("{acme}\tACME Srl")),
        "{companies:?}"
    );
    assert!(
        companies.contains(&format!("{other}\tACME Srl")),
        "{companies:?}"
    );
    assert_eq!(bash(&env, &["unit", "list", &acme[..6]]).len(), 2);
    assert_eq!(bash(&env, &["company", "show", "acm"]).len(), 2);
}

#[test]
fn completion_reads_the_database_named_on_the_line() {
    let (env, _, acme, _) = populated();
    let db = env.db_url().to_str().unwrap().to_string();
    let mut cmd = env.cmd();
    cmd.env("LPT_DB", env.path("missing.db"))
        .env("COMPLETE", "fish")
        .args(["--", "lpt", "--db", &db, "unit", "list", ""])
        .timeout(HANG);
    let out = cmd.output().unwrap();
    let offered = stdout(&out);
    assert_eq!(
        offered.lines().filter(|l| !l.starts_with('-')).count(),
        2,
        "{offered}"
    );
    // And the other way round: LPT_DB names it, --db a missing file.
    let missing = env.path("missing.db");
    let line = [
        "--db",
        missing.to_str().unwrap(),
        "unit",
        "list",
        &acme[..3],
    ];
    assert!(fish(&env, &line).is_empty());
    assert!(!missing.exists());
}

/// The database's folder: each file's name and content.
fn files(env: &Env) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn completion_writes_nothing_and_creates_no_file() {
    let (env, verdi, acme, _) = populated();
    let before = files(&env);
    let rows = env.snapshot();
    assert!(on_pg() || before.iter().any(|(n, _)| n == "lpt.db"));
    bash(&env, &["collab", "grant", "--company", &acme, "--unit", ""]);
    fish(&env, &["collab", "grant", "--person", &verdi[..2]]);
    fish(&env, &["collab", "grant", "--profile", ""]);
    assert!(
        files(&env) == before,
        "a completion changed the database's folder (the file, or a -wal or -shm left)"
    );
    assert!(env.snapshot() == rows, "a completion changed the database");

    // No database: nothing offered, nothing created, not even the file.
    let empty = Env::empty();
    assert!(fish(&empty, &["collab", "grant", "--profile", ""]).is_empty());
    assert!(bash(&empty, &["unit", "list", ""]).is_empty());
    assert!(!empty.db.exists());
    assert_eq!(std::fs::read_dir(empty.dir.path()).unwrap().count(), 0);
}

#[test]
fn completion_does_not_wait_on_a_locked_database() {
    let (env, _, acme, _) = populated();
    let line = ["collab", "grant", "--company", &acme, "--unit", ""];
    if let Some(pg) = &env.pg {
        // On a server: a write in progress is not seen; a table locked by another session
        // makes the completion give up (lock_timeout) instead of waiting.
        let mut writer = pg_client(&pg.name);
        writer
            .batch_execute("BEGIN; UPDATE unit SET name = 'Renamed' WHERE name = 'Filiale Rende';")
            .unwrap();
        assert_eq!(
            fish(&env, &line),
            ["Filiale Cosenza", "Filiale Rende", "Sede legale"]
        );
        writer
            .batch_execute("LOCK TABLE unit IN ACCESS EXCLUSIVE MODE")
            .unwrap();
        assert!(fish(&env, &line).is_empty());
        writer.batch_execute("ROLLBACK").unwrap();
        assert_eq!(fish(&env, &line).len(), 3);
        return;
    }

    // Another process in the middle of a write: completion reads what was committed.
    let writer = env.sql();
    writer
        .execute_batch(
            "BEGIN EXCLUSIVE; UPDATE unit SET name = 'Renamed' WHERE name = 'Filiale Rende';",
        )
        .unwrap();
    assert_eq!(
        fish(&env, &line),
        ["Filiale Cosenza", "Filiale Rende", "Sede legale"]
    );
    writer.execute_batch("ROLLBACK").unwrap();

    // Another process holding the file for itself: completion gives up at once instead of
    // waiting for it (lpt's own commands wait up to 30 seconds); `fish` fails past HANG.
    writer
        .execute_batch(
            "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;
             UPDATE unit SET name = 'Renamed' WHERE name = 'Filiale Rende';",
        )
        .unwrap();
    assert!(fish(&env, &line).is_empty());
    writer.execute_batch("ROLLBACK").unwrap();
    drop(writer);
    assert_eq!(fish(&env, &line).len(), 3);
}

#[test]
fn prints_each_shells_registration() {
    let env = Env::new();
    for (shell, needle) in [
        (
            "bash",
            "complete -o nospace -o bashdefault -o nosort -F _clap_complete_lpt lpt",
        ),
        ("zsh", "compdef _clap_dynamic_completer_lpt lpt"),
        ("fish", "complete --keep-order --exclusive --command lpt"),
    ] {
        let out = env.cmd().env("COMPLETE", shell).output().unwrap();
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        assert!(stdout(&out).contains(needle), "{shell}:\n{}", stdout(&out));
    }
}
