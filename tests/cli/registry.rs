//! Issue 5: the registry CSV (export, all-or-nothing import) and legacy triage (R13).

use crate::common::*;

const HEADER: &str = "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason";

struct World {
    env: Env,
    lr: String,
    acme: String,
    /// Registered persons: (cf, family, given)
    people: Vec<(String, String, String)>,
}

fn world() -> World {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.ok(Some(&lr), &["unit", "add", &acme, "Nord"]);
    env.ok(Some(&lr), &["unit", "add", &acme, "Sud"]);
    let people: Vec<_> = (10..16)
        .map(|n| {
            let (f, g) = (format!("Cognome{n}"), format!("Nome{n}"));
            (env.register(n, &f, &g), f, g)
        })
        .collect();
    World {
        env,
        lr,
        acme,
        people,
    }
}

fn row(w: &World, i: usize, profile: &str, unit: &str, rest: &str) -> String {
    let (cf, f, g) = &w.people[i];
    format!("{},{cf},{f},{g},{profile},{unit},{rest}", w.acme)
}

fn write(env: &Env, name: &str, content: &str) -> String {
    let p = env.path(name);
    std::fs::write(&p, content).unwrap();
    p.to_string_lossy().to_string()
}

fn import(w: &World, file: &str, extra: &[&str]) -> std::process::Output {
    let mut a = vec!["registry", "import", file];
    a.extend_from_slice(extra);
    w.env.run(Some(&w.lr), &a)
}

