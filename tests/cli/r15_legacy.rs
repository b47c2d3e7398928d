//! Issue 13, item 8 (R13, R15): the legacy import checks names as `person register` does,
//! lists for correction an account whose code is a registered person's with other names,
//! a suspended person's or a variant of a registered person's; keeps the to-correct list
//! and the password-change flag in the database (`--list`); a regional operator completes
//! an account later (`person legacy-complete`). And the upgrade of existing units' names.

use crate::common::*;

fn legacy(env: &Env, rows: &[String]) -> String {
    let p = env.path("legacy.csv");
    let header = "username,cf,family_name,given_name,email,country";
    std::fs::write(&p, format!("{header}\n{}\n", rows.join("\n"))).unwrap();
    p.to_str().unwrap().to_string()
}

fn run(a: &[String]) -> Vec<&str> {
    a.iter().map(String::as_str).collect()
}

fn listed(env: &Env) -> Vec<serde_json::Value> {
    let out = env.ok(
        Some(OP),
        &["--format", "json", "person", "import-legacy", "--list"],
    );
    json(&out).as_array().unwrap().clone()
}

#[test]
fn the_to_correct_list_is_kept_and_completed_later_and_a_second_run_changes_nothing() {
    let env = Env::new();
    let anna = env.register(2, "Bianchi", "Anna");
    let luca = person(3);
    let twin = lpt::cf::omocode_variant(&anna, 0b1000);
    let f = legacy(
        &env,
        &[
            format!("anna.b,{anna},BIANCHI,Anna,,IT"), // registered, same names: migrated
            format!("imposter,{anna},Neri,Carla,,IT"), // registered with other names
            format!("twin,{twin},Bianchi,Anna,,IT"),   // a variant, same names (R15)
            "nocode,,Verdi,Luca,luca@x.example,IT".to_string(), // (b) missing code
            "john,,Smith,John,,UK".to_string(),        // (c) foreign user
        ],
    );
    let rows = json(&env.ok(
        Some(OP),
        &["--format", "json", "person", "import-legacy", &f],
    ));
    let by = |u: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["username"] == u)
            .unwrap()
            .clone()
    };
    assert_eq!(by("anna.b")["list"], "migrated");
    assert!(
        by("imposter")["reason"]
            .as_str()
            .unwrap()
            .contains("with other names")
    );
    assert!(
        by("twin")["reason"]
            .as_str()
            .unwrap()
            .contains("decodes to the same code")
    );
    assert_eq!(by("nocode")["list"], "to_correct");
    assert_eq!(by("john")["list"], "foreign");
    assert_eq!(env.count("SELECT count(*) FROM person"), 2);
    // Kept in the database: --list shows the three to correct and the foreign user.
    let kept = listed(&env);
    let lists: Vec<(&str, &str)> = kept
        .iter()
        .map(|r| (r["username"].as_str().unwrap(), r["list"].as_str().unwrap()))
        .collect();
    assert_eq!(
        lists,
        [
            ("imposter", "to_correct"),
            ("nocode", "to_correct"),
            ("twin", "to_correct"),
            ("john", "foreign")
        ]
    );
    assert_eq!(kept[3]["must_change_password"], true);
    // Running it twice changes nothing.
    let before = env.snapshot();
    env.ok(Some(OP), &["person", "import-legacy", &f]);
    assert_eq!(env.snapshot(), before);
    // Completion: only by an operator, only an account listed, only with a valid code,
    // never with a registered person's code under other names or a suspended person's.
    let complete = |u: &'static str, cf: &str| -> Vec<String> {
        ["person", "legacy-complete", u, "--cf", cf]
            .map(String::from)
            .to_vec()
    };
    env.refused(Some(&anna), &run(&complete("nocode", &luca)), "may not");
    env.refused(
        Some(OP),
        &run(&complete("ghost", &luca)),
        "is listed for correction",
    );
    env.refused(Some(OP), &run(&complete("nocode", "12345678901")), "--cf");
    env.refused(
        Some(OP),
        &run(&complete("nocode", &anna)),
        "with other names",
    );
    env.ok(
        Some(OP),
        &["person", "suspend", &anna, "--reason", "stolen"],
    );
    env.refused(Some(OP), &run(&complete("twin", &twin)), "who is suspended");
    env.ok(Some(OP), &["person", "reinstate", &anna]);
    env.ok(Some(OP), &run(&complete("nocode", &luca)));
    env.refused(
        Some(OP),
        &run(&complete("nocode", &luca)),
        "was completed with",
    );
    // The operator decides the variant is a distinct person: registered, with a warning.
    let o = env.run(Some(OP), &run(&complete("twin", &twin)));
    assert!(
        o.status.success() && stderr(&o).contains("as a distinct person"),
        "{}",
        stderr(&o)
    );
    let p = json(&env.ok(None, &["--format", "json", "person", "show", &luca]));
    assert_eq!(
        (p["family_name"].as_str(), p["via"].as_str()),
        (Some("Verdi"), Some("legacy"))
    );
    let kept = listed(&env);
    let nocode = kept.iter().find(|r| r["username"] == "nocode").unwrap();
    assert_eq!(
        (nocode["list"].as_str(), nocode["cf"].as_str()),
        (Some("completed"), Some(luca.as_str()))
    );
    assert_eq!(
        nocode["reason"], "missing fiscal code",
        "the account's history stays"
    );
    // The import run again leaves the completed accounts alone.
    let before = env.snapshot();
    env.ok(Some(OP), &["person", "import-legacy", &f]);
    assert_eq!(env.snapshot(), before);
    env.ok(None, &["db", "check"]);
    env.ok(None, &["audit", "verify"]);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_event WHERE action IN ('legacy.to-correct', 'legacy.complete', 'legacy.list')"),
        3 + 2 + 2
    );
}

#[test]
fn existing_units_get_their_keys_on_upgrade_and_clashes_are_listed() {
    crate::skip_on_pg!(
        "the upgrade of an SQLite file of schema 6 (fixture tests/fixtures/v6-legal-reps.db)"
    );
    // A database at schema 6 (before 0008), where NOCASE let 'CITTÀ' in beside 'Città'.
    let env = Env::fixture_file("v6-legal-reps.db");
    env.set_login(Some("root"));
    let (anna, acme) = ("BNCNNA90A41H501T", "12345670017");
    env.sql()
        .execute_batch(
            "INSERT INTO unit (company_id, name, created_at)
             SELECT id, 'Città', registered_at FROM company WHERE cf = '12345670017';
             INSERT INTO unit (company_id, name, created_at)
             SELECT id, 'CITTÀ', registered_at FROM company WHERE cf = '12345670017';",
        )
        .unwrap();
    let o = env.run(None, &["db", "check"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(
        out.contains("live units of one company that are one name (R15): rename one"),
        "{out}"
    );
    assert!(out.contains(&format!("{acme} CITTÀ")), "{out}");
    assert_eq!(
        env.count("SELECT count(*) FROM unit WHERE name_key = 'sede legale'"),
        env.count("SELECT count(*) FROM company"),
        "every company's first unit has its key"
    );
    // Both are still found by their spelling; renaming one ends the clash.
    env.ok(Some(anna), &["unit", "rename", acme, "CITTÀ", "Città Nord"]);
    env.refused(
        Some(anna),
        &["unit", "add", acme, "città nord"],
        "already has a unit named 'Città Nord'",
    );
    let o = env.run(None, &["db", "check"]);
    assert!(!stdout(&o).contains("one name (R15)"), "{}", stdout(&o));
}
