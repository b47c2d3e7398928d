//! Issue 11, R8: two times, never confused. Every change keeps the day it declares and the
//! instant lpt recorded it; lateness and what was overdue on a past day are judged on the
//! recorded time, in Italy's calendar. The clock is placed with `LPT_TEST_NOW` (debug builds
//! only).

use crate::common::*;

struct World {
    env: Env,
    lr: String,
    co: String,
    acme: String,
}

/// Anna granted GESTIONE_CO on 2026-01-10 (recorded that day); her relationship ends on
/// 2026-03-10, recorded on `end_recorded`. The clock is left at `end_recorded`.
fn ended(end_recorded: &str) -> World {
    let env = Env::empty();
    env.set_now("2026-01-10T09:00:00Z");
    env.init();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, "Bianchi", "Anna");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
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
            "--data-processing-authorised",
            "--on",
            "2026-01-10",
        ],
    );
    env.set_now(end_recorded);
    env.ok(
        Some(&lr),
        &[
            "collab",
            "end",
            "--company",
            &acme,
            "--person",
            &co,
            "--on",
            "2026-03-10",
        ],
    );
    World { env, lr, co, acme }
}

fn revoke(w: &World, on: &str) {
    w.env.ok(
        Some(&w.lr),
        &[
            "collab",
            "revoke",
            "--company",
            &w.acme,
            "--person",
            &w.co,
            "--reason",
            "left",
            "--on",
            on,
        ],
    );
}

/// `audit overdue-revocations` with `extra`: the exit status and the rows.
fn overdue(env: &Env, extra: &[&str]) -> (Option<i32>, Vec<serde_json::Value>) {
    let mut a = vec![
        "--format",
        "json",
        "audit",
        "overdue-revocations",
        "--exit-code",
    ];
    a.extend_from_slice(extra);
    let o = env.run(None, &a);
    let rows = json(&stdout(&o)).as_array().unwrap().clone();
    (o.status.code(), rows)
}

