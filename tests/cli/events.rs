//! Issue 18: typed events. Events written by lpt 0.1.0 (tests/fixtures/v1-events.db, made by
//! tests/fixtures/make-v1-events.sh with that binary) still verify, the chain goes on from
//! them, and today's binary encodes every kind of event as 0.1.0 did.

use std::path::Path;

use crate::common::*;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1-events.db");
/// The fixture's legal representative and first administrator of ACME (12345670017).
const LR: &str = "BNCNNA90A41H501T";
const SCRIPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/make-v1-events.sh"
);

/// Every event as (action, company, person, details), with the day the database was made
/// (and the day five days later) replaced by placeholders. The details are whole: the hashed
/// part and, since 0006, the personal part kept beside the chain.
fn events(db: &Path) -> Vec<(String, Option<String>, Option<String>, String)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let at: String = conn
        .query_row("SELECT at FROM audit_event WHERE id = 1", [], |r| r.get(0))
        .unwrap();
    // The day of that instant in Italy, as lpt takes it.
    let d = lpt::dates::day_of(chrono::DateTime::parse_from_rfc3339(&at).unwrap().to_utc());
    let day = d.to_string();
    let due = (d + chrono::Days::new(5)).to_string();
    let kept: bool = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'audit_personal'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let sql = if kept {
        "SELECT action, company_cf, person_cf, details, part FROM audit_event
         LEFT JOIN audit_personal ON event_id = id ORDER BY id"
    } else {
        "SELECT action, company_cf, person_cf, details, NULL FROM audit_event ORDER BY id"
    };
    let mut st = conn.prepare(sql).unwrap();
    st.query_map([], |r| {
        let details: String = r.get(3)?;
        let mut whole: serde_json::Value = serde_json::from_str(&details).unwrap();
        if let Some(part) = r.get::<_, Option<String>>(4)? {
            let part: serde_json::Value = serde_json::from_str(&part).unwrap();
            for (k, v) in part.as_object().unwrap() {
                whole[k] = v.clone();
            }
        }
        let details = whole.to_string();
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            without_temp_dir(&details.replace(&due, "DAY+5").replace(&day, "DAY")),
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// The export's output file lies in a temporary directory named anew on each run.
fn without_temp_dir(details: &str) -> String {
    match details.split_once("\"output\":\"") {
        Some((head, tail)) => {
            let file = tail.split('"').next().unwrap_or_default();
            let name = Path::new(file).file_name().unwrap().to_string_lossy();
            format!("{head}\"output\":\"…/{name}{}", &tail[file.len()..])
        }
        None => details.to_string(),
    }
}

#[test]
fn events_written_by_0_1_0_verify_and_the_chain_goes_on_from_them() {
    crate::skip_on_pg!("opens the SQLite fixture of lpt 0.1.0 (tests/fixtures/v1-events.db)");
    let env = Env::fixture();
    let before = events(&env.db);
    assert!(before.len() >= 30, "the fixture holds every kind of event");
    let o = env.run(None, &["audit", "verify"]);
    // The upgrade to 0007 gives the approved company's legal representative the grant the
    // field used to confer (R14), in one event that names the migration, chained on.
    let after = events(&env.db);
    assert_eq!(after.len(), before.len() + 1, "{}", stderr(&o));
    let given = &after[before.len()];
    assert_eq!(given.0, "grant.add");
    assert!(
        given.3.contains("LEGALE_RAPPRESENTANTE") && given.3.contains("0007_power_from_grants"),
        "{given:?}"
    );
    assert!(
        o.status.success() && stderr(&o).contains(&format!("{} events", after.len())),
        "{}",
        stderr(&o)
    );
    env.ok(None, &["db", "check"]);
    // A database from before logins has none bound: nobody may change anything until the
    // owner of the file binds their own login to a regional operator.
    env.set_login(Some("owner"));
    env.refused(
        Some(LR),
        &["unit", "add", "12345670017", "Sud"],
        "login 'owner' is not bound",
    );
    env.refused(
        Some(OP),
        &["login", "bind", "someone-else", OP],
        "binds their own login first",
    );
    env.refused(
        Some(LR),
        &["login", "bind", "owner", LR],
        "only a regional operator",
    );
    env.ok(Some(OP), &["login", "bind", "owner", OP]);
    // From then on only a bound login enters changes; the owner's enters them for LR.
    env.ok(Some(LR), &["unit", "add", "12345670017", "Sud"]);
    env.set_login(Some("intruder"));
    env.refused(
        Some(OP),
        &["login", "bind", "intruder", OP],
        "login 'intruder' is not bound",
    );
    // A new event chains on the last old one, and the whole chain still verifies.
    let o = env.run(None, &["audit", "verify"]);
    assert!(
        o.status.success() && stderr(&o).contains(&format!("{} events", before.len() + 3)),
        "{}",
        stderr(&o)
    );
    // An old event edited in place is still caught.
    env.sql()
        .execute(
            "UPDATE audit_event SET details = replace(details, 'Galli', 'Gallo') WHERE id = 3",
            [],
        )
        .unwrap();
    let o = env.run(None, &["audit", "verify"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("event 3"), "{}", stderr(&o));
}

#[test]
fn todays_binary_encodes_every_kind_of_event_as_0_1_0_did() {
    crate::skip_on_pg!("opens an SQLite fixture");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("today.db");
    let o = std::process::Command::new("bash")
        .arg(SCRIPT)
        .arg(assert_cmd::cargo::cargo_bin("lpt"))
        .arg(&db)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "the fixture script failed with today's binary:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let old = events(Path::new(FIXTURE));
    // Today's init also binds its login (R10), an event 0.1.0 did not know.
    let mut new = events(&db);
    new.retain(|e| e.0 != "login.bind");
    // Approval now also gives the legal representative their grant (R14), unknown to 0.1.0.
    new.retain(|e| !(e.0 == "grant.add" && e.3.contains("LEGALE_RAPPRESENTANTE")));
    // init records the schema version it made, which has moved on since.
    let schema = |e: &mut (String, Option<String>, Option<String>, String)| {
        if e.0 == "init" {
            let v: serde_json::Value = serde_json::from_str(&e.3).unwrap();
            e.3 = e.3.replace(
                &format!("\"schema_version\":{}", v["schema_version"]),
                "\"schema_version\":\"N\"",
            );
        }
    };
    let mut old = old;
    old.iter_mut().for_each(schema);
    new.iter_mut().for_each(schema);
    assert_eq!(old.len(), new.len(), "the same changes make as many events");
    // The complete form (0006) adds what the replay needs and 0.1.0 did not record: the
    // names a company's legal representative was recorded with, the rest of what init and a
    // legacy migration registered. Everything 0.1.0 said is said the same, whichever part of
    // the event holds it.
    let value = |d: &str| -> serde_json::Value { serde_json::from_str(d).unwrap() };
    let added = |action: &str, d: &serde_json::Value| -> &'static [&'static str] {
        match action {
            "company.register" => &["legal_rep_family_name", "legal_rep_given_name"],
            "init" => &["email", "via", "first_access_on"],
            "person.register" if d["via"] == "legacy" => &["email", "first_access_on"],
            _ => &[],
        }
    };
    // An export now also lists the legal representative's grant (R14).
    for n in new.iter_mut().filter(|n| n.0 == "registry.export") {
        let mut d = value(&n.3);
        let rows = d["rows"].as_u64().unwrap();
        d["rows"] = (rows - 1).into();
        n.3 = d.to_string();
    }
    for (i, (o, n)) in old.iter().zip(&new).enumerate() {
        let mut nd = value(&n.3);
        for k in added(&n.0, &nd.clone()) {
            let fields = nd.as_object_mut().unwrap();
            assert!(fields.shift_remove(*k).is_some(), "{} records {k}", n.0);
        }
        assert_eq!(
            (&o.0, &o.1, &o.2, value(&o.3)),
            (&n.0, &n.1, &n.2, nd),
            "event {} says something else",
            i + 1
        );
    }
}
