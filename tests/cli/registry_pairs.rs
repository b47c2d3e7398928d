//! Issue 14: an import's later rows see what its earlier rows did to the same person in the
//! same company, on both back ends, wherever the rows fall in the reading thread's batches
//! (it looks up what is recorded of each row's person a batch of 256 rows ahead, before the
//! writing thread has applied the rows before: the writing thread reads a pair again once a
//! row has touched it).

use crate::common::*;

const HEADER: &str = "company_cf,person_cf,family_name,given_name,profile,unit,granted_on,ended_on,revoked_on,revoke_reason";

#[test]
fn later_rows_see_earlier_ones_across_batches() {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.ok(Some(&lr), &["unit", "add", &acme, "Nord"]);
    let people: Vec<(String, String)> = (10..13)
        .map(|n| {
            let f = format!("Cognome{n}");
            (env.register(n, &f, &format!("Nome{n}")), f)
        })
        .collect();
    let row = |i: usize, profile: &str, unit: &str, rest: &str| {
        let (cf, f) = &people[i];
        format!("{acme},{cf},{f},Nome{},{profile},{unit},{rest}", 10 + i)
    };
    let mut csv = vec![
        HEADER.to_string(),
        // A new relationship, then a second grant resting on it.
        row(0, "GESTIONE_CO", "Nord", "2026-01-10,,,"),
        row(0, "STORICO_CO", "", "2026-01-11,,,"),
        // The first grant, made two rows up, revoked: it is live by now.
        row(
            0,
            "GESTIONE_CO",
            "Nord",
            "2026-01-10,,2026-02-01,cambio ruolo",
        ),
        // Held since the second row: nothing to do.
        row(0, "STORICO_CO", "", "2026-01-11,,,"),
        row(1, "GESTIONE_CO", "", "2026-01-12,,,"),
    ];
    // Some 300 rows about someone else, so that the next row falls in a later batch.
    for _ in 0..300 {
        csv.push(row(2, "STORICO_CO", "", "2026-01-13,,,"));
    }
    // A later batch: the grant made in the first one is live, and its relationship ends.
    csv.push(row(
        1,
        "GESTIONE_CO",
        "",
        "2026-01-12,2026-03-01,2026-03-02,cessato",
    ));
    let file = env.path("pairs.csv");
    std::fs::write(&file, csv.join("\n")).unwrap();
    let file = file.to_string_lossy().to_string();
    let o = env.run(
        Some(&lr),
        &[
            "registry",
            "import",
            &file,
            "--data-processing-authorised",
            "--format",
            "json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let s = json(&stdout(&o));
    assert_eq!(
        (
            s["rows"].as_i64(),
            s["granted"].as_i64(),
            s["revoked"].as_i64(),
            s["relationships_ended"].as_i64(),
            s["unchanged"].as_i64()
        ),
        (Some(306), Some(4), Some(2), Some(1), Some(300)),
        "{s}"
    );
    let (p0, p1) = (&people[0].0, &people[1].0);
    let rel = |cf: &str| {
        env.count(&format!(
            "SELECT count(*) FROM relationship r JOIN person p ON p.id = r.person_id
             WHERE p.cf = '{cf}'"
        ))
    };
    assert_eq!(
        rel(p0),
        1,
        "the second grant rests on the first one's relationship"
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM grants g JOIN person p ON p.id = g.person_id
             WHERE p.cf = '{p0}' AND g.revoked_on IS NULL"
        )),
        1,
        "STORICO_CO live, GESTIONE_CO revoked"
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM relationship r JOIN person p ON p.id = r.person_id
             WHERE p.cf = '{p1}' AND r.ended_on = '2026-03-01'"
        )),
        1
    );
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM grants g JOIN person p ON p.id = g.person_id
             WHERE p.cf = '{p1}' AND g.revoked_on = '2026-03-02'"
        )),
        1
    );
    env.ok(None, &["db", "check"]);
    env.ok(None, &["audit", "verify"]);
}

/// A write the database itself refuses (here a trigger put there around lpt) is not a row's
/// fault: the import stops at once with one line naming how far it got and saying nothing
/// was written, on both back ends (on a server the rows go in a batch at a time, so the line
/// is the last one read when the batch was sent).
#[test]
fn a_write_the_database_refuses_stops_the_import_and_nothing_is_written() {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    let people: Vec<(String, String)> = (10..13)
        .map(|n| {
            let f = format!("Cognome{n}");
            (env.register(n, &f, &format!("Nome{n}")), f)
        })
        .collect();
    if on_pg() {
        env.exec(
            "CREATE FUNCTION lpt_test_boom() RETURNS trigger LANGUAGE plpgsql AS
               $$ BEGIN RAISE EXCEPTION 'boom: no STORICO_CO here'; END $$;
             CREATE TRIGGER lpt_test_boom BEFORE INSERT ON grants FOR EACH ROW
               WHEN (NEW.profile = 'STORICO_CO') EXECUTE FUNCTION lpt_test_boom();",
        );
    } else {
        env.exec(
            "CREATE TRIGGER lpt_test_boom BEFORE INSERT ON grants WHEN NEW.profile = 'STORICO_CO'
             BEGIN SELECT raise(ABORT, 'boom: no STORICO_CO here'); END;",
        );
    }
    let grants = env.count("SELECT count(*) FROM grants");
    let events = env.count("SELECT count(*) FROM audit_event");
    let csv = [
        HEADER.to_string(),
        format!(
            "{acme},{},{},Nome10,GESTIONE_CO,,2026-01-10,,,",
            people[0].0, people[0].1
        ),
        format!(
            "{acme},{},{},Nome11,STORICO_CO,,2026-01-10,,,",
            people[1].0, people[1].1
        ),
        format!(
            "{acme},{},{},Nome12,GESTIONE_CO,,2026-01-10,,,",
            people[2].0, people[2].1
        ),
    ];
    let file = env.path("boom.csv");
    std::fs::write(&file, csv.join("\n")).unwrap();
    let file = file.to_string_lossy().to_string();
    for dry in [false, true] {
        let mut args = vec![
            "registry",
            "import",
            file.as_str(),
            "--data-processing-authorised",
        ];
        if dry {
            args.push("--dry-run");
        }
        let o = env.run(Some(&lr), &args);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let err = stderr(&o);
        let line = if on_pg() { 4 } else { 3 };
        assert!(
            err.starts_with(&format!(
                "error: {file}: writing the rows up to line {line} failed: "
            )) && err.contains("boom: no STORICO_CO here")
                && err.trim_end().ends_with("; nothing was written")
                && err.lines().count() == 1,
            "dry run {dry}: {err}"
        );
        assert_eq!(env.count("SELECT count(*) FROM grants"), grants);
        assert_eq!(env.count("SELECT count(*) FROM audit_event"), events);
    }
}
