//! Issue 12, R11 and R16: what an event holds about a person beyond their code (names,
//! e-mail, free-text reasons) is kept beside the chain, under a salted commitment the chain
//! hashes: not in the hashed bytes, shown whole by `audit log`, and any edit of it found.

use crate::common::*;

/// A person registered with an e-mail, a company whose registration is rejected with a
/// reason, and the event ids of both.
fn world() -> (Env, String) {
    let env = Env::new();
    let cf = person(1);
    env.ok(
        Some(OP),
        &[
            "person",
            "register",
            &cf,
            "--family-name",
            "Verdi",
            "--given-name",
            "Luigia",
            "--email",
            "luigia.verdi@example.it",
            "--on",
            FIRST_ACCESS,
        ],
    );
    let other = env.company(2, &cf, &["DATORE_PRIVATO"]);
    env.ok(
        Some(OP),
        &[
            "company",
            "reject",
            &other,
            "--reason",
            "Verdi is not its owner",
        ],
    );
    (env, cf)
}

fn event_of(env: &Env, action: &str) -> i64 {
    env.count(&format!(
        "SELECT coalesce(max(id), 0) FROM audit_event WHERE action = '{action}'"
    ))
}

#[test]
fn personal_data_is_not_in_the_hashed_bytes_but_audit_log_shows_it_whole() {
    let (env, cf) = world();
    // The hashed details of every event since 0006 name no one.
    for needle in [
        "Verdi",
        "Luigia",
        "luigia.verdi@example.it",
        "Rossi",
        "Mario",
    ] {
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM audit_event WHERE details LIKE '%{needle}%'"
            )),
            0,
            "{needle} is in the hashed bytes"
        );
    }
    // They are beside the chain, one part per event that holds any, each committed to.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit_event e JOIN audit_personal p ON p.event_id = e.id
             WHERE e.personal IS NOT NULL AND length(p.salt) = 32"
        ),
        env.count("SELECT count(*) FROM audit_personal"),
    );
    // Salts are random: two parts with the same content commit differently.
    assert_eq!(
        env.count("SELECT count(DISTINCT salt) FROM audit_personal"),
        env.count("SELECT count(*) FROM audit_personal"),
    );
    let log = json(&env.ok(
        Some(OP),
        &["audit", "log", "--person", &cf, "--format", "json"],
    ));
    let register = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "person.register")
        .expect("the registration is logged");
    let details = json(register["details"].as_str().unwrap());
    assert_eq!(details["family_name"], "Verdi");
    assert_eq!(details["given_name"], "Luigia");
    assert_eq!(details["email"], "luigia.verdi@example.it");
    assert_eq!(details["via"], "spid", "the hashed fields are there too");
    let o = env.run(None, &["audit", "verify"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("intact"), "{}", stderr(&o));
    env.ok(Some(OP), &["db", "check"]);
}

#[test]
fn an_edited_personal_part_does_not_match_its_commitment() {
    let (env, _) = world();
    let id = event_of(&env, "company.reject");
    env.exec(&format!(
        "UPDATE audit_personal SET part = replace(part, 'Verdi', 'Bianchi') WHERE event_id = {id}"
    ));
    let err = env.refused(None, &["audit", "verify"], "does not match its commitment");
    assert!(
        err.contains(&format!("event {id} (company.reject")),
        "{err}"
    );
    let o = env.run(Some(OP), &["db", "check"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("does not match its commitment"),
        "{}",
        stdout(&o)
    );
    // A new salt does not help: the commitment is to the salt and the part together.
    let (env, _) = world();
    let id = event_of(&env, "person.register");
    env.exec(&format!(
        "UPDATE audit_personal SET salt = '00000000000000000000000000000000' WHERE event_id = {id}"
    ));
    env.refused(
        None,
        &["audit", "verify"],
        &format!("event {id} (person.register"),
    );
}

#[test]
fn a_deleted_or_added_personal_part_is_found() {
    let (env, _) = world();
    let id = event_of(&env, "person.register");
    env.exec(&format!("DELETE FROM audit_personal WHERE event_id = {id}"));
    env.refused(
        None,
        &["audit", "verify"],
        &format!("event {id} (person.register"),
    );
    env.refused(None, &["audit", "verify"], "its personal part is missing");
    // A part added for an event that commits to none.
    let (env, _) = world();
    let id = event_of(&env, "login.bind");
    env.exec(&format!(
        "INSERT INTO audit_personal (event_id, salt, part) VALUES ({id}, '00', '{{}}')"
    ));
    env.refused(
        None,
        &["audit", "verify"],
        &format!("a personal part is kept for event {id}, which commits to none"),
    );
}

#[test]
fn a_revocation_reason_and_a_suspension_reason_are_personal() {
    let env = Env::new();
    let lr = env.register(1, "Verdi", "Luigia");
    let co = env.register(2, "Bianchi", "Anna");
    let acme = env.approved_company(1, &lr, &["DATORE_PRIVATO"]);
    env.nominate(&lr, &acme, &co, None);
    env.ok(
        Some(&lr),
        &[
            "admin",
            "revoke",
            "--company",
            &acme,
            "--person",
            &co,
            "--reason",
            "left in anger",
        ],
    );
    env.ok(
        Some(OP),
        &["person", "suspend", &co, "--reason", "identity stolen"],
    );
    for needle in ["left in anger", "identity stolen"] {
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM audit_event WHERE details LIKE '%{needle}%'"
            )),
            0,
            "{needle} is in the hashed bytes"
        );
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM audit_personal WHERE part LIKE '%{needle}%'"
            )),
            1,
            "{needle} is kept beside the chain"
        );
    }
    env.ok(None, &["audit", "verify"]);
}

#[test]
fn a_part_forged_to_stand_beside_the_chain_is_found() {
    crate::skip_on_pg!("opens the SQLite fixture of lpt 0.1.0 (tests/fixtures/v1-events.db)");
    // On an event from before logins (seven hashed fields), a commitment is not hashed:
    // one added there is refused rather than trusted.
    let env = Env::fixture();
    env.ok(None, &["audit", "verify"]);
    let salt = "00112233445566778899aabbccddeeff";
    let part = r#"{"granted_on":"2020-01-01"}"#;
    let c = lpt::store::audit::commitment(salt, part).unwrap();
    let conn = env.sql();
    conn.execute("UPDATE audit_event SET personal = ?1 WHERE id = 3", [&c])
        .unwrap();
    conn.execute(
        "INSERT INTO audit_personal (event_id, salt, part) VALUES (3, ?1, ?2)",
        [salt, part],
    )
    .unwrap();
    env.refused(
        None,
        &["audit", "verify"],
        "which no event before logins does",
    );
    // (A part naming a hashed field could override it when read whole; the commitment is
    // hashed, so that needs a re-chain, which checkpoints catch, and verify refuses such a
    // part anyway: the unit test of `well_formed`.)
}

#[test]
fn a_part_whose_bytes_moved_into_its_salt_is_found() {
    // Bytes moved from the part into the salt ("7b" is "{"): the salt is no longer 16
    // bytes, and commits to nothing; nor is what is left of the part an object.
    let (env, _) = world();
    let id = event_of(&env, "person.register");
    env.exec(&format!(
        "UPDATE audit_personal SET salt = salt || '7b', part = substr(part, 2) WHERE event_id = {id};"
    ));
    env.refused(
        None,
        &["audit", "verify"],
        &format!("event {id} (person.register"),
    );
}
