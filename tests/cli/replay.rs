//! Issue 12, R11 (item 4, in part): `db check` replays the audit trail and names every row of
//! the state tables that differs from what the events say, so a table edited around lpt
//! is found even though the chain is intact.

use crate::common::*;

/// A registry with a little of everything: an approved and a rejected company, units, a
/// live grant, a revoked one, a suspended person.
fn world() -> (Env, String, String, String) {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, "Bianchi", "Anna");
    let thief = env.register(3, "Neri", "Carlo");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    let other = env.company(2, &lr, &["DATORE_PRIVATO"]);
    env.ok(
        Some(OP),
        &["company", "reject", &other, "--reason", "no such company"],
    );
    env.ok(Some(&lr), &["unit", "add", &acme, "Nord"]);
    env.ok(Some(&lr), &["unit", "add", &acme, "Tmp"]);
    env.ok(Some(&lr), &["unit", "rename", &acme, "Tmp", "Sud"]);
    for (p, profile, unit) in [
        (&co, "GESTIONE_CO", "Nord"),
        (&co, "VISUALIZZAZIONE_CO", "Sud"),
    ] {
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
                profile,
                "--unit",
                unit,
                "--data-processing-authorised",
            ],
        );
    }
    env.ok(
        Some(&lr),
        &[
            "collab",
            "revoke",
            "--company",
            &acme,
            "--person",
            &co,
            "--profile",
            "VISUALIZZAZIONE_CO",
            "--unit",
            "Sud",
            "--reason",
            "moved",
        ],
    );
    env.ok(
        Some(OP),
        &["person", "suspend", &thief, "--reason", "stolen"],
    );
    // Paolo left on 2026-11-02 and his grant is still live (overdue).
    let paolo = env.register(4, "Gallo", "Paolo");
    env.ok(
        Some(&lr),
        &[
            "collab",
            "grant",
            "--company",
            &acme,
            "--person",
            &paolo,
            "--profile",
            "GESTIONE_CO",
            "--data-processing-authorised",
            "--on",
            "2026-10-01",
        ],
    );
    env.ok(
        Some(&lr),
        &[
            "collab",
            "end",
            "--company",
            &acme,
            "--person",
            &paolo,
            "--on",
            "2026-11-02",
        ],
    );
    (env, acme, co, thief)
}

/// `db check` on a copy edited by `sql`: the details of the problems it lists, a line each.
pub(crate) fn check_after(env: &Env, sql: &str) -> String {
    // A copy of the registry, edited around lpt: on the server, by a role with rights on
    // its tables; on SQLite, by a writer of the file.
    let copy = Env::empty();
    let to = copy.db_url();
    env.ok(None, &["db", "copy", "--to", to.to_str().unwrap()]);
    copy.exec(sql);
    // The chain is intact: only the replay can see the edit.
    copy.ok(None, &["audit", "verify"]);
    let o = copy.run(None, &["--format", "json", "db", "check"]);
    assert_eq!(o.status.code(), Some(1), "{sql}: {}", stderr(&o));
    json(&stdout(&o))
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["detail"].as_str().unwrap().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_registry_made_by_lpt_agrees_with_its_trail() {
    let (env, ..) = world();
    let o = env.run(None, &["db", "check"]);
    assert!(o.status.success(), "{}", stdout(&o));
    assert!(stderr(&o).contains("replayed"), "{}", stderr(&o));
}

#[test]
fn each_kind_of_table_edit_is_found_and_named() {
    let (env, acme, co, thief) = world();
    for (sql, needle) in [
        (
            "UPDATE grants SET revoked_on = NULL, revoke_reason = NULL, revoked_at = NULL, revoked_by = NULL
             WHERE profile = 'VISUALIZZAZIONE_CO'".to_string(),
            format!("{co} holds VISUALIZZAZIONE_CO in unit \"Sud\" in {acme}, but the trail"),
        ),
        (
            format!("INSERT INTO operator (person_id, added_at) SELECT id, 'x' FROM person WHERE cf = '{co}'"),
            format!("{co} is a regional operator, but the trail says they are not"),
        ),
        (
            format!("UPDATE person SET suspended_at = NULL, suspended_reason = NULL WHERE cf = '{thief}'"),
            format!("{thief}'s state is active, but the trail says suspended"),
        ),
        (
            format!("UPDATE company SET status = 'pending', decided_at = NULL, decided_by = NULL WHERE cf = '{acme}'"),
            format!("{acme}'s status is \"pending\", but the trail says \"approved\""),
        ),
        (
            "UPDATE unit SET name = 'Ovest' WHERE name = 'Nord'".to_string(),
            "unit \"Ovest\" no event made".to_string(),
        ),
        (
            format!("UPDATE person SET family_name = 'Rossi' WHERE cf = '{co}'"),
            format!("{co}'s family name is \"Rossi\", but the trail says \"Bianchi\""),
        ),
        (
            "UPDATE grants SET revoked_on = '2026-01-01', revoke_reason = 'x' WHERE profile = 'GESTIONE_CO'".to_string(),
            format!("{co}'s GESTIONE_CO in unit \"Nord\" in {acme} is live by the trail, but revoked or missing"),
        ),
        (
            // Making a late revocation look timely by moving its recorded instant.
            "UPDATE grants SET revoked_at = '2026-01-01T00:00:00.000Z' WHERE profile = 'VISUALIZZAZIONE_CO'"
                .to_string(),
            "recorded at 2026-01-01T00:00:00.000Z, but the trail recorded it at".to_string(),
        ),
        (
            "UPDATE grants SET revoked_on = '2026-01-02' WHERE profile = 'VISUALIZZAZIONE_CO'"
                .to_string(),
            "revoked on 2026-01-02: no event revoked it so".to_string(),
        ),
        (
            "DELETE FROM grants WHERE profile = 'VISUALIZZAZIONE_CO'".to_string(),
            "revoked by the trail, but the grant is missing".to_string(),
        ),
        (
            // Hiding an overdue grant by erasing the end of its relationship.
            "UPDATE grants SET ended_on = NULL, ended_at = NULL WHERE ended_on IS NOT NULL;
             UPDATE relationship SET ended_on = NULL, ended_at = NULL".to_string(),
            "rests on a relationship with no end, but the trail says an end on 2026-11-02"
                .to_string(),
        ),
    ] {
        let out = check_after(&env, &sql);
        assert!(out.contains(&needle), "{sql}\nexpected {needle:?} in:\n{out}");
    }
}

#[test]
fn an_event_lpt_does_not_write_stops_the_replay_and_says_so() {
    // The benchmark generator writes its state with one 'bench.generate' event.
    let dir = tempfile::tempdir().unwrap();
    let generate = assert_cmd::cargo::cargo_bin("lpt")
        .parent()
        .unwrap()
        .join("examples")
        .join("generate");
    if !generate.exists() {
        eprintln!("skipped: the generator is not built");
        return;
    }
    let o = std::process::Command::new(&generate)
        .arg(dir.path())
        .args([
            "--companies",
            "3",
            "--persons",
            "20",
            "--grants",
            "30",
            "--csv-rows",
            "1",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = std::process::Command::new(assert_cmd::cargo::cargo_bin("lpt"))
        .env_clear()
        .env("LPT_DB", dir.path().join("lpt.db"))
        .args(["db", "check"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("the replay stopped at event"),
        "{}",
        stderr(&o)
    );
}
