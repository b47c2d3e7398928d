//! Issue 2: the binary, its database, fiscal codes (R1), catalog, persons, the actor
//! model (R10) and the audit trail (R11).

use crate::common::*;

#[test]
fn clap_tree_is_consistent() {
    lpt::cli::command().debug_assert();
}

#[test]
fn every_verb_help_shows_an_example() {
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        let subs: Vec<_> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            let help = cmd
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            if !help.contains("Example") {
                missing.push(path.to_string());
            }
        }
        for s in subs {
            walk(s, &format!("{path} {}", s.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    walk(&lpt::cli::command(), "lpt", &mut missing);
    assert!(
        missing.is_empty(),
        "verbs without an example in --help: {missing:?}"
    );
}

#[test]
fn generated_files_are_fresh() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("UPDATE_GENERATED").is_some();
    let mut stale = Vec::new();
    let files = lpt::cli::generate::files();
    for (rel, content) in &files {
        let path = root.join(rel);
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, content).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(content.as_slice()) {
            stale.push(rel.clone());
        }
    }
    // No leftover pages for commands that no longer exist.
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let rel = format!("{dir}/{}", entry.unwrap().file_name().to_string_lossy());
            if !files.iter().any(|(r, _)| *r == rel) {
                if update {
                    std::fs::remove_file(root.join(&rel)).unwrap();
                } else {
                    stale.push(format!("{rel} (no longer generated)"));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale: {stale:?}\nregenerate them with: UPDATE_GENERATED=1 cargo test --test cli generated_files_are_fresh"
    );
}

#[test]
fn init_creates_an_owner_only_database_and_refuses_twice() {
    crate::skip_on_pg!("checks the file's mode");
    let env = Env::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    assert_eq!(env.count("SELECT count(*) FROM operator"), 1);
    env.refused(
        None,
        &[
            "init",
            "--operator",
            &person(9),
            "--family-name",
            "X",
            "--given-name",
            "Y",
        ],
        "already initialised",
    );
}

#[test]
fn init_refuses_a_provisional_code() {
    crate::skip_on_pg!("needs the database file itself");
    let env = Env::empty();
    let o = env.run(
        None,
        &[
            "init",
            "--operator",
            "12345672005",
            "--family-name",
            "Rossi",
            "--given-name",
            "Mario",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("provisional"), "{}", stderr(&o));
    assert!(
        !env.db.exists(),
        "nothing may be created for a refused init"
    );
}

#[test]
fn commands_without_a_database_say_how_to_create_one() {
    crate::skip_on_pg!("needs the database file itself");
    let env = Env::empty();
    let o = env.run(None, &["person", "list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("lpt init"));
    assert!(!env.db.exists());
}

#[test]
fn a_database_newer_than_the_binary_is_refused() {
    let env = Env::new();
    // The schema version: SQLite's user_version, lpt's version table on a server.
    env.exec(if on_pg() {
        "UPDATE lpt_schema SET version = 99"
    } else {
        "PRAGMA user_version = 99"
    });
    env.refused(None, &["person", "list"], "newer than this lpt");
}

#[test]
fn a_database_others_can_write_is_refused() {
    crate::skip_on_pg!("checks the file's mode");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let env = Env::new();
        std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o666)).unwrap();
        let line = env.refused(None, &["person", "list"], "chmod 600");
        assert!(line.contains("other"), "{line}");
    }
}

#[test]
fn a_file_that_is_not_sqlite_is_refused() {
    crate::skip_on_pg!("checks the file's mode");
    let env = Env::empty();
    std::fs::write(&env.db, "this is not a database, just text\n".repeat(100)).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let o = env.run(None, &["person", "list"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("not a usable lpt database"),
        "{}",
        stderr(&o)
    );
}

// ---- fiscal codes (R1) -------------------------------------------------------------

fn check_json(env: &Env, codes: &[&str]) -> (Option<i32>, Vec<serde_json::Value>) {
    let mut args = vec!["--format", "json", "cf", "check"];
    args.extend_from_slice(codes);
    let o = env.run(None, &args);
    let v = json(&stdout(&o));
    (o.status.code(), v.as_array().unwrap().clone())
}

#[test]
fn cf_check_explains_every_class_of_code() {
    let env = Env::empty(); // cf check needs no database
    let omocode_all = lpt::cf::omocode_variant(OP, 0b111_1111);
    let omocode_some = lpt::cf::omocode_variant(OP, 0b101_0010);
    let foreign = lpt::cf::build_personal("NRELSN", 88, 12, 22, false, 'Z', 404);
    let female = lpt::cf::build_personal("VRDLGU", 85, 8, 1, true, 'F', 205);
    let leap = lpt::cf::build_personal("GLLSRA", 4, 2, 29, true, 'H', 501);
    let no_leap = {
        // 29 February in a year not divisible by 4, with a correct check letter.
        let mut s = String::from("GLLSRA01B69H501");
        s.push(lpt::cf::check_letter(s.as_bytes()));
        s
    };
    let bad_month = {
        let mut s = String::from("RSSMRA80F01H501");
        s.push(lpt::cf::check_letter(s.as_bytes()));
        s
    };
    let bad_place = {
        let mut s = String::from("RSSMRA80A01N501");
        s.push(lpt::cf::check_letter(s.as_bytes()));
        s
    };
    let company = lpt::cf::build_numeric(123_456, 1);
    let body = lpt::cf::build_numeric(8_012_345, 1);
    let body_bad_office = lpt::cf::build_numeric(8_012_345, 120);
    let provisional = lpt::cf::build_numeric(1_234_567, 200);
    let bad_office = lpt::cf::build_numeric(1_234_567, 130);
    let cases: Vec<(&str, bool, Option<&str>, &str)> = vec![
        ("rss mra 80A01 H501U", true, Some("person"), ""),
        (&omocode_all, true, Some("person"), ""),
        (&omocode_some, true, Some("person"), ""),
        (&foreign, true, Some("person"), ""),
        (&female, true, Some("person"), ""),
        (&leap, true, Some("person"), ""),
        (&no_leap, false, None, "29 February"),
        ("RSSMRA80A01H501X", false, None, "expected 'U'"),
        (&bad_month, false, None, "position 9"),
        (&bad_place, false, None, "position 12"),
        ("RSS-MRA80A01H501U", false, None, "position 4"),
        ("IT01234560017", false, None, "13 characters"),
        (&company, true, Some("company"), ""),
        (&body, true, Some("body"), ""),
        (&body_bad_office, false, None, "at most 095"),
        (&provisional, true, Some("provisional"), ""),
        (&bad_office, false, None, "office code"),
        ("01234560018", false, None, "expected 7"),
        ("00000000000", false, None, "all zeros"),
    ];
    let codes: Vec<&str> = cases.iter().map(|c| c.0).collect();
    let (code, rows) = check_json(&env, &codes);
    assert_eq!(code, Some(1), "any invalid code makes the exit status 1");
    for ((input, valid, kind, reason), row) in cases.iter().zip(&rows) {
        assert_eq!(row["code"], *input);
        assert_eq!(row["valid"], *valid, "{input}: {row}");
        assert_eq!(row["kind"].as_str(), *kind, "{input}: {row}");
        if *valid {
            assert!(row["reason"].is_null());
        } else {
            assert!(
                row["reason"].as_str().unwrap().contains(reason),
                "{input}: {row}"
            );
        }
    }
    assert_eq!(rows[0]["normalized"], OP);
    assert_eq!(rows[0]["birth_date"], "1980-01-01");
    assert_eq!(rows[0]["sex"], "M");
    assert_eq!(rows[0]["birthplace"], "H501");
    assert_eq!(rows[1]["omocode"], true);
    assert_eq!(rows[1]["birth_date"], "1980-01-01");
    assert_eq!(rows[1]["birthplace"], "H501");
    assert_eq!(rows[3]["birthplace"], "Z404 (foreign country)");
    assert_eq!(rows[4]["sex"], "F");
    assert_eq!(rows[4]["birth_date"], "1985-08-01");
    assert_eq!(rows[5]["birth_date"], "2004-02-29");
}

#[test]
fn cf_check_reads_stdin_and_exits_0_when_all_are_valid() {
    let env = Env::empty();
    let o = env.run_stdin(
        None,
        &["--format", "csv", "cf", "check", "-"],
        "rss mra 80A01 H501U\r\n\n01234560017\n",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        "code,normalized,valid,kind,omocode,birth_date,sex,birthplace,reason"
    );
    assert!(
        lines.next().unwrap().starts_with(
            "rss mra 80A01 H501U,RSSMRA80A01H501U,true,person,false,1980-01-01,M,H501,"
        )
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("01234560017,01234560017,true,company,")
    );
    assert_eq!(lines.next(), None);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let env = Env::empty();
    let lpt = assert_cmd::cargo::cargo_bin("lpt");
    let script = format!(
        "yes 'RSSMRA80A01H501U' | head -n 30000 > codes.txt; set -o pipefail; '{}' cf check - < codes.txt | head -n 2",
        lpt.display()
    );
    let o = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(env.dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert!(stderr(&o).is_empty(), "nothing on stderr: {}", stderr(&o));
}

// ---- catalog ----------------------------------------------------------------------

#[test]
fn catalog_lists_types_and_profiles_from_the_database() {
    let env = Env::new();
    let types = json(&env.ok(None, &["--format", "json", "catalog", "types"]));
    let types = types.as_array().unwrap();
    assert_eq!(types.len(), 17);
    let consulente = types
        .iter()
        .find(|t| t["code"] == "CONSULENTE_LAVORO")
        .unwrap();
    assert_eq!(consulente["acts_for_employers"], true);
    assert_eq!(consulente["register_required"], true);
    let pubblico = types
        .iter()
        .find(|t| t["code"] == "DATORE_PUBBLICO")
        .unwrap();
    assert_eq!(pubblico["incompatible_with"].as_array().unwrap().len(), 12);
    let profiles = json(&env.ok(None, &["--format", "json", "catalog", "profiles"]));
    let agenda = profiles
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == "OPERATORE_AGENDA")
        .unwrap();
    assert_eq!(agenda["needs_regional_approval"], true);
    assert_eq!(agenda["group_level"], false);
    assert_eq!(
        agenda["eligible_types"],
        serde_json::json!(["SOGGETTO_ACCREDITATO"])
    );
}

// ---- persons, operators and who acts (R10) -----------------------------------------

#[test]
fn a_person_registers_themselves_and_an_operator_registers_anyone() {
    let env = Env::new();
    let luigia = person(1);
    env.ok(
        Some(&luigia),
        &[
            "person",
            "register",
            &luigia,
            "--family-name",
            "Verdi",
            "--given-name",
            "Luigia",
            "--via",
            "cie",
        ],
    );
    let shown = json(&env.ok(
        None,
        &["--format", "json", "person", "show", &luigia.to_lowercase()],
    ));
    assert_eq!(shown["cf"], luigia.as_str());
    assert_eq!(shown["via"], "cie");
    assert_eq!(shown["status"], "active");
    let other = person(2);
    env.ok(
        Some(OP),
        &[
            "person",
            "register",
            &other,
            "--family-name",
            "Bianchi",
            "--given-name",
            "Anna",
        ],
    );
    let listed = json(&env.ok(None, &["--format", "json", "person", "list"]));
    assert_eq!(listed.as_array().unwrap().len(), 3);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_event WHERE action = 'person.register'"),
        2
    );
}

#[test]
fn person_registration_refusals_change_nothing() {
    let env = Env::new();
    let luigia = env.register(1, "Verdi", "Luigia");
    let stranger = person(3);
    // R10: a registered person who is not an operator registers someone else.
    let line = env.refused(
        Some(&luigia),
        &[
            "person",
            "register",
            &stranger,
            "--family-name",
            "X",
            "--given-name",
            "Y",
        ],
        "may not register",
    );
    assert!(
        line.contains(&luigia),
        "the refusal names who tried: {line}"
    );
    // R10: nobody acts without --as.
    env.refused(
        None,
        &[
            "person",
            "register",
            &stranger,
            "--family-name",
            "X",
            "--given-name",
            "Y",
        ],
        "--as",
    );
    // R10: an unregistered actor.
    env.refused(
        Some(&person(4)),
        &[
            "person",
            "register",
            &stranger,
            "--family-name",
            "X",
            "--given-name",
            "Y",
        ],
        "not a registered person",
    );
    // R1: provisional and company codes cannot be a person's identity.
    env.refused(
        Some(OP),
        &[
            "person",
            "register",
            "12345672005",
            "--family-name",
            "X",
            "--given-name",
            "Y",
        ],
        "provisional",
    );
    env.refused(
        Some(OP),
        &[
            "person",
            "register",
            &company(1),
            "--family-name",
            "X",
            "--given-name",
            "Y",
        ],
        "not of a person",
    );
    env.refused(
        Some(OP),
        &[
            "person",
            "register",
            "RSSMRA80A01H501X",
            "--family-name",
            "X",
            "--given-name",
            "Y",
        ],
        "expected 'U'",
    );
    // Duplicate.
    env.refused(
        Some(OP),
        &[
            "person",
            "register",
            &luigia,
            "--family-name",
            "Verdi",
            "--given-name",
            "Luigia",
        ],
        "already registered",
    );
    // An invalid --as.
    env.refused(
        Some("NOTACODE"),
        &[
            "person",
            "register",
            &stranger,
            "--family-name",
            "X",
            "--given-name",
            "Y",
        ],
        "--as",
    );
}

#[test]
fn a_name_that_does_not_match_the_code_warns_but_registers() {
    let env = Env::new();
    let cf = lpt::cf::build_personal("VRDLGU", 85, 8, 1, true, 'F', 205);
    let o = env.run(
        Some(OP),
        &[
            "person",
            "register",
            &cf,
            "--family-name",
            "Neri",
            "--given-name",
            "Paola",
        ],
    );
    assert!(o.status.success());
    let err = stderr(&o);
    assert!(err.contains("warning") && err.contains("VRD/LGU"), "{err}");
    assert_eq!(env.count("SELECT count(*) FROM person"), 2);
}

#[test]
fn operators_add_operators_and_nobody_else_does() {
    let env = Env::new();
    let anna = env.register(2, "Bianchi", "Anna");
    let luigi = env.register(3, "Neri", "Luigi");
    env.refused(
        Some(&anna),
        &["operator", "add", &luigi],
        "only a regional operator",
    );
    env.ok(Some(OP), &["operator", "add", &anna]);
    env.ok(Some(&anna), &["operator", "add", &luigi]);
    let ops = json(&env.ok(None, &["--format", "json", "operator", "list"]));
    assert_eq!(ops.as_array().unwrap().len(), 3);
    env.refused(
        Some(OP),
        &["operator", "add", &anna],
        "already a regional operator",
    );
}

#[test]
fn lpt_as_environment_variable_names_the_actor() {
    let env = Env::new();
    let cf = person(5);
    let o = env
        .cmd()
        .env("LPT_AS", OP)
        .args([
            "person",
            "register",
            &cf,
            "--family-name",
            "Blu",
            "--given-name",
            "Marco",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let log = json(&env.ok(None, &["--format", "json", "audit", "log", "--person", &cf]));
    assert_eq!(log[0]["actor_cf"], OP);
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    let o = env.run(None, &["person", "frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    let o = env.run(
        Some(OP),
        &[
            "collab",
            "end",
            "--company",
            &company(1),
            "--person",
            OP,
            "--on",
            "2026-02-30",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("2026-02-30"));
    let o = env.run(None, &["--format", "xml", "person", "list"]);
    assert_eq!(o.status.code(), Some(2));
}

// ---- audit trail (R11) -------------------------------------------------------------

/// Six events: init, its login's binding, and four registrations.
fn audited_env() -> Env {
    let env = Env::new();
    for n in 1..=4 {
        env.register(n, "Verdi", "Luigia");
    }
    env.ok(None, &["audit", "verify"]);
    env
}

#[test]
fn audit_verify_detects_an_edited_event() {
    let env = audited_env();
    env.exec("UPDATE audit_event SET actor_cf = 'BNCGPP75C12D086Y' WHERE id = 3");
    let o = env.run(None, &["audit", "verify"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("event 3"), "{}", stderr(&o));
}

#[test]
fn audit_verify_detects_a_deleted_event() {
    let env = audited_env();
    env.exec("DELETE FROM audit_event WHERE id = 2; DELETE FROM audit_personal WHERE event_id = 2");
    let o = env.run(None, &["audit", "verify"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("event 2"), "{}", stderr(&o));
    // Deleting the newest event is caught by the head.
    let env = audited_env();
    env.exec("DELETE FROM audit_event WHERE id = 6; DELETE FROM audit_personal WHERE event_id = 6");
    let o = env.run(None, &["audit", "verify"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("event 5"), "{}", stderr(&o));
}

#[test]
fn audit_verify_detects_an_inserted_event() {
    // Even an event forged with a correct hash, appended after the last one, is caught.
    let env = audited_env();
    let prev = env.text("SELECT hash FROM audit_event WHERE id = 6");
    let at = "2026-01-01T00:00:00.000Z";
    let h = lpt::store::audit::hash(
        &prev,
        7,
        at,
        Some(OP),
        "person.suspend",
        None,
        None,
        "{}",
        None,
        None,
    );
    env.exec(&format!(
        "INSERT INTO audit_event (id, at, actor_cf, action, details, prev_hash, hash)
         VALUES (7, {}, {}, 'person.suspend', '{{}}', {}, {})",
        lit(at),
        lit(OP),
        lit(&prev),
        lit(&h)
    ));
    let o = env.run(None, &["audit", "verify"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("event 7"), "{}", stderr(&o));
    // One forged in the middle breaks the link of the event after it.
    let env = audited_env();
    env.exec("DELETE FROM audit_event WHERE id = 3");
    env.exec(
        "INSERT INTO audit_event (id, at, actor_cf, action, details, prev_hash, hash)
         SELECT 3, at, actor_cf, 'person.suspend', '{}', prev_hash, hash FROM audit_event WHERE id = 2",
    );
    let o = env.run(None, &["audit", "verify"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("event 3"), "{}", stderr(&o));
}

#[test]
fn audit_log_filters_by_person_and_day() {
    let env = audited_env();
    let p1 = person(1);
    let log = json(&env.ok(None, &["--format", "json", "audit", "log", "--person", &p1]));
    assert_eq!(log.as_array().unwrap().len(), 1);
    assert_eq!(log[0]["action"], "person.register");
    let future = json(&env.ok(
        None,
        &["--format", "json", "audit", "log", "--since", "2999-01-01"],
    ));
    assert_eq!(future.as_array().unwrap().len(), 0);
}

/// R8: "today" is the day in Italy, whatever the machine's time zone: at the same instant,
/// just after midnight in Rome (22:30 UTC in summer), every zone records the Rome day, and
/// the next day is still the future.
#[test]
fn today_is_the_day_in_rome_whatever_tz_says() {
    let now = "2026-06-30T22:30:00Z"; // 2026-07-01 00:30 in Rome
    for (i, tz) in [
        "UTC",
        "America/New_York",
        "Pacific/Kiritimati",
        "Europe/Rome",
    ]
    .iter()
    .enumerate()
    {
        let env = Env::empty();
        let run = |args: &[&str]| {
            env.cmd()
                .env("TZ", tz)
                .env("LPT_TEST_NOW", now)
                .args(args)
                .output()
                .unwrap()
        };
        let init = run(&[
            "init",
            "--operator",
            OP,
            "--family-name",
            "Rossi",
            "--given-name",
            "Mario",
        ]);
        assert!(init.status.success(), "{tz}: {}", stderr(&init));
        let cf = person(10 + i as u32);
        let register = [
            "--as",
            OP,
            "person",
            "register",
            &cf,
            "--family-name",
            "Verdi",
            "--given-name",
            "Anna",
        ];
        let o = run(&register);
        assert!(o.status.success(), "{tz}: {}", stderr(&o));
        let shown = json(&String::from_utf8_lossy(
            &run(&["--format", "json", "person", "show", &cf]).stdout,
        ));
        assert_eq!(shown["first_access_on"], "2026-07-01", "under TZ={tz}");
        let mut tomorrow = register.to_vec();
        let other = person(50 + i as u32);
        tomorrow[4] = &other;
        tomorrow.extend(["--on", "2026-07-02"]);
        let o = run(&tomorrow);
        assert_eq!(
            o.status.code(),
            Some(1),
            "{tz}: 2026-07-02 is tomorrow in Rome"
        );
    }
}

/// R8: the day of a recorded instant is its day in Italy: an event recorded at 00:30 in Rome
/// (23:30 UTC the day before) is in `audit log --since` that day.
#[test]
fn audit_log_since_a_day_means_that_day_in_rome() {
    let env = Env::new();
    let cf = person(7);
    let o = env
        .cmd()
        .env("LPT_TEST_NOW", "2026-12-01T23:30:00Z")
        .args(["--as", OP, "person", "register", &cf])
        .args(["--family-name", "Verdi", "--given-name", "Anna"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = env.ok(
        None,
        &[
            "--format",
            "csv",
            "audit",
            "log",
            "--person",
            &cf,
            "--since",
            "2026-12-02",
        ],
    );
    assert_eq!(
        csv.lines().count(),
        2,
        "the header and the registration: {csv}"
    );
    let csv = env.ok(
        None,
        &[
            "--format",
            "csv",
            "audit",
            "log",
            "--person",
            &cf,
            "--since",
            "2026-12-03",
        ],
    );
    assert_eq!(csv.lines().count(), 1, "{csv}");
}

/// `lpt --help` and every noun's help describe each command in a line.
#[test]
fn every_command_has_a_description() {
    fn walk(c: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for sub in c.get_subcommands() {
            let here = format!("{path} {}", sub.get_name());
            if sub.get_about().is_none() {
                missing.push(here.clone());
            }
            walk(sub, &here, missing);
        }
    }
    let mut missing = Vec::new();
    walk(&lpt::cli::command(), "lpt", &mut missing);
    assert!(
        missing.is_empty(),
        "commands without a description: {missing:?}"
    );
}