/// Onboards four people, with an offboarding row, through one import.
fn onboarded() -> World {
    let w = world();
    let csv = [
        HEADER.to_string(),
        row(&w, 0, "GESTIONE_CO", "Nord", "2026-01-10,,,"),
        row(&w, 1, "GESTIONE_CO", "", "2026-01-10,,,"),
        row(&w, 2, "PROSPETTI_CIG", "Sud", "2026-01-11,,,"),
        row(&w, 3, "STORICO_CO", "", "2026-01-12,,,"),
    ]
    .join("\n");
    let f = write(&w.env, "onboard.csv", &csv);
    let o = import(
        &w,
        &f,
        &["--data-processing-authorised", "--format", "json"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let s = json(&stdout(&o));
    assert_eq!(s["granted"], 4);
    assert_eq!(s["unchanged"], 0);
    w
}

#[test]
fn batch_onboarding_and_offboarding() {
    let w = onboarded();
    assert_eq!(
        w.env
            .count("SELECT count(*) FROM grants WHERE revoked_on IS NULL"),
        6,
        "four imported, the first administrator's and the legal representative's"
    );
    assert_eq!(
        w.env
            .count("SELECT count(*) FROM audit_event WHERE action = 'grant.add'"),
        6
    );
    assert_eq!(
        w.env
            .count("SELECT count(*) FROM audit_event WHERE action = 'registry.import'"),
        1
    );
    // Offboarding: one ended relationship with its revocation, one revocation alone.
    let csv = [
        HEADER.to_string(),
        row(
            &w,
            0,
            "GESTIONE_CO",
            "Nord",
            "2026-01-10,2026-03-01,2026-03-02,left the company",
        ),
        row(
            &w,
            1,
            "GESTIONE_CO",
            "",
            "2026-01-10,,2026-03-05,role change",
        ),
        row(&w, 2, "PROSPETTI_CIG", "Sud", "2026-01-11,,,"),
    ]
    .join("\r\n");
    let f = write(&w.env, "offboard.csv", &csv);
    let o = import(&w, &f, &["--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = json(&stdout(&o));
    assert_eq!(
        (
            s["revoked"].as_i64(),
            s["relationships_ended"].as_i64(),
            s["unchanged"].as_i64()
        ),
        (Some(2), Some(1), Some(1))
    );
    let again = import(&w, &f, &["--format", "json"]);
    let s = json(&stdout(&again));
    assert_eq!(
        s["unchanged"], 3,
        "importing the same file twice changes nothing the second time"
    );
    w.env.ok(None, &["db", "check"]);
}

#[test]
fn export_then_import_changes_nothing_and_exports_again_identically() {
    let w = onboarded();
    let first = w
        .env
        .ok(Some(&w.lr), &["registry", "export", "--company", &w.acme]);
    assert!(first.starts_with(HEADER));
    assert_eq!(
        first.lines().count(),
        7,
        "with the legal representative's grant"
    );
    let f = write(&w.env, "export.csv", &first);
    let before = w.env.snapshot();
    let o = import(&w, &f, &["--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&stdout(&o))["unchanged"], 6);
    assert_eq!(
        w.env.snapshot(),
        before,
        "importing an export changes nothing"
    );
    let second = w
        .env
        .ok(Some(&w.lr), &["registry", "export", "--company", &w.acme]);
    assert_eq!(first, second);
}

#[test]
fn every_faulty_row_is_reported_with_its_line_and_nothing_is_written() {
    let w = world();
    let (cf0, _, _) = &w.people[0];
    let csv = [
        HEADER.to_string(),
        row(&w, 0, "GESTIONE_CO", "Nord", "2026-01-10,,,"), // good
        row(&w, 1, "NO_SUCH_PROFILE", "", "2026-01-10,,,"), // 3: profile
        row(&w, 2, "STORICO_CO", "Nord", "2026-01-10,,,"),  // 4: level
        format!(
            "{},{cf0},Sbagliato,Nome10,GESTIONE_CO,,2026-01-10,,,",
            w.acme
        ), // 5: names
        row(&w, 3, "GESTIONE_CO", "Ovest", "2026-01-10,,,"), // 6: unit
        row(&w, 4, "GESTIONE_CO", "", "2026-02-30,,,"),     // 7: date
        format!(
            "{},RSSMRA80A01H501X,Rossi,Mario,GESTIONE_CO,,2026-01-10,,,",
            w.acme
        ), // 8: code
        row(&w, 5, "GESTIONE_CO", "", "2026-01-10,,2026-01-11,"), // 9: reason missing
        "too,few,columns".to_string(),                      // 10: columns
    ]
    .join("\n");
    let f = write(&w.env, "faulty.csv", &csv);
    let before = w.env.snapshot();
    let o = import(&w, &f, &["--data-processing-authorised"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for (line, col) in [
        (3, "column profile"),
        (4, "column profile"),
        (5, "column family_name"),
        (6, "column unit"),
        (7, "column granted_on"),
        (8, "column person_cf"),
        (9, "column revoke_reason"),
        (10, "expected 10"),
    ] {
        let l = err
            .lines()
            .find(|l| l.contains(&format!("line {line},")) || l.contains(&format!("line {line}:")))
            .unwrap_or_else(|| panic!("line {line} not reported:\n{err}"));
        assert!(l.contains(col), "line {line} should name {col}: {l}");
    }
    assert!(
        !err.contains("line 2"),
        "the good row is not reported: {err}"
    );
    assert!(
        err.contains("8 faulty row(s)") && err.contains("nothing was written"),
        "{err}"
    );
    assert_eq!(w.env.snapshot(), before);
}

#[test]
fn faults_across_a_long_file_come_once_each_in_line_order() {
    // Rows are read, decoded and their persons checked on a second thread, in batches, ahead
    // of the checks that need the write transaction: a fault found on either side must still
    // be reported once, with its own line, as the first check the row fails.
    let w = world();
    let good = row(&w, 0, "GESTIONE_CO", "Nord", "2026-01-10,,,");
    let mut lines = vec![HEADER.to_string()];
    lines.extend(std::iter::repeat_n(good, 700));
    let unregistered = person(99);
    let mut set = |line: usize, text: String| lines[line - 1] = text;
    set(
        5,
        format!(
            "{},{unregistered},Bianchi,Anna,GESTIONE_CO,,2026-01-10,,,",
            w.acme
        ),
    );
    // Both the company and the names are wrong: the company is checked first.
    let (cf, _, g) = &w.people[1];
    set(
        300,
        format!(
            "{},{cf},Sbagliato,{g},GESTIONE_CO,,2026-01-10,,,",
            company(98)
        ),
    );
    set(
        650,
        format!("{},{cf},Sbagliato,{g},GESTIONE_CO,,2026-01-10,,,", w.acme),
    );
    set(701, row(&w, 2, "GESTIONE_CO", "", "2026-13-01,,,"));
    let f = write(&w.env, "long.csv", &lines.join("\n"));
    let before = w.env.snapshot();
    let o = import(&w, &f, &["--data-processing-authorised"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let reported: Vec<&str> = err.lines().filter(|l| l.contains(", line ")).collect();
    let expected = [
        (5, "column person_cf"),
        (300, "column company_cf"),
        (650, "column family_name"),
        (701, "column granted_on"),
    ];
    assert_eq!(reported.len(), expected.len(), "{err}");
    for (l, (line, col)) in reported.iter().zip(expected) {
        assert!(
            l.contains(&format!("line {line}, {col}")),
            "expected line {line} at {col}: {l}"
        );
    }
    assert!(err.contains("4 faulty row(s)"), "{err}");
    assert_eq!(w.env.snapshot(), before);
}

#[test]
fn dry_run_writes_nothing_and_prints_the_plan() {
    let w = world();
    let csv = [
        HEADER.to_string(),
        // Profile and unit in another case: the plan shows them as registered.
        row(&w, 0, "gestione_co", "NORD", "2026-01-10,,,"),
    ]
    .join("\n");
    let f = write(&w.env, "plan.csv", &csv);
    let before = w.env.snapshot();
    let o = import(
        &w,
        &f,
        &[
            "--dry-run",
            "--data-processing-authorised",
            "--format",
            "json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let plan = json(&stdout(&o));
    assert_eq!(plan[0]["action"], "grant");
    assert_eq!(plan[0]["line"], 2);
    assert_eq!(plan[0]["profile"], "GESTIONE_CO");
    assert_eq!(plan[0]["unit"], "Nord");
    assert_eq!(plan[0]["company_cf"], w.acme.as_str());
    assert_eq!(plan[0]["on"], "2026-01-10");
    assert!(stderr(&o).contains("would grant 1"));
    assert_eq!(w.env.snapshot(), before);
}

#[test]
fn a_new_grant_needs_the_attestation_and_a_name_mismatch_is_refused() {
    let w = world();
    let csv = [
        HEADER.to_string(),
        row(&w, 0, "GESTIONE_CO", "Nord", "2026-01-10,,,"),
    ]
    .join("\n");
    let f = write(&w.env, "a.csv", &csv);
    w.env.refused(
        Some(&w.lr),
        &["registry", "import", &f],
        "--data-processing-authorised",
    );
    let (cf, _, g) = &w.people[0];
    let csv = [
        HEADER.to_string(),
        format!("{},{cf},Rossi,{g},GESTIONE_CO,,2026-01-10,,,", w.acme),
    ]
    .join("\n");
    let f = write(&w.env, "b.csv", &csv);
    let line = w.env.refused(
        Some(&w.lr),
        &["registry", "import", &f, "--data-processing-authorised"],
        "does not match",
    );
    assert!(line.contains("line 2"), "{line}");
}

#[test]
fn a_unit_administrator_cannot_import_rows_for_another_unit() {
    let w = world();
    let ua = w.people[5].0.clone();
    w.env.nominate(&w.lr, &w.acme, &ua, Some("Nord"));
    let csv = [
        HEADER.to_string(),
        row(&w, 0, "GESTIONE_CO", "Nord", "2026-01-10,,,"),
        row(&w, 1, "GESTIONE_CO", "Sud", "2026-01-10,,,"),
        row(&w, 2, "GESTIONE_CO", "", "2026-01-10,,,"),
    ]
    .join("\n");
    let f = write(&w.env, "units.csv", &csv);
    let before = w.env.snapshot();
    let o = w.env.run(
        Some(&ua),
        &["registry", "import", &f, "--data-processing-authorised"],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("line 3, column unit") && err.contains("administrator of unit Sud"),
        "{err}"
    );
    assert!(
        err.contains("line 4") && err.contains("at group level"),
        "{err}"
    );
    assert!(!err.contains("line 2"), "{err}");
    assert_eq!(w.env.snapshot(), before);
}

#[test]
fn formulas_are_neutralised_and_the_round_trip_holds() {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    let evil = person(30);
    env.ok(
        Some(OP),
        &[
            "person",
            "register",
            &evil,
            "--family-name",
            "=HYPERLINK(\"http://x\")",
            "--given-name",
            "+Anna",
        ],
    );
    env.ok(
        Some(&lr),
        &[
            "collab",
            "grant",
            "--company",
            &acme,
            "--person",
            &evil,
            "--profile",
            "GESTIONE_CO",
            "--data-processing-authorised",
        ],
    );
    env.ok(
        Some(&lr),
        &[
            "collab",
            "revoke",
            "--company",
            &acme,
            "--person",
            &evil,
            "--profile",
            "GESTIONE_CO",
            "--reason=-moved; @home",
        ],
    );
    let out = env.ok(Some(&lr), &["registry", "export", "--company", &acme]);
    assert!(
        out.contains("\"'=HYPERLINK(\"\"http://x\"\")\",'+Anna"),
        "{out}"
    );
    assert!(out.contains(",'-moved; @home"), "{out}");
    for line in out.lines() {
        for cell in line.split(',') {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "unneutralised cell {cell} in {line}"
            );
        }
    }
    let f = env.path("evil.csv");
    std::fs::write(&f, &out).unwrap();
    let before = env.snapshot();
    let o = env.run(
        Some(&lr),
        &[
            "--format",
            "json",
            "registry",
            "import",
            f.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn bom_crlf_and_quoted_commas_are_accepted_bad_utf8_and_headers_are_not() {
    let w = world();
    let (cf, f, g) = &w.people[0];
    let good = format!(
        "\u{feff}{HEADER}\r\n{},{cf},\"{f}\",\"{g}\",GESTIONE_CO,\"Nord\",2026-01-10,,,\r\n",
        w.acme
    );
    let file = write(&w.env, "bom.csv", &good);
    let o = import(
        &w,
        &file,
        &["--data-processing-authorised", "--format", "json"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&stdout(&o))["granted"], 1);
    // A unit name with a comma, quoted.
    w.env
        .ok(Some(&w.lr), &["unit", "add", &w.acme, "Nord, piano 2"]);
    let quoted = format!(
        "{HEADER}\n{},{cf},{f},{g},GESTIONE_CO,\"Nord, piano 2\",2026-01-10,,,\n",
        w.acme
    );
    let file = write(&w.env, "quoted.csv", &quoted);
    let o = import(
        &w,
        &file,
        &["--data-processing-authorised", "--format", "json"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&stdout(&o))["granted"], 1);
    // Bad UTF-8 in a name.
    let mut bytes = format!("{HEADER}\n{},{cf},", w.acme).into_bytes();
    bytes.extend_from_slice(b"Cognome\xff10,Nome10,GESTIONE_CO,,2026-01-10,,,\n");
    let p = w.env.path("latin1.csv");
    std::fs::write(&p, bytes).unwrap();
    w.env.refused(
        Some(&w.lr),
        &["registry", "import", p.to_str().unwrap()],
        "not valid UTF-8",
    );
    // A wrong header.
    let file = write(&w.env, "header.csv", "cf,profile\nX,Y\n");
    w.env.refused(
        Some(&w.lr),
        &["registry", "import", &file],
        "the header must be",
    );
    // An empty file.
    let file = write(&w.env, "empty.csv", "");
    w.env
        .refused(Some(&w.lr), &["registry", "import", &file], "empty");
    // An unterminated quote.
    let file = write(&w.env, "quote.csv", &format!("{HEADER}\n\"{},x\n", w.acme));
    w.env
        .refused(Some(&w.lr), &["registry", "import", &file], "line 2");
}

#[test]
fn import_reads_stdin() {
    let w = world();
    let csv = [
        HEADER.to_string(),
        row(&w, 0, "GESTIONE_CO", "Nord", "2026-01-10,,,"),
    ]
    .join("\n");
    let o = w.env.run_stdin(
        Some(&w.lr),
        &[
            "--format",
            "json",
            "registry",
            "import",
            "-",
            "--data-processing-authorised",
        ],
        &csv,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&stdout(&o))["granted"], 1);
}

#[test]
fn export_is_for_operators_and_administrators_and_is_traced() {
    let w = onboarded();
    let env = &w.env;
    let co = w.people[0].0.clone();
    env.refused(
        Some(&co),
        &["registry", "export", "--company", &w.acme],
        "may not export",
    );
    env.refused(
        Some(&w.lr),
        &["registry", "export"],
        "only a regional operator",
    );
    let o = env.run(None, &["registry", "export"]);
    assert_eq!(o.status.code(), Some(1), "export needs --as");
    let all = env.ok(Some(OP), &["registry", "export"]);
    assert_eq!(
        all.lines().count(),
        7,
        "with the legal representative's grant"
    );
    // A unit administrator sees their unit only.
    let ua = w.people[5].0.clone();
    env.nominate(&w.lr, &w.acme, &ua, Some("Nord"));
    let mine = env.ok(Some(&ua), &["registry", "export", "--company", &w.acme]);
    assert_eq!(
        mine.lines().count(),
        3,
        "header, the Nord grant and the unit admin's own: {mine}"
    );
    assert!(mine.lines().skip(1).all(|l| l.contains(",Nord,")), "{mine}");
    env.refused(
        Some(&ua),
        &["registry", "export", "--company", &w.acme, "--unit", "Sud"],
        "may not export unit Sud",
    );
    // JSON, to a file, owner-only; the event records the filters and the count.
    let out = env.path("reg.json");
    env.ok(
        Some(&w.lr),
        &[
            "--format",
            "json",
            "registry",
            "export",
            "--company",
            &w.acme,
            "--active",
            "--output",
            out.to_str().unwrap(),
        ],
    );
    let v = json(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(v.as_array().unwrap().len(), 7);
    assert!(v[0]["unit"].is_null());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let ev = json(&env.text(
        "SELECT details FROM audit_event WHERE action = 'registry.export' ORDER BY id DESC LIMIT 1",
    ));
    assert_eq!(ev["rows"], 7);
    assert_eq!(ev["active"], true);
    assert_eq!(
        env.count("SELECT count(*) FROM audit_event WHERE action = 'registry.export'"),
        3,
        "refusals are not exports"
    );
}

// ---- R13 legacy accounts ---------------------------------------------------------------

#[test]
fn legacy_accounts_land_in_the_right_list_and_twice_changes_nothing() {
    let env = Env::new();
    let valid = person(50);
    let omocode = lpt::cf::omocode_variant(&person(51), 0b1000001);
    let csv = format!(
        "username,cf,family_name,given_name,email,country\n\
         mrossi,{valid},Cognome50,Nome50,m@x.example,IT\n\
         omo,{},Cognome51,Nome51,,IT\n\
         nocf,,Bianchi,Anna,a@x.example,IT\n\
         prov,12345672005,Neri,Piero,,IT\n\
         bad,RSSMRA80A01H501X,Rossi,Mario,,IT\n\
         ditta,01234560017,Ditta,Srl,,IT\n\
         jsmith,,Smith,John,j@x.example,GB\n\
         mrossi,{valid},Cognome50,Nome50,,IT\n",
        omocode.to_lowercase()
    );
    let f = env.path("legacy.csv");
    std::fs::write(&f, &csv).unwrap();
    let file = f.to_str().unwrap();
    let before = env.snapshot();
    let o = env.run(
        Some(OP),
        &[
            "--format",
            "json",
            "person",
            "import-legacy",
            file,
            "--dry-run",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(env.snapshot(), before, "--dry-run writes nothing");
    let clerk = env.register(52, "Cognome52", "Nome52");
    env.refused(
        Some(&clerk),
        &["person", "import-legacy", file],
        "only a regional operator",
    );

    let o = env.run(
        Some(OP),
        &["--format", "json", "person", "import-legacy", file],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = json(&stdout(&o));
    let list_of = |user: &str, line: u64| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["username"] == user && r["line"] == line)
            .unwrap_or_else(|| panic!("{user} missing: {rows}"))
            .clone()
    };
    assert_eq!(list_of("mrossi", 2)["list"], "migrated");
    assert_eq!(list_of("omo", 3)["list"], "migrated");
    assert_eq!(
        list_of("omo", 3)["cf"],
        omocode.as_str(),
        "normalised to upper case"
    );
    let reason_has = |user: &str, line: u64, text: &str| {
        let r = list_of(user, line);
        assert!(
            r["reason"].as_str().unwrap_or_default().contains(text),
            "{user}, line {line}: the reason should say '{text}': {r}"
        );
    };
    assert_eq!(list_of("nocf", 4)["list"], "to_correct");
    reason_has("nocf", 4, "missing");
    reason_has("prov", 5, "provisional");
    reason_has("bad", 6, "expected 'U'");
    reason_has("ditta", 7, "company");
    assert_eq!(list_of("jsmith", 8)["list"], "foreign");
    reason_has("jsmith", 8, "password change");
    assert_eq!(
        list_of("mrossi", 9)["list"],
        "to_correct",
        "a duplicate username"
    );
    assert!(
        stderr(&o).contains("migrated 2, to correct 5, foreign users keeping legacy credentials 1"),
        "{}",
        stderr(&o)
    );
    let via = env.text(&format!("SELECT via FROM person WHERE cf = '{valid}'"));
    assert_eq!(via, "legacy");
    assert_eq!(
        env.count("SELECT must_change_password FROM legacy_account WHERE username = 'jsmith'"),
        1
    );

    let after = env.snapshot();
    let o = env.run(
        Some(OP),
        &["--format", "json", "person", "import-legacy", file],
    );
    assert!(o.status.success());
    assert!(stderr(&o).contains("0 change(s)"), "{}", stderr(&o));
    assert_eq!(env.snapshot(), after, "running it twice changes nothing");
}

/// Issue 18: a row about a grant that is not live still makes sense or is refused: a
/// revocation dated before the row's own granted_on changes nothing and says so.
#[test]
fn a_row_revoking_before_its_own_grant_is_refused_even_when_nothing_is_live() {
    let w = world();
    let csv = format!(
        "{HEADER}\n{}\n",
        row(&w, 0, "GESTIONE_CO", "", "2026-02-10,,2026-02-05,left")
    );
    let f = write(&w.env, "contradiction.csv", &csv);
    let before = w.env.snapshot();
    let o = import(&w, &f, &["--data-processing-authorised"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(
            "line 2, column revoked_on: 2026-02-05 is before this row's granted_on 2026-02-10"
        ),
        "{}",
        stderr(&o)
    );
    assert_eq!(w.env.snapshot(), before);
}

/// R6, R8: a regional operator may revoke any grant, by command or by import alike (one
/// rule): the import applies an operator's revocation row as `collab revoke` would.
#[test]
fn a_regional_operator_revokes_by_import_as_by_command() {
    let w = onboarded();
    let (cf, f, g) = &w.people[0];
    let today = w.env.text(&format!(
        "SELECT granted_on FROM grants g JOIN person p ON p.id = g.person_id WHERE p.cf = '{cf}'"
    ));
    let csv = format!(
        "{HEADER}\n{},{cf},{f},{g},GESTIONE_CO,Nord,{today},,{today},by the Region\n",
        w.acme
    );
    let file = write(&w.env, "region.csv", &csv);
    let o = w.env.run(Some(OP), &["registry", "import", &file]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        w.env.count(&format!(
            "SELECT count(*) FROM grants g JOIN person p ON p.id = g.person_id
             WHERE p.cf = '{cf}' AND g.revoked_on IS NOT NULL AND g.revoke_reason = 'by the Region'"
        )),
        1
    );
}

/// R10, §8.6: an export read only in part (`| head`) has still read personal data, and is
/// traced with the rows it handed out. The registry is made larger than what a pipe and the
/// output buffer hold, so that the export does meet the closed pipe.
#[test]
fn an_export_read_in_part_is_traced_all_the_same() {
    let w = world();
    const N: u32 = 3000;
    // The persons through one legacy import, their grants through one registry import.
    let today = w.env.ok(None, &["--format", "csv", "person", "show", OP]);
    let today = today
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .nth(5)
        .unwrap()
        .to_string();
    let mut legacy = String::from("username,cf,family_name,given_name,email,country\n");
    let mut rows = format!("{HEADER}\n");
    for i in 0..N {
        let cf = person(1000 + i);
        legacy.push_str(&format!("u{i},{cf},Cognome{i},Nome{i},,IT\n"));
        rows.push_str(&format!(
            "{},{cf},Cognome{i},Nome{i},GESTIONE_CO,,{today},,,\n",
            w.acme
        ));
    }
    let lf = write(&w.env, "legacy.csv", &legacy);
    w.env.ok(Some(OP), &["person", "import-legacy", &lf]);
    let rf = write(&w.env, "many.csv", &rows);
    let o = import(&w, &rf, &["--data-processing-authorised"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lpt = assert_cmd::cargo::cargo_bin("lpt");
    let script = format!(
        "set -o pipefail; '{}' --as {} registry export --company {} | head -c 10 > /dev/null",
        lpt.display(),
        w.lr,
        w.acme
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("LPT_DB", w.env.db_url())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let details = w
        .env
        .text("SELECT details FROM audit_event WHERE action = 'registry.export'");
    let rows = json(&details)["rows"]
        .as_i64()
        .unwrap_or_else(|| panic!("no count of rows: {details}"));
    assert!(
        rows > 0 && rows < i64::from(N),
        "the rows handed out before the pipe closed: {rows}"
    );
}