#[test]
fn a_backdated_revocation_is_reported_late() {
    let w = ended("2026-03-10T09:00:00Z");
    // Entered 23 days after the end, declaring a day inside the window.
    w.env.set_now("2026-04-02T09:00:00Z");
    revoke(&w, "2026-03-12");
    let (code, rows) = overdue(&w.env, &[]);
    assert_eq!((code, rows.len()), (Some(0), 0), "no longer open");
    let (code, rows) = overdue(&w.env, &["--include-late"]);
    assert_eq!(code, Some(3), "the late revocation is found");
    let r = &rows[0];
    assert_eq!(r["revoked_on"], "2026-03-12", "the declared day, shown");
    assert_eq!(
        r["revoked_at"], "2026-04-02T09:00:00.000Z",
        "the recorded instant"
    );
    assert_eq!(r["due_on"], "2026-03-15");
    assert_eq!(
        r["days_overdue"], 18,
        "late by the recorded day, 2026-04-02"
    );
    // collab show and the export carry both times.
    let shown = json(&w.env.ok(
        None,
        &[
            "--format",
            "json",
            "collab",
            "show",
            "--company",
            &w.acme,
            "--person",
            &w.co,
        ],
    ));
    let g = &shown[0];
    assert_eq!(g["revoked_on"], "2026-03-12");
    assert_eq!(g["revoked_at"], "2026-04-02T09:00:00.000Z");
    assert_eq!(g["ended_at"], "2026-03-10T09:00:00.000Z");
    assert_eq!(g["granted_at"], "2026-01-10T09:00:00.000Z");
    let csv = w.env.ok(
        Some(&w.lr),
        &[
            "--format",
            "csv",
            "registry",
            "export",
            "--company",
            &w.acme,
        ],
    );
    let header = csv.lines().next().unwrap();
    assert_eq!(
        header,
        "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason,granted_at,ended_at,revoked_at"
    );
    assert!(
        csv.contains("2026-03-12,left,2026-01-10T09:00:00.000Z,2026-03-10T09:00:00.000Z,2026-04-02T09:00:00.000Z"),
        "{csv}"
    );
    // The export imports back, with its extra columns, changing nothing.
    let file = w.env.path("export.csv");
    std::fs::write(&file, &csv).unwrap();
    let before = w.env.snapshot();
    let o = w
        .env
        .run(Some(&w.lr), &["registry", "import", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(w.env.snapshot(), before);
}

#[test]
fn an_import_row_revoking_inside_the_window_late_is_late() {
    let w = ended("2026-03-10T09:00:00Z");
    w.env.set_now("2026-04-02T09:00:00Z");
    let file = w.env.path("late.csv");
    std::fs::write(
        &file,
        format!(
            "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason\n\
             {},{},Bianchi,Anna,GESTIONE_CO,,2026-01-10,2026-03-10,2026-03-12,left\n",
            w.acme, w.co
        ),
    )
    .unwrap();
    w.env
        .ok(Some(&w.lr), &["registry", "import", file.to_str().unwrap()]);
    let (code, rows) = overdue(&w.env, &["--include-late"]);
    assert_eq!(code, Some(3));
    assert_eq!(rows[0]["days_overdue"], 18);
}

#[test]
fn as_of_a_past_day_shows_what_was_overdue_then() {
    let w = ended("2026-03-10T09:00:00Z");
    w.env.set_now("2026-04-02T09:00:00Z");
    revoke(&w, "2026-04-02");
    // On 2026-03-20 the grant was five days overdue, though it was revoked later.
    let (code, rows) = overdue(&w.env, &["--as-of", "2026-03-20"]);
    assert_eq!(code, Some(3));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["days_overdue"], 5);
    assert_eq!(rows[0]["person_cf"], w.co.as_str());
    // Not yet on the deadline, nor after the revocation was recorded.
    assert_eq!(overdue(&w.env, &["--as-of", "2026-03-15"]).1.len(), 0);
    assert_eq!(overdue(&w.env, &["--as-of", "2026-04-02"]).1.len(), 0);
    // The day before it was revoked it was still overdue.
    assert_eq!(overdue(&w.env, &["--as-of", "2026-04-01"]).1.len(), 1);
}

#[test]
fn as_of_does_not_know_an_end_recorded_later() {
    // The end, declared 2026-03-10, was only recorded on 2026-04-01.
    let w = ended("2026-04-01T09:00:00Z");
    assert_eq!(
        overdue(&w.env, &["--as-of", "2026-03-20"]).1.len(),
        0,
        "on 2026-03-20 the database did not know the relationship had ended"
    );
    let (_, rows) = overdue(&w.env, &[]);
    assert_eq!(rows.len(), 1, "today it is overdue");
    assert_eq!(rows[0]["days_overdue"], 17);
}

#[test]
fn a_revocation_near_midnight_is_judged_on_the_same_rome_day_in_every_zone() {
    // The deadline is 2026-03-15. 22:30 UTC is 23:30 in Rome (on time); 23:30 UTC is
    // 00:30 of the 16th in Rome (a day late), whatever zone the machine is in.
    for (instant, late) in [
        ("2026-03-15T22:30:00Z", false),
        ("2026-03-15T23:30:00Z", true),
    ] {
        for tz in ["UTC", "America/New_York", "Pacific/Kiritimati"] {
            let w = ended("2026-03-10T09:00:00Z");
            w.env.set_now(instant);
            let args = [
                "--as",
                w.lr.as_str(),
                "collab",
                "revoke",
                "--company",
                &w.acme,
                "--person",
                &w.co,
                "--reason",
                "left",
            ];
            let o = w.env.cmd().env("TZ", tz).args(args).output().unwrap();
            assert!(o.status.success(), "{tz}: {}", stderr(&o));
            w.env.set_now("2026-04-01T09:00:00Z");
            let o = w
                .env
                .cmd()
                .env("TZ", tz)
                .args([
                    "--format",
                    "json",
                    "audit",
                    "overdue-revocations",
                    "--include-late",
                ])
                .output()
                .unwrap();
            let rows = json(&stdout(&o));
            let rows = rows.as_array().unwrap();
            assert_eq!(rows.len(), usize::from(late), "{instant} under TZ={tz}");
            let shown = json(&stdout(
                &w.env
                    .cmd()
                    .env("TZ", tz)
                    .args(["--format", "json", "collab", "show", "--company", &w.acme])
                    .args(["--person", &w.co])
                    .output()
                    .unwrap(),
            ));
            let day = if late { "2026-03-16" } else { "2026-03-15" };
            assert_eq!(shown[0]["revoked_on"], day, "{instant} under TZ={tz}");
        }
    }
}

#[test]
fn a_historical_import_lets_declared_days_stand_and_says_so() {
    let w = ended("2026-03-10T09:00:00Z");
    w.env.set_now("2026-04-02T09:00:00Z");
    let carla = w.env.register(3, "Neri", "Carla");
    let header = "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason";
    // Carla's past, unknown to the registry: granted (one row), then ended and revoked in
    // time in 2025 (the next row; later rows see earlier ones).
    let history = w.env.path("history.csv");
    std::fs::write(
        &history,
        format!(
            "{header}\n{acme},{carla},Neri,Carla,GESTIONE_CO,,2025-01-10,,,\n\
             {acme},{carla},Neri,Carla,GESTIONE_CO,,2025-01-10,2025-03-10,2025-03-12,left\n",
            acme = w.acme
        ),
    )
    .unwrap();
    let path = history.to_str().unwrap();
    // Only a regional operator's login may load history (here on Luigia's authority).
    w.env.ok(Some(OP), &["login", "bind", "luigia", &w.lr]);
    w.env.set_login(Some("luigia"));
    w.env.refused(
        Some(&w.lr),
        &["registry", "import", path, "--historical"],
        "only a regional operator's login may",
    );
    w.env.set_login(None);
    // A historical load adds history; it never rewrites when an existing grant was revoked.
    let rewrite = w.env.path("rewrite.csv");
    std::fs::write(
        &rewrite,
        format!(
            "{header}\n{},{},Bianchi,Anna,GESTIONE_CO,,2026-01-10,2026-03-10,2026-03-12,left\n",
            w.acme, w.co
        ),
    )
    .unwrap();
    w.env.refused(
        Some(OP),
        &[
            "registry",
            "import",
            rewrite.to_str().unwrap(),
            "--historical",
        ],
        "recorded before this historical load",
    );
    // Without --historical the same history is recorded now: late.
    let copy = w.env.copy();
    copy.set_now("2026-04-02T09:00:00Z");
    copy.ok(
        Some(&w.lr),
        &["registry", "import", path, "--data-processing-authorised"],
    );
    let (_, rows) = overdue(&copy, &["--include-late"]);
    assert!(
        rows.iter().any(|r| r["person_cf"] == carla.as_str()),
        "late when recorded now"
    );
    // With it, the declared days stand: on time.
    w.env.ok(
        Some(&w.lr),
        &[
            "registry",
            "import",
            path,
            "--historical",
            "--data-processing-authorised",
        ],
    );
    let (_, rows) = overdue(&w.env, &["--include-late"]);
    assert!(
        rows.iter().all(|r| r["person_cf"] != carla.as_str()),
        "on time, as declared: {rows:?}"
    );
    let revoked_at = w.env.text(&format!(
        "SELECT g.revoked_at FROM grants g JOIN person p ON p.id = g.person_id WHERE p.cf = '{carla}'"
    ));
    assert_eq!(
        revoked_at, "2025-03-11T23:00:00.000Z",
        "the first instant of 2025-03-12 in Rome"
    );
    let details = w
        .env
        .text("SELECT details FROM audit_event WHERE action = 'registry.import'");
    assert!(details.contains(r#""historical":true"#), "{details}");
    w.env.ok(None, &["db", "check"]);
}

#[test]
fn rows_from_before_recorded_time_take_the_instants_of_their_events() {
    crate::skip_on_pg!("opens an SQLite fixture");
    let env = Env::fixture();
    env.ok(None, &["db", "check"]);
    let missing = env.count(
        "SELECT count(*) FROM grants WHERE granted_at IS NULL
            OR (revoked_on IS NOT NULL AND revoked_at IS NULL)
            OR (ended_on IS NOT NULL AND ended_at IS NULL)",
    );
    assert_eq!(missing, 0);
    // Every grant, revocation and end 0.1.0 recorded takes the instant of its event.
    let unmatched = env.count(
        "SELECT count(*) FROM grants g WHERE g.granted_at NOT IN (SELECT at FROM audit_event)
            OR (g.revoked_at IS NOT NULL AND g.revoked_at NOT IN (SELECT at FROM audit_event))
            OR (g.ended_at IS NOT NULL AND g.ended_at NOT IN (SELECT at FROM audit_event))",
    );
    assert_eq!(unmatched, 0);
    assert!(env.count("SELECT count(*) FROM grants WHERE revoked_at IS NOT NULL") >= 2);
}

#[test]
fn db_check_finds_impossible_days_written_around_lpt() {
    let w = ended("2026-03-10T09:00:00Z");
    w.env.set_now("2026-04-02T09:00:00Z");
    revoke(&w, "2026-03-12");
    w.env.ok(None, &["db", "check"]);
    for (edit, check) in [
        (
            "UPDATE grants SET granted_on = '0001-01-01' WHERE revoked_on IS NOT NULL",
            "before the person's first access",
        ),
        (
            "UPDATE grants SET revoked_on = '2026-01-01' WHERE revoked_on IS NOT NULL",
            "revocation declared before its grant",
        ),
        (
            "UPDATE person SET first_access_on = '2099-01-01' WHERE cf = 'RSSMRA80A01H501U'",
            "first access after the day it was recorded",
        ),
        (
            "UPDATE grants SET revoked_at = NULL WHERE revoked_on IS NOT NULL",
            "without the instant it was recorded",
        ),
        (
            "UPDATE grants SET revoked_on = '2026-04-03' WHERE revoked_on IS NOT NULL",
            "declared after the day it was recorded",
        ),
    ] {
        let copy = w.env.copy();
        copy.exec(edit);
        let o = copy.run(None, &["--format", "csv", "db", "check"]);
        assert_eq!(o.status.code(), Some(1), "{edit}");
        assert!(stdout(&o).contains(check), "{edit}: {}", stdout(&o));
    }
}
